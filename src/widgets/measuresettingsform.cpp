#include "measuresettingsform.h"

#include "ui_measuresettingsform.h"

namespace vramscope {

MeasureSettingsForm::MeasureSettingsForm(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::MeasureSettingsForm>())
{
    m_ui->setupUi(this);
    m_ui->kvTypeCombo->addItem(tr("f16 (default)"), QString());
    m_ui->kvTypeCombo->addItem(QStringLiteral("q8_0"), QStringLiteral("q8_0"));
    m_ui->kvTypeCombo->addItem(QStringLiteral("q4_0"), QStringLiteral("q4_0"));
    setSettings(MeasureSettings());
    const auto changed = [this] { emit edited(settings()); };
    connect(m_ui->contextSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->parallelSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->batchSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->flashCheck, &QCheckBox::toggled, this, changed);
    connect(m_ui->kvTypeCombo, &QComboBox::currentIndexChanged, this, changed);
}

MeasureSettingsForm::~MeasureSettingsForm() = default;

MeasureSettings MeasureSettingsForm::settings() const
{
    MeasureSettings settings;
    settings.contextSize = m_ui->contextSpin->value();
    settings.parallel = m_ui->parallelSpin->value();
    settings.batchSize = m_ui->batchSpin->value();
    settings.flashAttention = m_ui->flashCheck->isChecked();
    settings.kvCacheType = m_ui->kvTypeCombo->currentData().toString();
    return settings;
}

void MeasureSettingsForm::setSettings(const MeasureSettings &settings)
{
    const QSignalBlocker context(m_ui->contextSpin);
    const QSignalBlocker parallel(m_ui->parallelSpin);
    const QSignalBlocker batch(m_ui->batchSpin);
    const QSignalBlocker flash(m_ui->flashCheck);
    const QSignalBlocker kvType(m_ui->kvTypeCombo);
    m_ui->contextSpin->setValue(settings.contextSize);
    m_ui->parallelSpin->setValue(settings.parallel);
    m_ui->batchSpin->setValue(settings.batchSize);
    m_ui->flashCheck->setChecked(settings.flashAttention);
    if (m_ui->kvTypeCombo->findData(settings.kvCacheType) < 0)
        m_ui->kvTypeCombo->addItem(settings.kvCacheType, settings.kvCacheType);
    m_ui->kvTypeCombo->setCurrentIndex(m_ui->kvTypeCombo->findData(settings.kvCacheType));
}

} // namespace vramscope
