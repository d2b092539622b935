#pragma once

#include "deviceinfo.h"
#include "endpoint.h"
#include "endpointstatus.h"
#include "requestlimits.h"
#include "runnerhealth.h"

#include <QObject>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace vramscope {

class PollSource;

// Polls any number of runner endpoints, each at its own interval (default
// 1 s), with at most one round (/info then /health) out per endpoint: a slow
// runner skips ticks and turns stale instead of queueing requests. Keeps
// each endpoint's state and its last good data, and reports decoded values
// through signals; it knows nothing of widgets.
class Poller : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultInterval{1000};

    // manager is the application's shared one; it must outlive the poller.
    explicit Poller(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~Poller() override;

    // The interval of every endpoint added without one of its own.
    std::chrono::milliseconds defaultInterval() const { return m_defaultInterval; }
    void setDefaultInterval(std::chrono::milliseconds interval);
    // Timeout and body cap of every request from the next round on.
    const RequestLimits &limits() const { return m_limits; }
    void setLimits(const RequestLimits &limits) { m_limits = limits; }

    // Starts polling at once; interval zero follows the default. Adding an
    // endpoint that is already there changes nothing.
    void addEndpoint(const Endpoint &endpoint, std::chrono::milliseconds interval = {});
    // Stops polling it and cancels its round; emits nothing more about it.
    void removeEndpoint(const Endpoint &endpoint);
    bool contains(const Endpoint &endpoint) const { return find(endpoint) != nullptr; }
    QList<Endpoint> endpoints() const;
    // Zero returns the endpoint to the default interval.
    void setInterval(const Endpoint &endpoint, std::chrono::milliseconds interval);
    std::chrono::milliseconds interval(const Endpoint &endpoint) const;
    // Starts a round now unless one is out.
    void pollNow(const Endpoint &endpoint);

    EndpointStatus status(const Endpoint &endpoint) const;
    // The last devices read, kept through failures; empty before the first.
    QList<DeviceInfo> devices(const Endpoint &endpoint) const;
    std::optional<RunnerHealth> health(const Endpoint &endpoint) const;

signals:
    // Each successful /info, changed or not (one sample per round).
    void devicesUpdated(const vramscope::Endpoint &endpoint,
                        const QList<vramscope::DeviceInfo> &devices);
    void healthUpdated(const vramscope::Endpoint &endpoint, const vramscope::RunnerHealth &health);
    // The state or its message changed.
    void statusChanged(const vramscope::Endpoint &endpoint,
                       const vramscope::EndpointStatus &status);
    // A round ended; everything it read has been signalled before this.
    void polled(const vramscope::Endpoint &endpoint);

private:
    struct Watch;

    void tick(Watch &watch);
    void startRound(Watch &watch);
    void setStatus(Watch &watch, EndpointState state, const QString &message);
    Watch *find(const Endpoint &endpoint) const;

    QNetworkAccessManager *m_manager;
    std::chrono::milliseconds m_defaultInterval = DefaultInterval;
    RequestLimits m_limits;
    std::vector<std::unique_ptr<Watch>> m_watches; // in the order added
};

} // namespace vramscope
