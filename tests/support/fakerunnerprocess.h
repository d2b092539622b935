#pragma once

#include "endpoint.h"

#include <QList>
#include <QProcess>
#include <QStringList>

namespace vramscope {

// vramscope-fakerunner as a child process, for tests over loopback: starts
// it, reads the ports it listens on, and sends it commands on stdin.
class FakeRunnerProcess
{
public:
    FakeRunnerProcess() = default;
    ~FakeRunnerProcess();
    FakeRunnerProcess(const FakeRunnerProcess &) = delete;
    FakeRunnerProcess &operator=(const FakeRunnerProcess &) = delete;

    // Starts it with these arguments (plus --instances) and waits until
    // every instance listens. On failure returns false and says why in
    // error(), with what the process printed.
    bool start(const QStringList &arguments = {}, int instances = 1);
    QString error() const { return m_error; }

    QList<quint16> ports() const { return m_ports; }
    // The blob an instance's model is, as a runner's --model names it.
    QString modelPath(qsizetype instance = 0) const { return m_modelPaths.value(instance); }
    // The simulated ollama server's (started with --ollama VERSION); invalid without one.
    Endpoint ollamaEndpoint() const
    {
        return m_ollamaPort == 0 ? Endpoint() : Endpoint::loopback(m_ollamaPort);
    }
    Endpoint endpoint(qsizetype instance = 0) const
    {
        return Endpoint::loopback(m_ports.value(instance));
    }

    // Sends a command ("fault /info=404", "clear", "load", ...) and waits
    // for its "ok:"; false with error() set otherwise.
    bool command(const QString &line);
    // The last command's answer, after "ok: ".
    QString reply() const { return m_reply; }
    // The requests and connections an instance has seen; -1 on failure.
    int requestCount(qsizetype instance = 0);
    int connectionCount(qsizetype instance = 0);
    // Connections the instance still holds open.
    int openConnectionCount(qsizetype instance = 0);

    // Kills the process and waits for it to end.
    void kill();
    // Waits for the process to end by itself; false if it does not.
    bool waitForExit();
    int exitCode() const { return m_process.exitCode(); }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

private:
    // A line of stdout, or an empty one when none comes in time.
    QByteArray readLine();
    int stat(qsizetype instance, QStringView name);

    QProcess m_process;
    QList<quint16> m_ports;
    QStringList m_modelPaths;
    quint16 m_ollamaPort = 0;
    QString m_error;
    QString m_reply;
};

} // namespace vramscope
