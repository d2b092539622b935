#include "loadedmodelsfeed.h"

#include "gpuoccupancy.h"
#include "llamaserversource.h"
#include "modelloadshare.h"
#include "modeltablemodel.h"
#include "ollamadiscovery.h"
#include "ollamaprocessscan.h"
#include "ollamaserversource.h"
#include "poller.h"
#include "processtablemodel.h"
#include "runnersource.h"

#include <QFileInfo>
#include <QSet>

namespace vramscope {

namespace {

ModelRunner::State stateOf(SourceActivity::Phase phase)
{
    switch (phase) {
    case SourceActivity::Phase::Loading:
        return ModelRunner::State::Loading;
    case SourceActivity::Phase::Ready:
        return ModelRunner::State::Ready;
    case SourceActivity::Phase::Busy:
        return ModelRunner::State::Busy;
    case SourceActivity::Phase::Idle:
    case SourceActivity::Phase::Failed:
        break;
    }
    return ModelRunner::State::Unknown;
}

bool isRunnerKind(const QString &kind)
{
    return kind == RunnerSource::Kind || kind == LlamaServerSource::Kind;
}

} // namespace

LoadedModelsFeed::LoadedModelsFeed(Poller *poller, ModelTableModel *models,
                                   ProcessTableModel *processes, GpuOccupancy *occupancy,
                                   QObject *parent)
    : QObject(parent), m_models(models), m_processes(processes), m_occupancy(occupancy)
{
    connect(poller, &Poller::reported, this, &LoadedModelsFeed::onReport);
    connect(poller, &Poller::statusChanged, this, &LoadedModelsFeed::onStatus);
}

void LoadedModelsFeed::setRunnerProcess(const SourceId &id, qint64 pid, const QString &modelPath)
{
    if (!m_runners.contains(id))
        m_runnerOrder.append(id);
    Runner &runner = m_runners[id];
    runner.pid = pid;
    if (!modelPath.isEmpty())
        runner.modelPath = modelPath;
    update();
}

void LoadedModelsFeed::removeSource(const SourceId &id)
{
    m_serverOrder.removeOne(id);
    m_runnerOrder.removeOne(id);
    m_logOrder.removeOne(id);
    m_hostOrder.removeOne(id);
    if (m_servers.remove(id) + m_runners.remove(id) + m_logs.remove(id) + m_hosts.remove(id) > 0)
        update();
}

void LoadedModelsFeed::onReport(const SourceId &id, const SourceReport &report)
{
    if (report.host) {
        if (!m_hosts.contains(id))
            m_hostOrder.append(id);
        m_hosts.insert(id, *report.host);
        update();
        return;
    }
    if (report.serverLog) {
        if (!m_logs.contains(id))
            m_logOrder.append(id);
        m_logs.insert(id, *report.serverLog);
        update();
        return;
    }
    if (report.ollama && id.kind == OllamaServerSource::Kind) {
        if (!m_servers.contains(id))
            m_serverOrder.append(id);
        m_servers.insert(id, *report.ollama);
        update();
        return;
    }
    if (!isRunnerKind(id.kind) || !(report.activity || report.llamaServer))
        return;
    if (!m_runners.contains(id))
        m_runnerOrder.append(id);
    Runner &runner = m_runners[id];
    if (report.activity) {
        runner.state = stateOf(report.activity->phase);
        // A llama-server serves its one model from the start; a Go runner
        // only once a load begins.
        runner.holdsModel = id.kind == LlamaServerSource::Kind || report.activity->holdsModel();
    }
    if (report.llamaServer && report.llamaServer->props &&
        !report.llamaServer->props->modelPath.isEmpty())
        runner.modelPath = report.llamaServer->props->modelPath;
    update();
}

void LoadedModelsFeed::onStatus(const SourceId &id, const SourceStatus &status)
{
    auto runner = m_runners.find(id);
    if (runner == m_runners.end() || status.state == SourceState::Ok ||
        status.state == SourceState::Connecting)
        return;
    // Not answering: what it does now is not known.
    runner->state = ModelRunner::State::Unknown;
    update();
}

void LoadedModelsFeed::update()
{
    QList<RunningModel> listed;
    // By the blob a runner loads (/api/show's FROM line): what the Processes table needs.
    QHash<QString, ProcessTableModel::ServerModel> byBlob;
    for (const SourceId &id : std::as_const(m_serverOrder)) {
        const OllamaSnapshot &snapshot = m_servers[id];
        listed += snapshot.models;
        for (const RunningModel &model : snapshot.models) {
            const QString blob = snapshot.facts.value(model.digest).blobDigest;
            if (!blob.isEmpty() && !byBlob.contains(blob))
                byBlob.insert(blob, {model.name, model.sizeVram});
        }
    }
    m_processes->setServerModels(byBlob);
    QList<ModelRunner> runners;
    for (const SourceId &id : std::as_const(m_runnerOrder)) {
        const Runner &runner = m_runners[id];
        if (!runner.holdsModel)
            continue;
        ModelRunner row;
        row.endpoint = Endpoint::parse(id.address, Endpoint::RemotePolicy::AllowRemote, nullptr)
                           .value_or(Endpoint());
        row.pid = runner.pid;
        row.modelPath = runner.modelPath;
        row.state = runner.state;
        const QString blob = OllamaProcessScan::blobDigest(runner.modelPath);
        for (const SourceId &server : std::as_const(m_serverOrder)) {
            row.modelDigest = OllamaDiscovery::modelDigestForBlob(blob, m_servers.value(server));
            if (!row.modelDigest.isEmpty())
                break;
        }
        runners.append(row);
    }
    QHash<QString, QList<GpuOccupancy::ModelPart>> byGpu;
    m_models->setServerModels(listed + hostModels(&byGpu));
    m_models->setRunners(runners);
    const QList<ModelTableModel::LoggedLoad> logged = residentLoads();
    m_models->setLoggedLoads(logged);
    // The bars: each GPU's resident models, found by the PCI address the
    // log's "inference compute" lines give each backend device.
    for (const ModelTableModel::LoggedLoad &load : logged) {
        for (const ModelLoadShare &share : load.shares) {
            if (share.pciId.isEmpty())
                continue;
            const auto bytes = [](const LoggedBytes &value) {
                return quint64(qMax<qint64>(0, value.bytes));
            };
            // llama.cpp's small output buffer is counted with the graph.
            byGpu[u"pci:" + share.pciId].append({load.name, bytes(share.weights),
                                                 bytes(share.kvCache),
                                                 bytes(share.graph) + bytes(share.other)});
        }
    }
    m_occupancy->setModels(byGpu);
}

QList<ModelTableModel::LoggedLoad> LoadedModelsFeed::residentLoads() const
{
    QList<ModelTableModel::LoggedLoad> loads;
    QSet<QString> models;
    for (const SourceId &id : m_logOrder) {
        const ServerLogSnapshot &log = m_logs[id];
        // Newest first: a model loaded again keeps its latest numbers.
        for (auto load = log.loads.crbegin(); load != log.loads.crend(); ++load) {
            ModelTableModel::LoggedLoad row;
            row.id = load->id;
            row.port = load->port;
            for (const SourceId &server : m_serverOrder) {
                const OllamaSnapshot &snapshot = m_servers[server];
                row.modelDigest = OllamaDiscovery::modelDigestForBlob(load->modelDigest, snapshot);
                row.name = OllamaDiscovery::modelNameForBlob(load->modelDigest, snapshot);
                if (!row.modelDigest.isEmpty())
                    break;
            }
            // At ollama's default log level only crashes say a runner
            // ended: a watched server's /api/ps decides what is resident.
            const bool resident = m_serverOrder.isEmpty() ? load->resident : !row.name.isEmpty();
            const QString model = load->modelDigest.isEmpty() ? load->modelPath : load->modelDigest;
            if (!resident || models.contains(model))
                continue;
            models.insert(model);
            if (row.name.isEmpty())
                row.name = load->modelDigest.isEmpty() ? QFileInfo(load->modelPath).fileName()
                                                       : u"sha256-" + load->modelDigest.left(12);
            row.shares = ModelLoadShare::of(*load, log);
            loads.append(row);
        }
    }
    return loads;
}

QList<RunningModel>
LoadedModelsFeed::hostModels(QHash<QString, QList<GpuOccupancy::ModelPart>> *byGpu) const
{
    QList<RunningModel> models;
    for (const SourceId &id : m_hostOrder) {
        const HostSnapshot &host = m_hosts[id];
        QHash<QString, QString> libraryOf;
        for (const HostSnapshot::Gpu &gpu : host.gpus)
            libraryOf.insert(gpu.gpu, gpu.library);
        for (const HostSnapshot::Model &model : host.models) {
            RunningModel row;
            //: A model on another machine: "qwen3:14b @ gpubox"
            row.name = tr("%1 @ %2").arg(model.name, host.host);
            row.model = row.name;
            // The same model on two hosts is two rows: its key is the host's too.
            row.digest = (model.digest.isEmpty() ? model.name : model.digest) + u'@' + id.address;
            quint64 onGpus = 0;
            for (const HostSnapshot::ModelShare &share : model.shares) {
                onGpus += share.weights + share.kvCache + share.graph;
                // The device table's key of a row without a PCI address
                // (VramscopeHostSource::devicesOf names the GPU so).
                const QString rowKey = u"id:" + id.key() + u'/' + libraryOf.value(share.gpu) +
                                       u'/' + id.address + u'/' + share.gpu;
                (*byGpu)[rowKey].append({row.name, share.weights, share.kvCache, share.graph});
            }
            row.size = model.size.value_or(onGpus);
            row.sizeVram = qMin(row.size, model.sizeVram.value_or(onGpus));
            models.append(row);
        }
    }
    return models;
}

} // namespace vramscope
