#pragma once

#include <QDialog>

#include <chrono>
#include <functional>
#include <memory>

namespace vramscope {

namespace Ui {
class SourceDialog;
}

class SourceRegistry;

// Asks for a source: its kind (from the registry), its address, its
// polling interval and whether it may be remote. Accepts only what the
// check given to it accepts, and says what is wrong otherwise.
class SourceDialog : public QDialog
{
    Q_OBJECT

public:
    // The kind's id, the address as typed, allow remote; false and *error when refused.
    using Check = std::function<bool(const QString &kind, const QString &address, bool allowRemote,
                                     QString *error)>;

    SourceDialog(const SourceRegistry &registry, Check check, QWidget *parent = nullptr);
    ~SourceDialog() override;

    void setSource(const QString &kind, const QString &address, bool allowRemote,
                   std::chrono::milliseconds interval);
    QString kind() const;
    QString address() const;
    bool allowRemote() const;
    std::chrono::milliseconds interval() const;

    void accept() override;

private:
    void showKindHint();

    std::unique_ptr<Ui::SourceDialog> m_ui;
    const SourceRegistry &m_registry;
    Check m_check;
};

} // namespace vramscope
