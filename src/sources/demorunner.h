#pragma once

#include "endpoint.h"

#include <QObject>
#include <QProcess>

namespace vramscope {

// One of vramscope's simulations as a child process: vramscope-fakerunner
// (found beside the app) with the shipped two-GPU scenario, behind a
// simulated ollama server of the era asked for.
// - Today's ollama (v0.30 and later): the server and one llama-server
//   runner, which loads its model a few seconds after start and keeps it.
// - The Go-runner era (v0.24): the server and two Go runners; the first
//   loads, so the dashboard shows memory filling; the second stays
//   launched, as a fresh runner does, so the layer editor can ask it what a
//   split needs (a runner measures splits only before it loads).
// Stopped with the app.
class DemoRunner : public QObject
{
    Q_OBJECT

public:
    enum class Era
    {
        LlamaServer,
        GoRunner,
    };

    static constexpr int StartTimeoutMs = 10000;
    static constexpr int LoadAfterMs = 3000;
    // How long a stopped runner may take to end before it is killed.
    static constexpr int KillAfterMs = 2000;

    explicit DemoRunner(Era era, QObject *parent = nullptr);
    ~DemoRunner() override;

    Era era() const { return m_era; }
    // The ollama version the simulated server answers with.
    QString ollamaVersion() const;

    void start();
    // Asks the runners to end and returns at once.
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 processId() const { return m_process.processId(); }

    // Where the fake runner's binary is expected: $VRAMSCOPE_FAKERUNNER, or
    // beside this program.
    static QString program();

signals:
    // The simulated ollama server listens.
    void serverStarted(const vramscope::Endpoint &endpoint);
    // Once per runner, as each one listens, with the blob its model is.
    void started(const vramscope::Endpoint &endpoint, const QString &modelPath);
    // Could not start, or stopped on its own: what happened, for the user.
    void failed(const QString &message);

private:
    int runnerCount() const { return m_era == Era::GoRunner ? 2 : 1; }
    void readOutput();
    // One "[ollama ]listening on HOST:PORT[ model BLOB]" line; false when it is not one.
    bool readLine(const QString &line);
    void onFinished(int exitCode, QProcess::ExitStatus status);

    Era m_era;
    QProcess m_process;
    QByteArray m_output;
    QList<Endpoint> m_endpoints;
    bool m_stopping = false;
    bool m_loadSent = false;
};

} // namespace vramscope
