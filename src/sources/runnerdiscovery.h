#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace vramscope {

// Keeps looking for ollama runners on this machine (LocalRunnerScan over
// /proc), so that a runner started after vramscope is found, and one that
// ended goes away. Reports changes only.
class RunnerDiscovery : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultInterval{3000};

    explicit RunnerDiscovery(const QString &procRoot = QStringLiteral("/proc"),
                             QObject *parent = nullptr);

    // Scans at once, then at every interval.
    void start(std::chrono::milliseconds interval = DefaultInterval);
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }
    void scanNow();
    // The runners' ports seen by the last scan, ascending.
    QList<quint16> ports() const { return m_ports; }

signals:
    void appeared(quint16 port);
    void disappeared(quint16 port);

private:
    QString m_procRoot;
    QTimer m_timer;
    QList<quint16> m_ports;
};

} // namespace vramscope
