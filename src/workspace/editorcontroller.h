#pragma once

#include "backendmemory.h"
#include "gguffile.h"
#include "layoutplan.h"
#include "llamaserverplan.h"
#include "logcomparison.h"
#include "measuresettings.h"
#include "modelestimate.h"
#include "ollamaversion.h"
#include "serverlogsnapshot.h"
#include "sourceactivity.h"
#include "sourceid.h"
#include "splitmeasurement.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace vramscope {

class LayerAssignmentModel;
class Poller;
struct SourceReport;

// The layer editor's work, without its widgets: which devices the split is
// for (a watched source, or a file the user opened), measuring a split on
// a launched Go runner (ollama's fit operation), "plan like ollama" and its
// measure / plan / measure chain, and plan files. The editor widget shows
// its model and forwards the user's intents here.
class EditorController : public QObject
{
    Q_OBJECT

public:
    // Where the editor's devices come from.
    enum class Target
    {
        None,
        Source, // a watched source: its devices at every poll
        File,   // a plan or /info file: kept until a source is chosen again
    };

    explicit EditorController(Poller *poller, QObject *parent = nullptr);
    ~EditorController() override;

    LayerAssignmentModel *model() const { return m_model; }

    // Takes the source's devices now and at every poll. A measurement still
    // out for the previous target is cancelled, never applied here.
    void follow(const SourceId &id);
    void unfollow();
    Target target() const { return m_target; }
    // The followed source; nothing when the target is not a source.
    std::optional<SourceId> followed() const;
    // "127.0.0.1:40123", "plan.json".
    QString targetLabel() const { return m_targetLabel; }

    MeasureSettings measureSettings() const { return m_measureSettings; }
    // With a model file open, its estimate follows at once (context,
    // parallel, KV cache type).
    void setMeasureSettings(const MeasureSettings &settings);

    // The followed source is a Go runner that can measure splits.
    bool hasRunner() const;
    QString runnerLabel() const;
    // The runner's activity as last polled; nothing before the first /health.
    std::optional<SourceActivity> runnerActivity() const;
    bool isMeasuring() const { return m_measurement != nullptr; }
    // A runner is followed, launched (or not heard from yet) and not being asked.
    bool canMeasure() const;

    // POST /load fit for the current split; its answer becomes the memory in use.
    void measure();
    // What ollama does before it loads: measures the current split (which
    // teaches the layer count), plans like ollama with that report, and
    // measures the plan.
    void planOnRunner();
    // "Plan like ollama" by the rules of planEra(). In the Go-runner era,
    // without a memory report, on a launched runner, it measures first
    // (planOnRunner()).
    void plan();
    // The version of the watched ollama server, from its last report;
    // nothing while no server is watched.
    std::optional<OllamaVersion> serverVersion() const { return m_serverVersion; }
    // Whose rules "Plan like ollama" follows: the watched server's era when
    // it has a known one, else the user's choice in the settings.
    OllamaVersion::Era planEra() const;
    // The last plan beside the watched server log's last load of the open
    // model (a llama-server era plan takes that load's compute buffers);
    // nothing without a model file or a server log.
    const std::optional<LogComparison> &logComparison() const { return m_logComparison; }

    // Both report through message() and return whether they succeeded.
    bool openFile(const QString &path);
    bool savePlan(const QString &path);
    // A model of the ollama store ("llama3.2:3b") or a GGUF file: its
    // memory estimated from the file's header becomes the memory in use,
    // for the devices shown, with no runner at all. Reports like openFile().
    bool openModel(const QString &modelOrFile);
    // The model whose estimate is in use ("llama3.2:3b"); empty when the
    // memory came from elsewhere (a runner, a file).
    QString modelLabel() const { return m_modelLabel; }
    // ollama's stores on this machine (OLLAMA_MODELS, ~/.ollama/models, the
    // service's): where openModel() looks names up, and what it lists.
    void setModelRoots(const QStringList &roots) { m_modelRoots = roots; }
    const QStringList &modelRoots() const { return m_modelRoots; }

signals:
    void targetChanged();
    // The runner, its activity or whether it is being asked changed.
    void runnerChanged();
    void measurementStarted(const QString &text);
    void measurementFinished(vramscope::SplitMeasurement::Outcome outcome, const QString &message);
    void planned(const vramscope::LayoutPlan &plan);
    void plannedLlamaServer(const vramscope::LlamaServerPlan &plan);
    // A watched ollama server reported another version (or the first).
    void serverVersionChanged();
    void planFailed(const QString &error);
    // Something to tell the user in the editor.
    void message(const QString &text, bool error);
    // The split's memory as a runner would report it, whenever it changes:
    // the dashboard's bars show the same breakdown.
    void breakdownChanged(const vramscope::BackendMemory &memory);

private:
    enum class AutoPlan
    {
        Idle,
        MeasureSplit,
        MeasurePlan
    };

    void onReport(const SourceId &id, const SourceReport &report);
    // The open model's estimate for the devices and settings now; false
    // with a message when the file cannot be estimated.
    bool estimateModel();
    // The open model estimated with the measure settings; nothing on failure
    // (with *error).
    std::optional<ModelEstimate> estimate(WireError *error = nullptr) const;
    // Finds the server log's last load of the open model for a plan made
    // from estimate; resets the comparison when there is nothing to compare.
    void findLoggedLoad(const std::optional<ModelEstimate> &estimate);
    void forgetModel();
    // The open model's estimate for the split as it stands, per device
    // beside what a runner measured for it; empty without a model.
    QString estimateAgainst(const BackendMemory &measured) const;
    void onMeasured();
    void cancelMeasurement();
    void publishBreakdown();
    void planLikeLlamaServer();

    Poller *m_poller;
    LayerAssignmentModel *m_model;
    Target m_target = Target::None;
    SourceId m_source;
    QString m_targetLabel;
    MeasureSettings m_measureSettings;
    QPointer<SplitMeasurement> m_measurement;
    AutoPlan m_autoPlan = AutoPlan::Idle;
    std::optional<BackendMemory> m_publishedBreakdown;
    std::optional<GgufFile> m_modelFile; // the header of the model in use, when estimated
    QString m_modelLabel;
    QString m_modelPath; // the file m_modelFile was read from
    QStringList m_modelRoots;
    QList<DeviceId> m_estimatedFor; // the devices the estimate was built for
    std::optional<OllamaVersion> m_serverVersion;
    std::optional<ServerLogSnapshot> m_serverLog; // the last report of a watched server log
    std::optional<LogComparison> m_logComparison;
};

} // namespace vramscope
