#pragma once

#include "requestlimits.h"
#include "sourceid.h"
#include "sourcereport.h"
#include "sourcestate.h"

#include <QObject>

namespace vramscope {

// Anything the poller reads from, one round at a time: a runner today, the
// ollama server, a native probe or a log tomorrow. A source knows who it is
// and how to run a round; the poller schedules rounds, keeps the last good
// report and the state, and never knows which kind it is talking to.
class PollSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual SourceId id() const = 0;
    // How the source is shown: "127.0.0.1:40123".
    virtual QString label() const = 0;
    // Whether what it reads crosses the network from another machine.
    virtual bool isRemote() const = 0;

    // Whether a round is out; the poller never starts a second one.
    virtual bool isBusy() const = 0;
    // Starts one round; emits roundFinished() once, asynchronously.
    virtual void poll(const RequestLimits &limits) = 0;
    // When the current round started, for "still waiting after ..." messages.
    virtual qint64 busyForMs() const = 0;

signals:
    // Part of what the round learned; a round may report several times.
    void reported(const vramscope::SourceReport &report);
    // The round's outcome: Ok, or the first failure and its explanation.
    void roundFinished(vramscope::SourceState state, const QString &message);
};

} // namespace vramscope
