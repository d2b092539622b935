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
    stop();
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
    m_endpoint = Endpoint();
    m_stopping = false;
    m_process.start(program(), {QStringLiteral("--scenario"), scenario, QStringLiteral("--port"),
                                QStringLiteral("0")});
    // A runner that never says where it listens is as good as failed.
    QTimer::singleShot(StartTimeoutMs, this, [this] {
        if (isRunning() && !m_endpoint.isValid()) {
            emit failed(tr("The demo runner did not report its port within %1 s")
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
    if (!m_process.waitForFinished(2000))
        m_process.kill();
    m_process.waitForFinished(1000);
}

void DemoRunner::readOutput()
{
    m_output += m_process.readAllStandardOutput();
    if (m_endpoint.isValid())
        return;
    // First line: "listening on 127.0.0.1:PORT".
    const qsizetype newline = m_output.indexOf('\n');
    if (newline < 0)
        return;
    const QString line = QString::fromUtf8(m_output.left(newline)).trimmed();
    const QString prefix = QStringLiteral("listening on ");
    QString error;
    const std::optional<Endpoint> endpoint =
        line.startsWith(prefix)
            ? Endpoint::parse(line.mid(prefix.size()), Endpoint::RemotePolicy::LoopbackOnly, &error)
            : std::nullopt;
    if (!endpoint) {
        emit failed(tr("The demo runner said '%1' instead of where it listens").arg(line));
        stop();
        return;
    }
    m_endpoint = *endpoint;
    emit started(m_endpoint);
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
