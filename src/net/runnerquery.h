#pragma once

#include "runnerclient.h"
#include "runnerresult.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace vramscope {

// A one-shot request with ollama's discovery semantics (GetDevicesFromRunner):
// asks every 10 ms until the deadline; a refused connection or an
// unreadable body is asked again, 404 and any other error status are final.
// At the deadline the result is TimedOut and names the last attempt's
// failure. For scripts and single actions; the poller does not retry.
class RunnerQuery : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds RetryInterval{10};

    RunnerQuery(const RunnerClient &client, const RunnerRequest &request,
                std::chrono::milliseconds deadline, QObject *parent = nullptr);

    void start();
    bool isFinished() const { return m_finished; }
    const RunnerResult &result() const { return m_result; }
    int attempts() const { return m_attempts; }

    // Runs the query in a local event loop and answers its result.
    static RunnerResult run(const RunnerClient &client, const RunnerRequest &request,
                            std::chrono::milliseconds deadline);

signals:
    void finished(const vramscope::RunnerResult &result);

private:
    void attempt();
    void onAttemptFinished();
    // Reports the deadline with the last failure that says why.
    void finishAtDeadline();
    void finish(const RunnerResult &result);

    RunnerClient m_client;
    RunnerRequest m_request;
    std::chrono::milliseconds m_deadlineLength;
    QDeadlineTimer m_deadline;
    QTimer m_retryTimer;
    QPointer<RunnerCall> m_call;
    RunnerResult m_lastFailure;
    RunnerResult m_result;
    int m_attempts = 0;
    bool m_attemptHasRestOfDeadline = false; // its timeout is what was left of the deadline
    bool m_finished = false;
};

} // namespace vramscope
