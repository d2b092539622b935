#include "plansettingsform.h"

#include "ui_plansettingsform.h"
#include "units.h"

namespace vramscope {

namespace {

// The combo's rows, in the order of the .ui file.
enum EraRow
{
    GoRunnerRow,
    LlamaServerRow
};

OllamaVersion::Era eraOfRow(int row)
{
    return row == LlamaServerRow ? OllamaVersion::Era::LlamaServer : OllamaVersion::Era::GoRunner;
}

int rowOfEra(OllamaVersion::Era era)
{
    return era == OllamaVersion::Era::LlamaServer ? LlamaServerRow : GoRunnerRow;
}

} // namespace

PlanSettingsForm::PlanSettingsForm(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PlanSettingsForm>())
{
    m_ui->setupUi(this);
    connect(m_ui->eraCombo, &QComboBox::currentIndexChanged, this, &PlanSettingsForm::readFields);
    connect(m_ui->numGpuSpin, &QSpinBox::valueChanged, this, &PlanSettingsForm::readFields);
    connect(m_ui->spreadCheck, &QCheckBox::toggled, this, &PlanSettingsForm::readFields);
    connect(m_ui->requireFullCheck, &QCheckBox::toggled, this, &PlanSettingsForm::readFields);
    connect(m_ui->mainGpuSpin, &QSpinBox::valueChanged, this, &PlanSettingsForm::readFields);
    connect(m_ui->fitTargetSpin, &QSpinBox::valueChanged, this, &PlanSettingsForm::readFields);
    // Only an edit of the field itself replaces the exact bytes with MiB.
    connect(m_ui->overheadSpin, &QSpinBox::valueChanged, this, [this](int mib) {
        m_settings.gpuOverhead = quint64(mib) * Units::MebiByte;
        emit edited(m_settings);
    });
    showEra();
}

PlanSettingsForm::~PlanSettingsForm() = default;

void PlanSettingsForm::setSettings(const LayoutSettings &settings)
{
    m_settings = settings;
    const QSignalBlocker era(m_ui->eraCombo);
    const QSignalBlocker numGpu(m_ui->numGpuSpin);
    const QSignalBlocker overhead(m_ui->overheadSpin);
    const QSignalBlocker spread(m_ui->spreadCheck);
    const QSignalBlocker requireFull(m_ui->requireFullCheck);
    const QSignalBlocker mainGpu(m_ui->mainGpuSpin);
    const QSignalBlocker fitTarget(m_ui->fitTargetSpin);
    m_ui->numGpuSpin->setValue(settings.numGpu);
    m_ui->overheadSpin->setValue(int(qMin<quint64>(settings.gpuOverhead / Units::MebiByte,
                                                   quint64(m_ui->overheadSpin->maximum()))));
    m_ui->spreadCheck->setChecked(settings.spread);
    m_ui->requireFullCheck->setChecked(settings.requireFull);
    m_ui->mainGpuSpin->setValue(settings.mainGpu);
    m_ui->fitTargetSpin->setValue(int(qMin<quint64>(settings.fitTarget / Units::MebiByte,
                                                    quint64(m_ui->fitTargetSpin->maximum()))));
    showEra();
}

void PlanSettingsForm::setServerVersion(const std::optional<OllamaVersion> &version)
{
    m_serverVersion = version;
    showEra();
}

void PlanSettingsForm::readFields()
{
    // While a server decides, the combo shows its era, not the user's choice.
    if (m_ui->eraCombo->isEnabled())
        m_settings.era = eraOfRow(m_ui->eraCombo->currentIndex());
    m_settings.numGpu = m_ui->numGpuSpin->value();
    m_settings.spread = m_ui->spreadCheck->isChecked();
    m_settings.requireFull = m_ui->requireFullCheck->isChecked();
    m_settings.mainGpu = m_ui->mainGpuSpin->value();
    m_settings.fitTarget = quint64(m_ui->fitTargetSpin->value()) * Units::MebiByte;
    showEra();
    emit edited(m_settings);
}

void PlanSettingsForm::showEra()
{
    const OllamaVersion::Era server =
        m_serverVersion ? m_serverVersion->era() : OllamaVersion::Era::Unknown;
    const bool serverDecides = server != OllamaVersion::Era::Unknown;
    const OllamaVersion::Era era = serverDecides ? server : m_settings.era;
    {
        const QSignalBlocker blocker(m_ui->eraCombo);
        m_ui->eraCombo->setCurrentIndex(rowOfEra(era));
    }
    m_ui->eraCombo->setEnabled(!serverDecides);
    m_ui->eraCombo->setToolTip(
        serverDecides
            ? tr("Chosen by the watched ollama server, version %1").arg(m_serverVersion->toString())
            : tr("Whose rules plan: ollama's Go runner scheduler (up to 0.24) or "
                 "today's GPU choice and llama.cpp's fit (0.30 and later)"));
    const bool goRunner = era != OllamaVersion::Era::LlamaServer;
    m_ui->overheadSpin->setEnabled(goRunner);
    m_ui->requireFullCheck->setEnabled(goRunner);
    m_ui->mainGpuSpin->setEnabled(!goRunner);
    m_ui->fitTargetSpin->setEnabled(!goRunner);
}

} // namespace vramscope
