#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "runnerhealth.h"
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
class FakeRunner : public QObject
{
    Q_OBJECT

public:
    explicit FakeRunner(const Scenario &scenario, QObject *parent = nullptr);

    const Scenario &scenario() const { return m_scenario; }
    // The answer a healthy runner gives.
    HttpResponse answer(const HttpRequest &request);

    // The fault to apply to a request on this path now: one set by hand
    // first, then the scenario's whose window holds the current time.
    std::optional<Fault> faultFor(const QString &path) const;
    // Replaces any fault set by hand on the same path.
    void setFault(const Fault &fault);
    void clearFaults();

    // Commits the scenario's own load now, as a POST /load commit would;
    // answers why not ("model already loaded") or an empty string.
    QString loadNow();

    RunnerHealth health() const;
    // The devices with their free memory as of now.
    QList<DeviceInfo> devices() const;

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
    void commit(const BackendMemory &memory);

    Scenario m_scenario;
    QElapsedTimer m_clock;
    QTimer m_autoLoadTimer;
    bool m_committed = false;
    qint64 m_loadStartMs = 0;
    BackendMemory m_committedMemory;
    QList<Fault> m_manualFaults;
};

} // namespace vramscope
