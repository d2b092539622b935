#include "runnersource.h"

#include "runnercall.h"

namespace vramscope {

RunnerSource::RunnerSource(const RunnerClient &client, QObject *parent)
    : EndpointSource(Kind, client.endpoint(), parent), m_client(client)
{
}

// The call is a child: destroying the source cancels its request quietly.
RunnerSource::~RunnerSource() = default;

void RunnerSource::poll(const RequestLimits &limits)
{
    if (isBusy())
        return;
    m_limits = limits;
    m_roundState = SourceState::Ok;
    m_roundMessage.clear();
    startRound();
    start(RunnerRequest::info(), &RunnerSource::onInfoFinished);
}

bool RunnerSource::isBusy() const
{
    return m_call != nullptr;
}

void RunnerSource::start(const RunnerRequest &request, void (RunnerSource::*then)())
{
    m_call = m_client.start(request, m_limits, this);
    connect(m_call, &RunnerCall::finished, this, then);
}

void RunnerSource::onInfoFinished()
{
    const RunnerResult result = m_call->result();
    m_call->deleteLater();
    if (result.isOk()) {
        // The health request goes out before the signal, so that the source
        // counts as busy for whatever a receiver does in between.
        start(RunnerRequest::health(), &RunnerSource::onHealthFinished);
        emit reported(SourceReport::ofDevices(*result.devices));
        return;
    }
    m_roundState = result.state;
    m_roundMessage = result.message;
    // Nothing else will get through when the runner is not there or hangs.
    if (result.state == SourceState::Unreachable || result.state == SourceState::TimedOut) {
        finishRound();
        return;
    }
    start(RunnerRequest::health(), &RunnerSource::onHealthFinished);
}

void RunnerSource::onHealthFinished()
{
    const RunnerResult result = m_call->result();
    m_call->deleteLater();
    m_call = nullptr;
    if (result.isOk()) {
        emit reported(SourceReport::ofActivity(SourceActivity::fromRunnerHealth(*result.health)));
    } else if (m_roundState == SourceState::Ok) {
        m_roundState = result.state;
        m_roundMessage = result.message;
    }
    finishRound();
}

void RunnerSource::finishRound()
{
    m_call = nullptr;
    emit roundFinished(m_roundState, m_roundMessage);
}

} // namespace vramscope
