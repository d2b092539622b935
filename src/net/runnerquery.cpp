#include "runnerquery.h"

#include "runnercall.h"

#include <QEventLoop>

namespace vramscope {

RunnerQuery::RunnerQuery(const RunnerClient &client, const RunnerRequest &request,
                         std::chrono::milliseconds deadline, QObject *parent)
    : QObject(parent), m_client(client), m_request(request), m_deadlineLength(deadline)
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &RunnerQuery::attempt);
}

void RunnerQuery::start()
{
    m_deadline = QDeadlineTimer(m_deadlineLength, Qt::PreciseTimer);
    attempt();
}

void RunnerQuery::attempt()
{
    if (m_deadline.hasExpired()) {
        finishAtDeadline();
        return;
    }
    ++m_attempts;
    // Each attempt may use what is left of the deadline, as ollama's context does.
    RequestLimits limits = m_client.limits();
    const auto remaining =
        std::chrono::duration_cast<std::chrono::milliseconds>(m_deadline.remainingTimeAsDuration());
    m_attemptHasRestOfDeadline = remaining <= limits.timeout;
    limits.timeout = std::max(std::chrono::milliseconds(1), remaining);
    m_call = m_client.start(m_request, limits, this);
    connect(m_call, &RunnerCall::finished, this, &RunnerQuery::onAttemptFinished);
}

void RunnerQuery::finishAtDeadline()
{
    RunnerResult result = m_lastFailure;
    if (m_attempts == 0)
        result.state = SourceState::TimedOut;
    const QString seconds = QString::number(double(m_deadlineLength.count()) / 1000.0);
    // One message per English form: the command line installs no translator,
    // so "%n attempt(s)" would reach it as written.
    const int n = m_attempts;
    if (m_request.kind == RunnerRequest::Kind::Info) {
        //: Starts with ollama's own words for this failure.
        const QString text =
            n == 1 ? tr("failed to finish discovery before timeout (%1 s, %n attempt); "
                        "last attempt: %2",
                        nullptr, n)
                   : tr("failed to finish discovery before timeout (%1 s, %n attempts); "
                        "last attempt: %2",
                        nullptr, n);
        result.message = text.arg(seconds, m_lastFailure.message);
    } else {
        const QString text = n == 1
                                 ? tr("no answer from %1 before the timeout (%2 s, %n attempt); "
                                      "last attempt: %3",
                                      nullptr, n)
                                 : tr("no answer from %1 before the timeout (%2 s, %n attempts); "
                                      "last attempt: %3",
                                      nullptr, n);
        result.message = text.arg(m_client.endpoint().toString(), seconds, m_lastFailure.message);
    }
    finish(result);
}

void RunnerQuery::onAttemptFinished()
{
    const RunnerResult result = m_call->result();
    m_call->deleteLater();
    m_call = nullptr;
    if (result.isOk() || !result.retryable) {
        finish(result);
        return;
    }
    // An attempt that timed out on the rest of the deadline is the deadline:
    // no retry (the timers need not agree to the millisecond), and it says
    // nothing new, so an earlier failure, which tells why discovery never
    // succeeded, is kept.
    if (result.state == SourceState::TimedOut && m_attemptHasRestOfDeadline) {
        if (m_lastFailure.message.isEmpty())
            m_lastFailure = result;
        finishAtDeadline();
        return;
    }
    m_lastFailure = result;
    m_retryTimer.start(RetryInterval);
}

void RunnerQuery::finish(const RunnerResult &result)
{
    m_result = result;
    m_finished = true;
    emit finished(m_result);
}

RunnerResult RunnerQuery::run(const RunnerClient &client, const RunnerRequest &request,
                              std::chrono::milliseconds deadline)
{
    RunnerQuery query(client, request, deadline);
    QEventLoop loop;
    connect(&query, &RunnerQuery::finished, &loop, &QEventLoop::quit);
    query.start();
    if (!query.isFinished())
        loop.exec();
    return query.result();
}

} // namespace vramscope
