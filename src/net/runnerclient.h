#pragma once

#include "endpoint.h"
#include "requestlimits.h"
#include "runnerrequest.h"

class QNetworkAccessManager;
class QObject;

namespace vramscope {

class RunnerCall;

// Talks to one runner through the application's shared network manager
// (pass the same one everywhere: it keeps the connections alive). Cheap to
// copy; holds no connection of its own.
class RunnerClient
{
public:
    RunnerClient(QNetworkAccessManager *manager, const Endpoint &endpoint,
                 const RequestLimits &limits = {});

    const Endpoint &endpoint() const { return m_endpoint; }
    QNetworkAccessManager *manager() const { return m_manager; }
    const RequestLimits &limits() const { return m_limits; }
    void setLimits(const RequestLimits &limits) { m_limits = limits; }

    // Starts the request now; the call reports through RunnerCall::finished.
    RunnerCall *start(const RunnerRequest &request, QObject *parent = nullptr) const;
    RunnerCall *start(const RunnerRequest &request, const RequestLimits &limits,
                      QObject *parent = nullptr) const;

private:
    QNetworkAccessManager *m_manager;
    Endpoint m_endpoint;
    RequestLimits m_limits;
};

} // namespace vramscope
