#include "runnerdiscovery.h"

#include "localrunnerscan.h"

namespace vramscope {

RunnerDiscovery::RunnerDiscovery(const QString &procRoot, QObject *parent)
    : QObject(parent), m_procRoot(procRoot)
{
    connect(&m_timer, &QTimer::timeout, this, &RunnerDiscovery::scanNow);
}

void RunnerDiscovery::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    scanNow();
}

void RunnerDiscovery::scanNow()
{
    const QList<quint16> found = LocalRunnerScan(m_procRoot).ports();
    const QList<quint16> before = std::exchange(m_ports, found);
    for (quint16 port : before) {
        if (!found.contains(port))
            emit disappeared(port);
    }
    for (quint16 port : found) {
        if (!before.contains(port))
            emit appeared(port);
    }
}

} // namespace vramscope
