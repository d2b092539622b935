#pragma once

#include "ollamaprocess.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace vramscope {

// Keeps looking for ollama on this machine, so that what starts after
// vramscope is found and what ends goes away: `ollama serve`, its Go
// runners and llama-server runners in the process list (OllamaProcessScan),
// and the server's usual addresses (OLLAMA_HOST, 127.0.0.1:11434) where
// something listens that no process in the list explains (a server in a
// container, or one the process list hides). Reports changes only.
class LocalDiscovery : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultInterval{3000};
    // A server address that takes this long to accept is not counted.
    static constexpr std::chrono::milliseconds ConnectTimeout{1000};

    // procRoot is /proc, or a test's tree; serverAddresses are the server's
    // usual addresses to try (OllamaDiscovery::serverCandidates without processes).
    explicit LocalDiscovery(const QString &procRoot, const QList<Endpoint> &serverAddresses,
                            QObject *parent = nullptr);

    // Scans at once, then at every interval.
    void start(std::chrono::milliseconds interval = DefaultInterval);
    void scanNow();

signals:
    void appeared(const vramscope::OllamaProcess &process);
    void disappeared(const vramscope::OllamaProcess &process);

private:
    // Tries a TCP connection to a server address; publish() counts it once it answers.
    void tryAddress(const Endpoint &address);
    void publish();
    // A server process in the last scan listens there.
    bool explained(const Endpoint &address) const;

    QString m_procRoot;
    QList<Endpoint> m_serverAddresses;
    QTimer m_timer;
    QList<OllamaProcess> m_processes;
    QSet<Endpoint> m_listening; // server addresses that accepted a connection last time
    QSet<Endpoint> m_trying;
    QList<OllamaProcess>
        m_found; // what the last scan found: processes, and servers at an address only (pid 0)
};

} // namespace vramscope
