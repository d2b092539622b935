#pragma once

#include "endpoint.h"

#include <QObject>
#include <QProcess>

namespace vramscope {

// vramscope's simulated runner as a child process: starts
// vramscope-fakerunner (found beside the app) with a shipped scenario on a
// free loopback port, reports where it listens, and stops it with the app.
class DemoRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int StartTimeoutMs = 10000;

    explicit DemoRunner(QObject *parent = nullptr);
    ~DemoRunner() override;

    // The scenario: a shipped name ("two-nvidia") or a JSON file.
    void start(const QString &scenario = QStringLiteral("two-nvidia"));
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    Endpoint endpoint() const { return m_endpoint; }

    // Where the fake runner's binary is expected: $VRAMSCOPE_FAKERUNNER, or
    // beside this program.
    static QString program();

signals:
    void started(const vramscope::Endpoint &endpoint);
    // Could not start, or stopped on its own: what happened, for the user.
    void failed(const QString &message);

private:
    void readOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QProcess m_process;
    QByteArray m_output;
    Endpoint m_endpoint;
    bool m_stopping = false;
};

} // namespace vramscope
