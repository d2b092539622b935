#pragma once

#include "endpoint.h"

#include <QObject>
#include <QProcess>

namespace vramscope {

// vramscope's simulated runners as one child process: vramscope-fakerunner
// (found beside the app) with a shipped scenario, two runners on free
// loopback ports. The first loads the scenario's model a few seconds after
// start, so the dashboard shows memory filling; the second stays launched,
// as a fresh runner does, so the layer editor can ask it what a split needs
// (a runner measures splits only before it loads). Stopped with the app.
class DemoRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int StartTimeoutMs = 10000;
    static constexpr int LoadAfterMs = 3000;
    // How long a stopped runner may take to end before it is killed.
    static constexpr int KillAfterMs = 2000;

    explicit DemoRunner(QObject *parent = nullptr);
    ~DemoRunner() override;

    // The scenario: a shipped name ("two-nvidia") or a JSON file.
    void start(const QString &scenario = QStringLiteral("two-nvidia"));
    // Asks the runners to end and returns at once.
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 processId() const { return m_process.processId(); }

    // Where the fake runner's binary is expected: $VRAMSCOPE_FAKERUNNER, or
    // beside this program.
    static QString program();

signals:
    // Once per runner, as each one listens.
    void started(const vramscope::Endpoint &endpoint);
    // Could not start, or stopped on its own: what happened, for the user.
    void failed(const QString &message);

private:
    static constexpr int RunnerCount = 2;

    void readOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QProcess m_process;
    QByteArray m_output;
    QList<Endpoint> m_endpoints;
    bool m_stopping = false;
    bool m_loadSent = false;
};

} // namespace vramscope
