#pragma once

#include "pollsource.h"
#include "requestlimits.h"
#include "sourceid.h"
#include "sourcereport.h"
#include "sourcestatus.h"

#include <QObject>

#include <chrono>
#include <memory>
#include <vector>

namespace vramscope {

// Polls any number of sources of any kind, each at its own interval
// (default 1 s), with at most one round out per source: a slow source skips
// ticks and turns stale instead of queueing requests. Keeps each source's
// state and its last good report, and reports through signals keyed by the
// source's id; it knows nothing of widgets or of the kinds of source.
class Poller : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultInterval{1000};

    explicit Poller(QObject *parent = nullptr);
    ~Poller() override;

    // The interval of every source added without one of its own.
    std::chrono::milliseconds defaultInterval() const { return m_defaultInterval; }
    void setDefaultInterval(std::chrono::milliseconds interval);
    // Timeout and body cap of every request from the next round on.
    const RequestLimits &limits() const { return m_limits; }
    void setLimits(const RequestLimits &limits) { m_limits = limits; }

    // Takes the source and starts polling it at once; interval zero follows
    // the default. A source whose id is already there is dropped: returns
    // false.
    bool addSource(std::unique_ptr<PollSource> source, std::chrono::milliseconds interval = {});
    // Stops polling it and cancels its round; emits nothing more about it.
    void removeSource(const SourceId &id);
    bool contains(const SourceId &id) const { return find(id) != nullptr; }
    // In the order added.
    QList<SourceId> sources() const;
    // The source itself, for what only its kind can do (a runner's client).
    const PollSource *source(const SourceId &id) const;
    // Zero returns the source to the default interval.
    void setInterval(const SourceId &id, std::chrono::milliseconds interval);
    std::chrono::milliseconds interval(const SourceId &id) const;
    // Starts a round now unless one is out.
    void pollNow(const SourceId &id);

    SourceStatus status(const SourceId &id) const;
    // Everything read so far, each part kept through failures.
    SourceReport report(const SourceId &id) const;

signals:
    // Part of a round's findings, changed or not (one sample per round).
    void reported(const vramscope::SourceId &id, const vramscope::SourceReport &report);
    // The state or its message changed.
    void statusChanged(const vramscope::SourceId &id, const vramscope::SourceStatus &status);
    // A round ended; everything it read has been signalled before this.
    void polled(const vramscope::SourceId &id);

private:
    struct Watch;

    void tick(Watch &watch);
    void setStatus(Watch &watch, SourceState state, const QString &message);
    Watch *find(const SourceId &id) const;

    std::chrono::milliseconds m_defaultInterval = DefaultInterval;
    RequestLimits m_limits;
    std::vector<std::unique_ptr<Watch>> m_watches; // in the order added
};

} // namespace vramscope
