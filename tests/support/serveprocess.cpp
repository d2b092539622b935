#include "serveprocess.h"

#include "binaryrun.h"

#include <QDeadlineTimer>

namespace vramscope {

namespace {

// Generous: a loaded machine or a sanitizer build starts slowly. Tests never
// assert on this time.
constexpr int StartMs = 60000;

} // namespace

ServeProcess::~ServeProcess()
{
    kill();
}

bool ServeProcess::start(const QString &binary, const QStringList &arguments)
{
    m_port = 0;
    m_process.setProcessEnvironment(BinaryRun::environment());
    m_process.setProgram(binary);
    m_process.setArguments(QStringList{QStringLiteral("serve")} + arguments);
    m_process.start();
    const QDeadlineTimer deadline(StartMs);
    while (!m_process.canReadLine() && isRunning() && !deadline.hasExpired())
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    const QByteArray line = m_process.readLine().trimmed();
    // "vramscope serve: listening on http://127.0.0.1:PORT (...)"
    const QByteArray marker = "listening on http://";
    const qsizetype at = line.indexOf(marker);
    if (at < 0) {
        m_process.waitForFinished(5000);
        m_error = u"vramscope serve did not report its port; it printed: " +
                  QString::fromUtf8(line + m_process.readAllStandardError());
        kill();
        return false;
    }
    const QByteArray hostPort = line.mid(at + marker.size()).split(' ').first();
    m_port = hostPort.mid(hostPort.lastIndexOf(':') + 1).toUShort();
    return m_port != 0;
}

QString ServeProcess::address() const
{
    return u"127.0.0.1:" + QString::number(m_port);
}

void ServeProcess::kill()
{
    if (!isRunning())
        return;
    m_process.kill();
    m_process.waitForFinished(30000);
}

} // namespace vramscope
