#include "localdiscovery.h"

#include "ollamaprocessscan.h"

#include <QTcpSocket>

namespace vramscope {

LocalDiscovery::LocalDiscovery(const QString &procRoot, const QList<Endpoint> &serverAddresses,
                               QObject *parent)
    : QObject(parent), m_procRoot(procRoot), m_serverAddresses(serverAddresses)
{
    connect(&m_timer, &QTimer::timeout, this, &LocalDiscovery::scanNow);
}

void LocalDiscovery::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    scanNow();
}

void LocalDiscovery::scanNow()
{
    m_processes = OllamaProcessScan(m_procRoot).processes();
    // An address a server process explains needs no connection to tell.
    for (const Endpoint &address : std::as_const(m_serverAddresses)) {
        if (!explained(address))
            tryAddress(address);
    }
    publish();
}

bool LocalDiscovery::explained(const Endpoint &address) const
{
    return std::any_of(m_processes.cbegin(), m_processes.cend(), [&](const OllamaProcess &p) {
        return p.kind == OllamaProcess::Kind::Server && p.endpoint == address;
    });
}

void LocalDiscovery::tryAddress(const Endpoint &address)
{
    if (m_trying.contains(address))
        return;
    m_trying.insert(address);
    auto *socket = new QTcpSocket(this);
    auto done = [this, socket, address](bool listening) {
        if (!m_trying.remove(address))
            return; // the other outcome came first
        socket->abort();
        socket->deleteLater();
        if (listening)
            m_listening.insert(address);
        else
            m_listening.remove(address);
        publish();
    };
    connect(socket, &QTcpSocket::connected, this, [done] { done(true); });
    connect(socket, &QTcpSocket::errorOccurred, this, [done] { done(false); });
    QTimer::singleShot(ConnectTimeout, socket, [done] { done(false); });
    socket->connectToHost(address.host(), address.port());
}

void LocalDiscovery::publish()
{
    QList<OllamaProcess> found = m_processes;
    for (const Endpoint &address : std::as_const(m_serverAddresses)) {
        if (m_listening.contains(address) && !explained(address))
            found.append({OllamaProcess::Kind::Server, 0, 0, address, {}, {}, false});
    }
    const QList<OllamaProcess> before = std::exchange(m_found, found);
    for (const OllamaProcess &process : before) {
        if (!found.contains(process))
            emit disappeared(process);
    }
    for (const OllamaProcess &process : std::as_const(found)) {
        if (!before.contains(process))
            emit appeared(process);
    }
}

} // namespace vramscope
