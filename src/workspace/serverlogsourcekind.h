#pragma once

#include "sourcekind.h"

namespace vramscope {

// ollama's server log: a file on this machine, or the journal of the
// ollama systemd unit ("journal").
class ServerLogSourceKind : public SourceKind
{
public:
    QString id() const override;
    QString displayName() const override;
    QString addressHint() const override;
    std::optional<QString> parseAddress(const QString &text, bool allowRemote,
                                        QString *error) const override;
    std::unique_ptr<PollSource> create(const QString &address) const override;
};

} // namespace vramscope
