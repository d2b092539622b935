#pragma once

#include "endpoint.h"

#include <QDialog>

#include <chrono>
#include <memory>

namespace Ui {
class EndpointDialog;
}

namespace vramscope {

// Asks for a runner's address and polling interval; accepts only an
// address Endpoint::parse() takes, and says what is wrong otherwise.
class EndpointDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EndpointDialog(QWidget *parent = nullptr);
    ~EndpointDialog() override;

    void setEndpoint(const Endpoint &endpoint, std::chrono::milliseconds interval);
    Endpoint endpoint() const { return m_endpoint; }
    std::chrono::milliseconds interval() const;

    void accept() override;

private:
    std::unique_ptr<Ui::EndpointDialog> m_ui;
    Endpoint m_endpoint;
};

} // namespace vramscope
