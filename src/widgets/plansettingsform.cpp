#include "plansettingsform.h"

#include "ui_plansettingsform.h"
#include "units.h"

namespace vramscope {

PlanSettingsForm::PlanSettingsForm(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PlanSettingsForm>())
{
    m_ui->setupUi(this);
    connect(m_ui->numGpuSpin, &QSpinBox::valueChanged, this, &PlanSettingsForm::readFields);
    connect(m_ui->spreadCheck, &QCheckBox::toggled, this, &PlanSettingsForm::readFields);
    connect(m_ui->requireFullCheck, &QCheckBox::toggled, this, &PlanSettingsForm::readFields);
    // Only an edit of the field itself replaces the exact bytes with MiB.
    connect(m_ui->overheadSpin, &QSpinBox::valueChanged, this, [this](int mib) {
        m_settings.gpuOverhead = quint64(mib) * Units::MebiByte;
        emit edited(m_settings);
    });
}

PlanSettingsForm::~PlanSettingsForm() = default;

void PlanSettingsForm::setSettings(const LayoutSettings &settings)
{
    m_settings = settings;
    const QSignalBlocker numGpu(m_ui->numGpuSpin);
    const QSignalBlocker overhead(m_ui->overheadSpin);
    const QSignalBlocker spread(m_ui->spreadCheck);
    const QSignalBlocker requireFull(m_ui->requireFullCheck);
    m_ui->numGpuSpin->setValue(settings.numGpu);
    m_ui->overheadSpin->setValue(int(qMin<quint64>(settings.gpuOverhead / Units::MebiByte,
                                                   quint64(m_ui->overheadSpin->maximum()))));
    m_ui->spreadCheck->setChecked(settings.spread);
    m_ui->requireFullCheck->setChecked(settings.requireFull);
}

void PlanSettingsForm::readFields()
{
    m_settings.numGpu = m_ui->numGpuSpin->value();
    m_settings.spread = m_ui->spreadCheck->isChecked();
    m_settings.requireFull = m_ui->requireFullCheck->isChecked();
    emit edited(m_settings);
}

} // namespace vramscope
