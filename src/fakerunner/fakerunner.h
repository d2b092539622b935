#pragma once

#include "httpresponder.h"
#include "runnerhealth.h"
#include "runningmodel.h"
#include "scenario.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace vramscope {

// The protocol side of a simulated ollama runner: answers /info, /health
// and /load from its scenario, and runs the scenario's timeline. After a
// commit, /health moves from launched through loading (progress 0 to 1
// over the scenario's load time) to ready, and each device's free memory
// falls by its share of the committed split as the progress rises. Faults
// are looked up here and carried out by the RunnerServer.
//
// Behind a simulated ollama server (the scenario's ollama version), it is
// the runner of that era: 0.30 and later llama-server (/health 503 while
// loading then 200, /props, /slots; no /info or /load), else the Go
// runner above. Its model is listed by /api/ps from the start of its load
// until its keep-alive runs out after the load; then it ends (expired()).
class FakeRunner : public QObject, public HttpResponder
{
    Q_OBJECT

public:
    explicit FakeRunner(const Scenario &scenario, QObject *parent = nullptr);

    const Scenario &scenario() const { return m_scenario; }
    // The answer a healthy runner gives.
    HttpResponse answer(const HttpRequest &request) override;

    // The fault to apply to a request on this path now: one set by hand
    // first, then the scenario's whose window holds the current time.
    std::optional<Fault> faultFor(const QString &path) const override;
    // Replaces any fault set by hand on the same path.
    void setFault(const Fault &fault);
    void clearFaults();

    // Commits the scenario's own load now, as a POST /load commit would;
    // answers why not ("model already loaded") or an empty string.
    QString loadNow();

    RunnerHealth health() const;
    // The devices with their free memory as of now.
    QList<DeviceInfo> devices() const;

    // The name the ollama server lists the model under; it sets the digests.
    void setModelName(const QString &name);
    QString modelName() const { return m_modelName; }
    // The manifest's digest, as /api/ps and /api/tags give it.
    QString digest() const;
    // The GGUF blob's digest: the runner's --model is .../blobs/sha256-<this>.
    QString blobDigest() const;
    QString blobPath() const;
    // Whether it answers as llama-server (the scenario's ollama is 0.30 or later).
    bool isLlamaServer() const { return m_llamaServer; }
    // As /api/ps lists it at that time: nothing before its load or once expired.
    std::optional<RunningModel> runningModel(const QDateTime &now) const;
    // A request is being processed: llama-server's /slots says so.
    void setBusy(bool busy) { m_busy = busy; }

signals:
    // The keep-alive ran out after the load: the runner ends.
    void expired();

private:
    enum class Phase
    {
        Launched,
        Loading,
        Ready,
    };

    Phase phase() const;
    double progress() const;
    HttpResponse load(const QByteArray &body);
    HttpResponse llamaServerAnswer(const HttpRequest &request) const;
    void commit(const BackendMemory &memory);
    void expire();

    Scenario m_scenario;
    QElapsedTimer m_clock;
    QTimer m_autoLoadTimer;
    bool m_committed = false;
    qint64 m_loadStartMs = 0;
    BackendMemory m_committedMemory;
    QList<Fault> m_manualFaults;
    QString m_modelName;
    bool m_llamaServer = false;
    bool m_busy = false;
    bool m_expired = false;
    QTimer m_expiryTimer;
};

} // namespace vramscope
