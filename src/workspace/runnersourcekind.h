#pragma once

#include "sourcekind.h"

class QNetworkAccessManager;

namespace vramscope {

// ollama's Go runner (v0.11.5 to v0.24): /info, /health and /load fit.
class RunnerSourceKind : public SourceKind
{
public:
    // manager is the application's shared one; it must outlive every source.
    explicit RunnerSourceKind(QNetworkAccessManager *manager);

    QString id() const override;
    QString displayName() const override;
    QString addressHint() const override;
    std::optional<QString> parseAddress(const QString &text, bool allowRemote,
                                        QString *error) const override;
    std::unique_ptr<PollSource> create(const QString &address) const override;

private:
    QNetworkAccessManager *m_manager;
};

} // namespace vramscope
