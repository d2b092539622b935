#pragma once

#include "deviceinfo.h"
#include "endpointstate.h"
#include "requestlimits.h"
#include "runnerhealth.h"

#include <QObject>

namespace vramscope {

// Something the poller reads devices from, one round at a time. A runner
// (RunnerSource) is the only kind today; ollama's /api/ps or a native probe
// would be others, scheduled and tracked by the same poller.
class PollSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Whether a round is out; the poller never starts a second one.
    virtual bool isBusy() const = 0;
    // Starts one round; emits roundFinished() once, asynchronously.
    virtual void poll(const RequestLimits &limits) = 0;
    // When the current round started, for "still waiting after ..." messages.
    virtual qint64 busyForMs() const = 0;

signals:
    void devicesRead(const QList<vramscope::DeviceInfo> &devices);
    void healthRead(const vramscope::RunnerHealth &health);
    // The round's outcome: Ok, or the first failure and its explanation.
    void roundFinished(vramscope::EndpointState state, const QString &message);
};

} // namespace vramscope
