#include "sourcedialog.h"

#include "sourceregistry.h"
#include "ui_sourcedialog.h"

#include <QPushButton>

namespace vramscope {

SourceDialog::SourceDialog(const SourceRegistry &registry, Check check, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SourceDialog>()), m_registry(registry),
      m_check(std::move(check))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    for (const SourceKind *kind : registry.kinds())
        m_ui->kindCombo->addItem(kind->displayName(), kind->id());
    showKindHint();
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &SourceDialog::showKindHint);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SourceDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SourceDialog::reject);
    connect(m_ui->addressEdit, &QLineEdit::textChanged, m_ui->errorLabel, &QWidget::hide);
}

SourceDialog::~SourceDialog() = default;

void SourceDialog::showKindHint()
{
    if (const SourceKind *kind = m_registry.kind(this->kind())) {
        m_ui->addressEdit->setToolTip(kind->addressHint());
        m_ui->addressEdit->setPlaceholderText(kind->addressHint());
    }
}

void SourceDialog::setSource(const QString &kind, const QString &address, bool allowRemote,
                             std::chrono::milliseconds interval)
{
    m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(kind)));
    m_ui->addressEdit->setText(address);
    m_ui->allowRemoteCheck->setChecked(allowRemote);
    m_ui->intervalSpin->setValue(double(interval.count()) / 1000.0);
}

QString SourceDialog::kind() const
{
    return m_ui->kindCombo->currentData().toString();
}

QString SourceDialog::address() const
{
    return m_ui->addressEdit->text().trimmed();
}

bool SourceDialog::allowRemote() const
{
    return m_ui->allowRemoteCheck->isChecked();
}

std::chrono::milliseconds SourceDialog::interval() const
{
    return std::chrono::milliseconds(qRound64(m_ui->intervalSpin->value() * 1000.0));
}

void SourceDialog::accept()
{
    QString error;
    if (!m_check(kind(), address(), allowRemote(), &error)) {
        m_ui->errorLabel->setText(u"<span style='color:#c0392b'>" + error.toHtmlEscaped() +
                                  u"</span>");
        m_ui->errorLabel->show();
        m_ui->addressEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace vramscope
