#include "fakerunnerprocess.h"

#include <QDeadlineTimer>

namespace vramscope {

namespace {

// Upper bounds for a process that works; generous, since a sanitizer build
// on a loaded machine starts slowly. Tests never assert on these times.
constexpr int StartMs = 30000;
constexpr int ReplyMs = 10000;

} // namespace

FakeRunnerProcess::~FakeRunnerProcess()
{
    kill();
}

bool FakeRunnerProcess::start(const QStringList &arguments, int instances)
{
    m_ports.clear();
    m_modelPaths.clear();
    m_ollamaPort = 0;
    m_process.setProgram(QStringLiteral(VRAMSCOPE_FAKERUNNER));
    m_process.setArguments(arguments +
                           QStringList{QStringLiteral("--instances"), QString::number(instances)});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(StartMs)) {
        m_error = u"vramscope-fakerunner did not start: " + m_process.errorString();
        return false;
    }
    while (m_ports.size() < instances) {
        const QByteArray line = readLine();
        if (line.isEmpty()) {
            m_error = u"vramscope-fakerunner did not report its port; it printed: " +
                      QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        if (line.startsWith("ollama listening on 127.0.0.1:"))
            m_ollamaPort = line.mid(line.lastIndexOf(':') + 1).toUShort();
        // "listening on 127.0.0.1:PORT model BLOB"
        if (line.startsWith("listening on 127.0.0.1:")) {
            const QList<QByteArray> words = line.trimmed().split(' ');
            m_ports.append(words.value(2).split(':').value(1).toUShort());
            m_modelPaths.append(QString::fromUtf8(words.value(4)));
        }
    }
    return true;
}

bool FakeRunnerProcess::command(const QString &line)
{
    m_process.write(line.toUtf8() + '\n');
    const QByteArray reply = readLine();
    if (reply.isEmpty()) {
        // Say which side is stuck when a CI run fails here.
        m_error = u"command '" + line + u"' got no answer within " +
                  QString::number(ReplyMs / 1000) + u" s; the fake runner is " +
                  (m_process.state() == QProcess::Running ? u"still running" : u"gone") +
                  u"; it printed: " + QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }
    if (!reply.startsWith("ok:")) {
        m_error = u"command '" + line + u"' answered '" + QString::fromUtf8(reply) + u"'";
        return false;
    }
    m_reply = QString::fromUtf8(reply.mid(3)).trimmed();
    return true;
}

int FakeRunnerProcess::requestCount(qsizetype instance)
{
    return stat(instance, u"requests=");
}

int FakeRunnerProcess::connectionCount(qsizetype instance)
{
    return stat(instance, u"connections=");
}

int FakeRunnerProcess::openConnectionCount(qsizetype instance)
{
    return stat(instance, u"open=");
}

int FakeRunnerProcess::stat(qsizetype instance, QStringView name)
{
    if (!command(u"stats @" + QString::number(m_ports.value(instance))))
        return -1;
    for (const QString &word : m_reply.split(u' ')) {
        if (word.startsWith(name))
            return word.mid(name.size()).toInt();
    }
    return -1;
}

void FakeRunnerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(StartMs);
}

bool FakeRunnerProcess::waitForExit()
{
    return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(StartMs);
}

QByteArray FakeRunnerProcess::readLine()
{
    const QDeadlineTimer deadline(ReplyMs);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || !m_process.waitForReadyRead(int(deadline.remainingTime())))
            return QByteArray();
    }
    return m_process.readLine().trimmed();
}

} // namespace vramscope
