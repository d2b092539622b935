#pragma once

#include "endpoint.h"
#include "requestlimits.h"
#include "runnerrequest.h"
#include "runnerresult.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace vramscope {

// One HTTP exchange with a runner, bounded by RequestLimits: its own timer
// (reported as "timed out", never "canceled"), redirects not followed, the
// body capped by its Content-Length and by counting bytes as they arrive.
// Emits finished() once, asynchronously; deleting the call cancels it
// quietly. Keep-alive connections are reused by the shared manager.
class RunnerCall : public QObject
{
    Q_OBJECT

public:
    RunnerCall(QNetworkAccessManager *manager, const Endpoint &endpoint,
               const RunnerRequest &request, const RequestLimits &limits,
               QObject *parent = nullptr);
    ~RunnerCall() override;

    const Endpoint &endpoint() const { return m_endpoint; }
    const RunnerRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    // Valid once finished() was emitted.
    const RunnerResult &result() const { return m_result; }

signals:
    void finished();

private:
    void readBody();
    void checkDeclaredLength();
    void onTimeout();
    void onReplyFinished();
    RunnerResult classify() const;
    RunnerResult decode(int status) const;
    QString where() const;

    Endpoint m_endpoint;
    RunnerRequest m_request;
    RequestLimits m_limits;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QByteArray m_body;
    qint64 m_declaredLength = -1;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_finished = false;
    RunnerResult m_result;
};

} // namespace vramscope
