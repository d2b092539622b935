#include "ollamaserversource.h"

namespace vramscope {

OllamaServerSource::OllamaServerSource(QNetworkAccessManager *manager, const Endpoint &endpoint,
                                       QObject *parent)
    : EndpointSource(Kind, endpoint, parent), m_client(manager, endpoint)
{
    connect(&m_client, &OllamaClient::finished, this, &OllamaServerSource::onFinished);
}

void OllamaServerSource::poll(const RequestLimits &limits)
{
    m_client.setLimits(limits);
    if (m_client.refresh(OllamaClient::Detail::Everything))
        startRound();
}

void OllamaServerSource::onFinished()
{
    const RunnerResult &result = m_client.result();
    if (result.isOk()) {
        SourceReport report;
        report.ollama = m_client.snapshot();
        report.activity = activityOf(m_client.snapshot());
        emit reported(report);
    }
    emit roundFinished(result.state, result.message);
}

SourceActivity OllamaServerSource::activityOf(const OllamaSnapshot &snapshot)
{
    QStringList parts;
    if (snapshot.version) {
        parts.append(tr("ollama %1").arg(snapshot.version->toString()));
        switch (snapshot.version->era()) {
        case OllamaVersion::Era::GoRunner:
            parts.append(tr("Go runners"));
            break;
        case OllamaVersion::Era::LlamaServer:
            parts.append(tr("llama-server runners"));
            break;
        case OllamaVersion::Era::Unknown:
            // Said so, not guessed: vramscope does not know what it starts.
            parts.append(tr("runners of this version unknown to vramscope"));
            break;
        }
    }
    parts.append(tr("%n model(s) loaded", nullptr, int(snapshot.models.size())));
    SourceActivity activity;
    activity.phase =
        snapshot.models.isEmpty() ? SourceActivity::Phase::Idle : SourceActivity::Phase::Ready;
    activity.text = parts.join(QStringLiteral(" · "));
    return activity;
}

} // namespace vramscope
