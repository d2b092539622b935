#pragma once

#include <QProcess>
#include <QStringList>

namespace vramscope {

// `vramscope serve` as a child process, for tests and benchmarks over
// loopback: starts it, reads the port it listens on from its first line,
// and kills it.
class ServeProcess
{
public:
    ServeProcess() = default;
    ~ServeProcess();
    ServeProcess(const ServeProcess &) = delete;
    ServeProcess &operator=(const ServeProcess &) = delete;

    // Starts `BINARY serve ARGUMENTS` in the C locale and waits until it
    // listens. On failure returns false and says why in error(), with what
    // the process printed.
    bool start(const QString &binary, const QStringList &arguments);
    QString error() const { return m_error; }

    quint16 port() const { return m_port; }
    // "127.0.0.1:PORT".
    QString address() const;

    void kill();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace vramscope
