#pragma once

#include "ollamasnapshot.h"
#include "runnerclient.h"
#include "runnerresult.h"

#include <QObject>
#include <QPointer>

namespace vramscope {

class RunnerCall;

// Talks to one ollama server (its API on port 11434 or OLLAMA_HOST) over
// the shared network manager: a round asks GET /api/version and
// GET /api/ps and, with Detail::Everything, GET /api/tags and
// POST /api/show once per running model's digest (kept for later rounds:
// a digest's facts never change). One request in flight at a time; a
// round reports finished() once, and the first failure ends it.
class OllamaClient : public QObject
{
    Q_OBJECT

public:
    enum class Detail
    {
        Loaded,     // version and loaded models: what `vramscope ps` shows
        Everything, // also the store (names for runner blobs) and each model's layer count
    };

    OllamaClient(QNetworkAccessManager *manager, const Endpoint &endpoint,
                 const RequestLimits &limits = {}, QObject *parent = nullptr);
    ~OllamaClient() override;

    const Endpoint &endpoint() const { return m_client.endpoint(); }
    // Bounds on the requests of rounds started from now on.
    void setLimits(const RequestLimits &limits) { m_client.setLimits(limits); }
    // Starts a round; false (and nothing started) while one is running.
    bool refresh(Detail detail = Detail::Everything);
    bool isBusy() const;

    // After finished(): ok with snapshot(), or the failure's state and message.
    const RunnerResult &result() const { return m_result; }
    const OllamaSnapshot &snapshot() const { return m_snapshot; }

    // Runs one round in a local event loop.
    static OllamaClient *runOnce(QNetworkAccessManager *manager, const Endpoint &endpoint,
                                 const RequestLimits &limits, Detail detail, QObject *parent);

signals:
    void finished();

private:
    enum class Step
    {
        Version,
        Models,
        Tags,
        Show,
    };

    void send(Step step, const RunnerRequest &request);
    void onCallFinished();
    void showNext();
    void finish(const RunnerResult &result);

    RunnerClient m_client;
    Detail m_detail = Detail::Everything;
    Step m_step = Step::Version;
    QPointer<RunnerCall> m_call;
    OllamaSnapshot m_round;
    OllamaSnapshot m_snapshot;
    QHash<QString, ModelFacts> m_factsCache;
    QStringList m_toShow; // digests still to ask /api/show about
    RunnerResult m_result;
};

} // namespace vramscope
