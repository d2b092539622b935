#pragma once

#include "measuresettings.h"

#include <QWidget>

#include <memory>

namespace vramscope {

namespace Ui {
class MeasureSettingsForm;
}

// What a runner measures a split with: context size, parallel, batch size,
// flash attention and KV cache type (ollama's defaults to start with).
class MeasureSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit MeasureSettingsForm(QWidget *parent = nullptr);
    ~MeasureSettingsForm() override;

    MeasureSettings settings() const;
    // Shows these settings without signalling.
    void setSettings(const MeasureSettings &settings);

signals:
    // The user changed a field.
    void edited(const vramscope::MeasureSettings &settings);

private:
    std::unique_ptr<Ui::MeasureSettingsForm> m_ui;
};

} // namespace vramscope
