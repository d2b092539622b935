#pragma once

#include "layoutsettings.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace vramscope {

namespace Ui {
class PlanSettingsForm;
}

// ollama's knobs for "Plan like ollama": whose rules (ollama up to 0.24 or
// from 0.30), num_gpu and spread for both, GPU overhead and require full for
// the Go runner's scheduler, main_gpu and the fit target for today's. The
// overhead field counts MiB, but a value set from a plan keeps its exact
// bytes until the user edits the field.
class PlanSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit PlanSettingsForm(QWidget *parent = nullptr);
    ~PlanSettingsForm() override;

    LayoutSettings settings() const { return m_settings; }
    // Shows these settings without signalling.
    void setSettings(const LayoutSettings &settings);
    // A watched server of a known era decides the rules: the choice shows
    // its era, locked; nothing (or an unknown era) gives it back to the user.
    void setServerVersion(const std::optional<OllamaVersion> &version);

signals:
    // The user changed a field.
    void edited(const vramscope::LayoutSettings &settings);

private:
    void readFields();
    // Enables the knobs of the era shown.
    void showEra();

    std::unique_ptr<Ui::PlanSettingsForm> m_ui;
    LayoutSettings m_settings;
    std::optional<OllamaVersion> m_serverVersion;
};

} // namespace vramscope
