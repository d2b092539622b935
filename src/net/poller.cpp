#include "poller.h"

#include "runnerclient.h"
#include "runnersource.h"

#include <QTimer>

namespace vramscope {

struct Poller::Watch
{
    Endpoint endpoint;
    std::chrono::milliseconds interval{}; // zero follows the default
    QTimer timer;
    std::unique_ptr<PollSource> source;
    EndpointStatus status;
    QList<DeviceInfo> devices;
    std::optional<RunnerHealth> health;
};

Poller::Poller(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager)
{
}

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

void Poller::addEndpoint(const Endpoint &endpoint, std::chrono::milliseconds interval)
{
    if (contains(endpoint))
        return;
    auto watch = std::make_unique<Watch>();
    watch->endpoint = endpoint;
    watch->interval = interval;
    watch->status.message = u"waiting for the first answer from " + endpoint.toString();
    watch->source = std::make_unique<RunnerSource>(RunnerClient(m_manager, endpoint, m_limits));

    // Every handler looks the endpoint up again: a receiver of an earlier
    // signal may have removed it.
    PollSource *source = watch->source.get();
    connect(source, &PollSource::devicesRead, this, [this, endpoint](const QList<DeviceInfo> &d) {
        Watch *w = find(endpoint);
        if (!w)
            return;
        w->devices = d;
        w->status.lastGood = QDateTime::currentDateTimeUtc();
        emit devicesUpdated(endpoint, d);
    });
    connect(source, &PollSource::healthRead, this, [this, endpoint](const RunnerHealth &health) {
        Watch *w = find(endpoint);
        if (!w)
            return;
        w->health = health;
        emit healthUpdated(endpoint, health);
    });
    connect(source, &PollSource::roundFinished, this,
            [this, endpoint](EndpointState state, const QString &message) {
                if (Watch *w = find(endpoint))
                    setStatus(*w, state, message);
                if (find(endpoint))
                    emit polled(endpoint);
            });

    watch->timer.setInterval(interval.count() > 0 ? interval : m_defaultInterval);
    connect(&watch->timer, &QTimer::timeout, this, [this, endpoint] {
        if (Watch *w = find(endpoint))
            tick(*w);
    });
    watch->timer.start();
    m_watches.push_back(std::move(watch));
    // The first round starts from the event loop, once the caller has connected.
    QTimer::singleShot(0, this, [this, endpoint] { pollNow(endpoint); });
}

void Poller::removeEndpoint(const Endpoint &endpoint)
{
    const auto it = std::find_if(m_watches.begin(), m_watches.end(),
                                 [&endpoint](const auto &w) { return w->endpoint == endpoint; });
    if (it == m_watches.end())
        return;
    // The source may be in the middle of emitting the signal that led here.
    PollSource *source = (*it)->source.release();
    source->disconnect(this);
    source->deleteLater();
    m_watches.erase(it);
}

QList<Endpoint> Poller::endpoints() const
{
    QList<Endpoint> result;
    result.reserve(qsizetype(m_watches.size()));
    for (const auto &watch : m_watches)
        result.append(watch->endpoint);
    return result;
}

void Poller::setInterval(const Endpoint &endpoint, std::chrono::milliseconds interval)
{
    if (Watch *w = find(endpoint)) {
        w->interval = interval;
        w->timer.setInterval(interval.count() > 0 ? interval : m_defaultInterval);
    }
}

std::chrono::milliseconds Poller::interval(const Endpoint &endpoint) const
{
    const Watch *w = find(endpoint);
    return w ? w->timer.intervalAsDuration() : std::chrono::milliseconds();
}

void Poller::pollNow(const Endpoint &endpoint)
{
    if (Watch *w = find(endpoint); w && !w->source->isBusy())
        startRound(*w);
}

EndpointStatus Poller::status(const Endpoint &endpoint) const
{
    const Watch *w = find(endpoint);
    return w ? w->status : EndpointStatus();
}

QList<DeviceInfo> Poller::devices(const Endpoint &endpoint) const
{
    const Watch *w = find(endpoint);
    return w ? w->devices : QList<DeviceInfo>();
}

std::optional<RunnerHealth> Poller::health(const Endpoint &endpoint) const
{
    const Watch *w = find(endpoint);
    return w ? w->health : std::nullopt;
}

void Poller::tick(Watch &watch)
{
    if (!watch.source->isBusy()) {
        startRound(watch);
        return;
    }
    // Skip rather than queue: a queued request would only burn its timeout
    // waiting behind the slow one.
    ++watch.status.skippedTicks;
    if (watch.status.state == EndpointState::Ok) {
        setStatus(watch, EndpointState::Stale,
                  watch.endpoint.toString() + u": no answer yet after " +
                      QString::number(double(watch.source->busyForMs()) / 1000.0, 'f', 1) +
                      u" s, slower than the polling interval; showing the last data read");
    }
}

void Poller::startRound(Watch &watch)
{
    watch.source->poll(m_limits);
}

void Poller::setStatus(Watch &watch, EndpointState state, const QString &message)
{
    if (watch.status.state == state && watch.status.message == message)
        return;
    watch.status.state = state;
    watch.status.message = message;
    emit statusChanged(watch.endpoint, watch.status);
}

Poller::Watch *Poller::find(const Endpoint &endpoint) const
{
    for (const auto &watch : m_watches) {
        if (watch->endpoint == endpoint)
            return watch.get();
    }
    return nullptr;
}

} // namespace vramscope
