#pragma once

#include "llamaserverstatus.h"
#include "runnerclient.h"
#include "runnerresult.h"

#include <QObject>
#include <QPointer>

namespace vramscope {

class RunnerCall;

// Talks to one llama-server runner (ollama v0.30 and later) at the --port
// of its command line: a round asks GET /health (503 while loading, 200
// when ready) and, once ready, GET /props and GET /slots. A server started
// without slots answers /slots with 501: the status is then ready without
// slots, never busy. One request in flight at a time; finished() once per
// round.
class LlamaServerClient : public QObject
{
    Q_OBJECT

public:
    LlamaServerClient(QNetworkAccessManager *manager, const Endpoint &endpoint,
                      const RequestLimits &limits = {}, QObject *parent = nullptr);
    ~LlamaServerClient() override;

    const Endpoint &endpoint() const { return m_client.endpoint(); }
    // Bounds on the requests of rounds started from now on.
    void setLimits(const RequestLimits &limits) { m_client.setLimits(limits); }
    // Starts a round; false (and nothing started) while one is running.
    bool refresh();
    bool isBusy() const;

    // After finished(): ok with status(), or the failure's state and message.
    const RunnerResult &result() const { return m_result; }
    const LlamaServerStatus &status() const { return m_status; }

signals:
    void finished();

private:
    enum class Step
    {
        Health,
        Props,
        Slots,
    };

    void send(Step step, const QString &path);
    void onCallFinished();
    void finish(const RunnerResult &result);

    RunnerClient m_client;
    Step m_step = Step::Health;
    QPointer<RunnerCall> m_call;
    LlamaServerStatus m_round;
    LlamaServerStatus m_status;
    RunnerResult m_result;
};

} // namespace vramscope
