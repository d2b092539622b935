#pragma once

#include "layoutsettings.h"

#include <QWidget>

#include <memory>

namespace vramscope {

namespace Ui {
class PlanSettingsForm;
}

// ollama's knobs for "Plan like ollama": num_gpu, GPU overhead, spread and
// require full. The overhead field counts MiB, but a value set from a plan
// keeps its exact bytes until the user edits the field.
class PlanSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit PlanSettingsForm(QWidget *parent = nullptr);
    ~PlanSettingsForm() override;

    LayoutSettings settings() const { return m_settings; }
    // Shows these settings without signalling.
    void setSettings(const LayoutSettings &settings);

signals:
    // The user changed a field.
    void edited(const vramscope::LayoutSettings &settings);

private:
    void readFields();

    std::unique_ptr<Ui::PlanSettingsForm> m_ui;
    LayoutSettings m_settings;
};

} // namespace vramscope
