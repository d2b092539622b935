#include "endpointdialog.h"

#include "ui_endpointdialog.h"

#include <QPushButton>

namespace vramscope {

EndpointDialog::EndpointDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EndpointDialog>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &EndpointDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &EndpointDialog::reject);
    connect(m_ui->addressEdit, &QLineEdit::textChanged, m_ui->errorLabel, &QWidget::hide);
}

EndpointDialog::~EndpointDialog() = default;

void EndpointDialog::setEndpoint(const Endpoint &endpoint, std::chrono::milliseconds interval)
{
    m_ui->addressEdit->setText(endpoint.toString());
    m_ui->allowRemoteCheck->setChecked(endpoint.isRemote());
    m_ui->intervalSpin->setValue(double(interval.count()) / 1000.0);
}

std::chrono::milliseconds EndpointDialog::interval() const
{
    return std::chrono::milliseconds(qRound64(m_ui->intervalSpin->value() * 1000.0));
}

void EndpointDialog::accept()
{
    QString error;
    const auto policy = m_ui->allowRemoteCheck->isChecked() ? Endpoint::RemotePolicy::AllowRemote
                                                            : Endpoint::RemotePolicy::LoopbackOnly;
    const std::optional<Endpoint> parsed =
        Endpoint::parse(m_ui->addressEdit->text().trimmed(), policy, &error);
    if (!parsed) {
        m_ui->errorLabel->setText(u"<span style='color:#c0392b'>" + error.toHtmlEscaped() +
                                  u"</span>");
        m_ui->errorLabel->show();
        m_ui->addressEdit->setFocus();
        return;
    }
    m_endpoint = *parsed;
    QDialog::accept();
}

} // namespace vramscope
