#include "runnerclient.h"

#include "runnercall.h"

namespace vramscope {

RunnerClient::RunnerClient(QNetworkAccessManager *manager, const Endpoint &endpoint,
                           const RequestLimits &limits)
    : m_manager(manager), m_endpoint(endpoint), m_limits(limits)
{
}

RunnerCall *RunnerClient::start(const RunnerRequest &request, QObject *parent) const
{
    return start(request, m_limits, parent);
}

RunnerCall *RunnerClient::start(const RunnerRequest &request, const RequestLimits &limits,
                                QObject *parent) const
{
    return new RunnerCall(m_manager, m_endpoint, request, limits, parent);
}

} // namespace vramscope
