#include "ollamaclient.h"

#include "runnercall.h"
#include "serveranswer.h"
#include "wireformat.h"

#include <QEventLoop>
#include <QJsonObject>

namespace vramscope {

OllamaClient::OllamaClient(QNetworkAccessManager *manager, const Endpoint &endpoint,
                           const RequestLimits &limits, QObject *parent)
    : QObject(parent), m_client(manager, endpoint, limits)
{
}

OllamaClient::~OllamaClient()
{
    delete m_call;
}

bool OllamaClient::isBusy() const
{
    return m_call != nullptr;
}

bool OllamaClient::refresh(Detail detail)
{
    if (isBusy())
        return false;
    m_detail = detail;
    m_round = {};
    send(Step::Version, RunnerRequest::get(QStringLiteral("/api/version")));
    return true;
}

void OllamaClient::send(Step step, const RunnerRequest &request)
{
    m_step = step;
    m_call = m_client.start(request, this);
    connect(m_call, &RunnerCall::finished, this, &OllamaClient::onCallFinished);
}

void OllamaClient::onCallFinished()
{
    RunnerCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();

    RunnerResult failure;
    const std::optional<QByteArray> body = ServerAnswer::body(*call, {200}, &failure);
    if (!body) {
        finish(failure);
        return;
    }
    WireError error;
    switch (m_step) {
    case Step::Version:
        m_round.version = WireFormat::readOllamaVersion(*body, &error);
        if (!m_round.version)
            return finish(ServerAnswer::badBody(*call, error.toString()));
        send(Step::Models, RunnerRequest::get(QStringLiteral("/api/ps")));
        return;
    case Step::Models: {
        const std::optional<QList<RunningModel>> models =
            WireFormat::readRunningModels(*body, &error);
        if (!models)
            return finish(ServerAnswer::badBody(*call, error.toString()));
        m_round.models = *models;
        if (m_detail == Detail::Loaded)
            return finish({});
        send(Step::Tags, RunnerRequest::get(QStringLiteral("/api/tags")));
        return;
    }
    case Step::Tags: {
        const std::optional<QList<LocalModel>> tags = WireFormat::readLocalModels(*body, &error);
        if (!tags)
            return finish(ServerAnswer::badBody(*call, error.toString()));
        m_round.localModels = *tags;
        m_toShow.clear();
        for (const RunningModel &model : std::as_const(m_round.models)) {
            if (m_factsCache.contains(model.digest))
                m_round.facts.insert(model.digest, m_factsCache.value(model.digest));
            else if (!m_toShow.contains(model.digest))
                m_toShow.append(model.digest);
        }
        showNext();
        return;
    }
    case Step::Show: {
        const std::optional<ModelFacts> facts = WireFormat::readModelFacts(*body, &error);
        if (!facts)
            return finish(ServerAnswer::badBody(*call, error.toString()));
        const QString digest = m_toShow.takeFirst();
        m_factsCache.insert(digest, *facts);
        m_round.facts.insert(digest, *facts);
        showNext();
        return;
    }
    }
}

void OllamaClient::showNext()
{
    if (m_toShow.isEmpty())
        return finish({});
    const QString digest = m_toShow.first();
    QString name;
    for (const RunningModel &model : std::as_const(m_round.models)) {
        if (model.digest == digest)
            name = model.name;
    }
    QJsonObject request;
    request.insert(QLatin1StringView("model"), name);
    send(Step::Show,
         RunnerRequest::post(QStringLiteral("/api/show"), WireFormat::toBytes(request)));
}

void OllamaClient::finish(const RunnerResult &result)
{
    m_result = result;
    if (result.message.isEmpty()) {
        m_result.state = SourceState::Ok;
        m_snapshot = m_round;
        // Forget the facts of models no longer loaded, so the cache stays bounded.
        for (auto it = m_factsCache.begin(); it != m_factsCache.end();) {
            if (m_detail == Detail::Everything && !m_round.facts.contains(it.key()))
                it = m_factsCache.erase(it);
            else
                ++it;
        }
    }
    emit finished();
}

OllamaClient *OllamaClient::runOnce(QNetworkAccessManager *manager, const Endpoint &endpoint,
                                    const RequestLimits &limits, Detail detail, QObject *parent)
{
    auto *client = new OllamaClient(manager, endpoint, limits, parent);
    QEventLoop loop;
    connect(client, &OllamaClient::finished, &loop, &QEventLoop::quit);
    client->refresh(detail);
    loop.exec();
    return client;
}

} // namespace vramscope
