#include "demorunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

namespace vramscope {

DemoRunner::DemoRunner(Era era, QObject *parent) : QObject(parent), m_era(era)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoRunner::readOutput);
    connect(&m_process, &QProcess::finished, this, &DemoRunner::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(tr("Could not start the demo runner %1: %2")
                            .arg(program(), m_process.errorString()));
    });
}

DemoRunner::~DemoRunner()
{
    // The app is quitting: no event loop is left to finish a gentle stop.
    if (!isRunning())
        return;
    m_stopping = true;
    m_process.kill();
    m_process.waitForFinished(1000);
}

QString DemoRunner::program()
{
    // Tests and unusual installs can point elsewhere.
    const QString overridden = qEnvironmentVariable("VRAMSCOPE_FAKERUNNER");
    if (!overridden.isEmpty())
        return overridden;
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("vramscope-fakerunner"));
}

QString DemoRunner::ollamaVersion() const
{
    return m_era == Era::GoRunner ? QStringLiteral("0.24.0") : QStringLiteral("0.30.2");
}

void DemoRunner::start()
{
    if (isRunning())
        return;
    m_output.clear();
    m_endpoints.clear();
    m_stopping = false;
    m_loadSent = false;
    // The load is started by hand (see readOutput) so that only the first
    // runner loads; today's model stays loaded, as with keep_alive -1.
    QStringList arguments{QStringLiteral("--scenario"),   QStringLiteral("two-nvidia"),
                          QStringLiteral("--port"),       QStringLiteral("0"),
                          QStringLiteral("--instances"),  QString::number(runnerCount()),
                          QStringLiteral("--load-after"), QStringLiteral("never"),
                          QStringLiteral("--ollama"),     ollamaVersion(),
                          QStringLiteral("--keep-alive"), QStringLiteral("-1")};
    arguments += {QStringLiteral("--model"), m_era == Era::GoRunner ? QStringLiteral("llama3.1:8b")
                                                                    : QStringLiteral("qwen3:14b")};
    m_process.start(program(), arguments);
    // A runner that never says where it listens is as good as failed.
    QTimer::singleShot(StartTimeoutMs, this, [this] {
        if (isRunning() && m_endpoints.size() < runnerCount()) {
            emit failed(tr("The demo runner did not report its ports within %1 s")
                            .arg(StartTimeoutMs / 1000));
            stop();
        }
    });
}

void DemoRunner::stop()
{
    if (!isRunning())
        return;
    m_stopping = true;
    m_process.terminate();
    // Never waited for here: the window stays responsive while the runners
    // shut down, and one that does not is killed a little later.
    QTimer::singleShot(KillAfterMs, this, [this] {
        if (m_stopping && isRunning())
            m_process.kill();
    });
}

void DemoRunner::readOutput()
{
    m_output += m_process.readAllStandardOutput();
    // The first lines say where the server and each runner listen; what
    // follows answers our commands and is of no interest.
    while (m_endpoints.size() < runnerCount()) {
        const qsizetype newline = m_output.indexOf('\n');
        if (newline < 0)
            return;
        const QString line = QString::fromUtf8(m_output.left(newline)).trimmed();
        m_output.remove(0, newline + 1);
        if (!readLine(line)) {
            emit failed(tr("The demo runner said '%1' instead of where it listens").arg(line));
            stop();
            return;
        }
    }
    m_output.clear();
    if (m_endpoints.size() == runnerCount() && !m_loadSent) {
        m_loadSent = true;
        const quint16 port = m_endpoints.first().port();
        QTimer::singleShot(LoadAfterMs, this, [this, port] {
            if (isRunning())
                m_process.write("load @" + QByteArray::number(port) + '\n');
        });
    }
}

bool DemoRunner::readLine(const QString &line)
{
    const QString serverPrefix = QStringLiteral("ollama listening on ");
    const QString runnerPrefix = QStringLiteral("listening on ");
    const bool server = line.startsWith(serverPrefix);
    if (!server && !line.startsWith(runnerPrefix))
        return false;
    const QStringList words = line.mid((server ? serverPrefix : runnerPrefix).size()).split(u' ');
    const std::optional<Endpoint> endpoint =
        Endpoint::parse(words.value(0), Endpoint::RemotePolicy::LoopbackOnly, nullptr);
    if (!endpoint)
        return false;
    if (server) {
        emit serverStarted(*endpoint);
        return true;
    }
    m_endpoints.append(*endpoint);
    emit started(*endpoint, words.value(1) == u"model" ? words.mid(2).join(u' ') : QString());
    return true;
}

void DemoRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping)
        return;
    emit failed(status == QProcess::CrashExit
                    ? tr("The demo runner crashed")
                    : tr("The demo runner exited with status %1").arg(exitCode));
}

} // namespace vramscope
