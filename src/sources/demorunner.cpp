#include "demorunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

namespace vramscope {

DemoRunner::DemoRunner(QObject *parent) : QObject(parent)
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

void DemoRunner::start(const QString &scenario)
{
    if (isRunning())
        return;
    m_output.clear();
    m_endpoints.clear();
    m_stopping = false;
    m_loadSent = false;
    // The load is started by hand (see readOutput) so that only the first
    // runner loads.
    m_process.start(program(), {QStringLiteral("--scenario"), scenario, QStringLiteral("--port"),
                                QStringLiteral("0"), QStringLiteral("--instances"),
                                QString::number(RunnerCount), QStringLiteral("--load-after"),
                                QStringLiteral("never")});
    // A runner that never says where it listens is as good as failed.
    QTimer::singleShot(StartTimeoutMs, this, [this] {
        if (isRunning() && m_endpoints.size() < RunnerCount) {
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
    // The first lines are "listening on 127.0.0.1:PORT", one per runner;
    // what follows answers our commands and is of no interest.
    while (m_endpoints.size() < RunnerCount) {
        const qsizetype newline = m_output.indexOf('\n');
        if (newline < 0)
            return;
        const QString line = QString::fromUtf8(m_output.left(newline)).trimmed();
        m_output.remove(0, newline + 1);
        const QString prefix = QStringLiteral("listening on ");
        QString error;
        const std::optional<Endpoint> endpoint =
            line.startsWith(prefix) ? Endpoint::parse(line.mid(prefix.size()),
                                                      Endpoint::RemotePolicy::LoopbackOnly, &error)
                                    : std::nullopt;
        if (!endpoint) {
            emit failed(tr("The demo runner said '%1' instead of where it listens").arg(line));
            stop();
            return;
        }
        m_endpoints.append(*endpoint);
        emit started(*endpoint);
    }
    m_output.clear();
    if (m_endpoints.size() == RunnerCount && !m_loadSent) {
        m_loadSent = true;
        const quint16 port = m_endpoints.first().port();
        QTimer::singleShot(LoadAfterMs, this, [this, port] {
            if (isRunning())
                m_process.write("load @" + QByteArray::number(port) + '\n');
        });
    }
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
