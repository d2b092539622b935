#include "llamaserversource.h"

namespace vramscope {

LlamaServerSource::LlamaServerSource(QNetworkAccessManager *manager, const Endpoint &endpoint,
                                     QObject *parent)
    : EndpointSource(Kind, endpoint, parent), m_client(manager, endpoint)
{
    connect(&m_client, &LlamaServerClient::finished, this, &LlamaServerSource::onFinished);
}

void LlamaServerSource::poll(const RequestLimits &limits)
{
    m_client.setLimits(limits);
    if (m_client.refresh())
        startRound();
}

void LlamaServerSource::onFinished()
{
    const RunnerResult &result = m_client.result();
    if (result.isOk()) {
        SourceReport report;
        report.llamaServer = m_client.status();
        report.activity = activityOf(m_client.status());
        emit reported(report);
    }
    emit roundFinished(result.state, result.message);
}

SourceActivity LlamaServerSource::activityOf(const LlamaServerStatus &status)
{
    SourceActivity activity;
    switch (status.state) {
    case LlamaServerStatus::State::Loading:
        // llama-server says no more than that: no progress to show.
        activity.phase = SourceActivity::Phase::Loading;
        activity.text = tr("loading model");
        return activity;
    case LlamaServerStatus::State::Ready:
        activity.phase = SourceActivity::Phase::Ready;
        activity.text = tr("ready");
        break;
    case LlamaServerStatus::State::Busy:
        activity.phase = SourceActivity::Phase::Busy;
        activity.text = tr("busy");
        break;
    }
    if (status.props && !status.props->buildInfo.isEmpty())
        activity.text += tr(" · build %1").arg(status.props->buildInfo);
    return activity;
}

} // namespace vramscope
