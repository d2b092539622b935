#include "poller.h"

#include <QTimer>

namespace vramscope {

struct Poller::Watch
{
    SourceId id;
    std::chrono::milliseconds interval{}; // zero follows the default
    QTimer timer;
    std::unique_ptr<PollSource> source;
    SourceStatus status;
    SourceReport report;
};

Poller::Poller(QObject *parent) : QObject(parent) {}

Poller::~Poller()
{
    for (const auto &watch : m_watches)
        watch->source->disconnect(this);
}

void Poller::setDefaultInterval(std::chrono::milliseconds interval)
{
    m_defaultInterval = interval;
    for (const auto &watch : m_watches) {
        if (watch->interval.count() == 0)
            watch->timer.setInterval(interval);
    }
}

bool Poller::addSource(std::unique_ptr<PollSource> source, std::chrono::milliseconds interval)
{
    const SourceId id = source->id();
    if (contains(id))
        return false;
    auto watch = std::make_unique<Watch>();
    watch->id = id;
    watch->interval = interval;
    watch->status.message = tr("waiting for the first answer from %1").arg(source->label());
    watch->source = std::move(source);

    // Every handler looks the source up again: a receiver of an earlier
    // signal may have removed it.
    PollSource *polled = watch->source.get();
    connect(polled, &PollSource::reported, this, [this, id](const SourceReport &report) {
        Watch *w = find(id);
        if (!w)
            return;
        w->report.merge(report);
        if (report.devices)
            w->status.lastGood = QDateTime::currentDateTimeUtc();
        emit reported(id, report);
    });
    connect(polled, &PollSource::roundFinished, this,
            [this, id](SourceState state, const QString &message) {
                if (Watch *w = find(id))
                    setStatus(*w, state, message);
                if (find(id))
                    emit this->polled(id);
            });

    watch->timer.setInterval(interval.count() > 0 ? interval : m_defaultInterval);
    connect(&watch->timer, &QTimer::timeout, this, [this, id] {
        if (Watch *w = find(id))
            tick(*w);
    });
    watch->timer.start();
    m_watches.push_back(std::move(watch));
    // The first round starts from the event loop, once the caller has connected.
    QTimer::singleShot(0, this, [this, id] { pollNow(id); });
    return true;
}

void Poller::removeSource(const SourceId &id)
{
    const auto it = std::find_if(m_watches.begin(), m_watches.end(),
                                 [&id](const auto &w) { return w->id == id; });
    if (it == m_watches.end())
        return;
    // The source may be in the middle of emitting the signal that led here.
    PollSource *source = (*it)->source.release();
    source->disconnect(this);
    source->deleteLater();
    m_watches.erase(it);
}

QList<SourceId> Poller::sources() const
{
    QList<SourceId> result;
    result.reserve(qsizetype(m_watches.size()));
    for (const auto &watch : m_watches)
        result.append(watch->id);
    return result;
}

const PollSource *Poller::source(const SourceId &id) const
{
    const Watch *w = find(id);
    return w ? w->source.get() : nullptr;
}

void Poller::setInterval(const SourceId &id, std::chrono::milliseconds interval)
{
    if (Watch *w = find(id)) {
        w->interval = interval;
        w->timer.setInterval(interval.count() > 0 ? interval : m_defaultInterval);
    }
}

std::chrono::milliseconds Poller::interval(const SourceId &id) const
{
    const Watch *w = find(id);
    return w ? w->timer.intervalAsDuration() : std::chrono::milliseconds();
}

void Poller::pollNow(const SourceId &id)
{
    if (Watch *w = find(id); w && !w->source->isBusy())
        w->source->poll(m_limits);
}

SourceStatus Poller::status(const SourceId &id) const
{
    const Watch *w = find(id);
    return w ? w->status : SourceStatus();
}

SourceReport Poller::report(const SourceId &id) const
{
    const Watch *w = find(id);
    return w ? w->report : SourceReport();
}

void Poller::tick(Watch &watch)
{
    if (!watch.source->isBusy()) {
        watch.source->poll(m_limits);
        return;
    }
    // Skip rather than queue: a queued request would only burn its timeout
    // waiting behind the slow one.
    ++watch.status.skippedTicks;
    if (watch.status.state == SourceState::Ok) {
        setStatus(watch, SourceState::Stale,
                  tr("%1: no answer yet after %2 s, slower than the polling interval; showing "
                     "the last data read")
                      .arg(watch.source->label(),
                           QString::number(double(watch.source->busyForMs()) / 1000.0, 'f', 1)));
    }
}

void Poller::setStatus(Watch &watch, SourceState state, const QString &message)
{
    if (watch.status.state == state && watch.status.message == message)
        return;
    watch.status.state = state;
    watch.status.message = message;
    emit statusChanged(watch.id, watch.status);
}

Poller::Watch *Poller::find(const SourceId &id) const
{
    for (const auto &watch : m_watches) {
        if (watch->id == id)
            return watch.get();
    }
    return nullptr;
}

} // namespace vramscope
