#pragma once

#include "backendmemory.h"
#include "loadrequest.h"
#include "runnerclient.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

namespace vramscope {

class RunnerCall;

// "Measure on runner" (ollama's fit operation on a runner): asks a runner's /health and, when it is
// freshly launched (the only state that takes /load), what a split needs: POST /load with operation
// fit. Finishes once, with the memory the runner reported or with an explanation of why there is
// none.
class SplitMeasurement : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Pending,
        Fits,       // the runner measured the split and it fits
        DoesNotFit, // the runner measured it and ran out of memory ("Success": false)
        Refused,    // the runner is busy with a model, or answered with an error
        Failed,     // no usable answer: unreachable, timed out, unreadable
    };

    // Measuring a split makes the runner read the model and reserve its
    // graphs: much slower than /info.
    static constexpr std::chrono::milliseconds Timeout{60000};

    SplitMeasurement(const RunnerClient &client, const LoadRequest &request,
                     QObject *parent = nullptr);
    ~SplitMeasurement() override;

    void start();
    Outcome outcome() const { return m_outcome; }
    // What the runner reported: set for Fitted and DoesNotFit.
    const std::optional<BackendMemory> &memory() const { return m_memory; }
    // What happened, in words for the user.
    QString message() const { return m_message; }

signals:
    void finished();

private:
    void onHealth();
    void onLoad();
    void finish(Outcome outcome, const QString &message);

    RunnerClient m_client;
    LoadRequest m_request;
    QPointer<RunnerCall> m_call;
    Outcome m_outcome = Outcome::Pending;
    std::optional<BackendMemory> m_memory;
    QString m_message;
};

} // namespace vramscope
