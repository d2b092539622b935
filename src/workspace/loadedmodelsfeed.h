#pragma once

#include "gpuoccupancy.h"
#include "modelrunner.h"
#include "modeltablemodel.h"
#include "ollamasnapshot.h"
#include "sourceid.h"
#include "sourcereport.h"
#include "sourcestatus.h"

#include <QHash>
#include <QObject>

namespace vramscope {

class Poller;
class ProcessTableModel;

// Feeds the Models table, the Processes table with what the servers say
// of each runner's model, and each GPU's resident models from the log: what every watched ollama
// server lists in /api/ps, every runner that holds a model (a Go runner loading or loaded, a
// llama-server), each runner matched to its model through the servers' stores by the blob it loads,
// and each resident load of a watched server log with its memory per GPU. A runner that stops
// answering keeps its row with an unknown state until it goes away.
class LoadedModelsFeed : public QObject
{
    Q_OBJECT

public:
    LoadedModelsFeed(Poller *poller, ModelTableModel *models, ProcessTableModel *processes,
                     GpuOccupancy *occupancy, QObject *parent = nullptr);

    // What the process list says of a runner source: its pid and --model.
    void setRunnerProcess(const SourceId &id, qint64 pid, const QString &modelPath);
    void removeSource(const SourceId &id);

private:
    struct Runner
    {
        qint64 pid = 0;
        QString modelPath;       // from the process list, else llama-server's /props
        bool holdsModel = false; // a launched Go runner holds none yet
        ModelRunner::State state = ModelRunner::State::Unknown;
    };

    void onReport(const SourceId &id, const SourceReport &report);
    void onStatus(const SourceId &id, const SourceStatus &status);
    void update();
    // The resident loads of the watched logs, newest first, one per model.
    QList<ModelTableModel::LoggedLoad> residentLoads() const;
    // Other machines' models (vramscope hosts), each named for its host,
    // and their parts of those hosts' GPUs into byGpu.
    QList<RunningModel> hostModels(QHash<QString, QList<GpuOccupancy::ModelPart>> *byGpu) const;

    ModelTableModel *m_models;
    ProcessTableModel *m_processes;
    GpuOccupancy *m_occupancy;
    QList<SourceId> m_serverOrder;
    QHash<SourceId, OllamaSnapshot> m_servers;
    QList<SourceId> m_runnerOrder;
    QHash<SourceId, Runner> m_runners;
    QList<SourceId> m_logOrder;
    QHash<SourceId, ServerLogSnapshot> m_logs;
    QList<SourceId> m_hostOrder;
    QHash<SourceId, HostSnapshot> m_hosts;
};

} // namespace vramscope
