#include "workspace.h"

#include "demorunner.h"
#include "devicetablemodel.h"
#include "editorcontroller.h"
#include "endpoint.h"
#include "gpuoccupancy.h"
#include "layerassignmentmodel.h"
#include "llamaserversource.h"
#include "loadedmodelsfeed.h"
#include "localdiscovery.h"
#include "memoryhistory.h"
#include "modelstore.h"
#include "modeltablemodel.h"
#include "nativeprobesource.h"
#include "nvmllibrary.h"
#include "ollamadiscovery.h"
#include "ollamaserversource.h"
#include "poller.h"
#include "pollerfeed.h"
#include "processtablemodel.h"
#include "runnersource.h"
#include "serverlogsource.h"
#include "sourceregistry.h"

#include <QCoreApplication>

namespace vramscope {

Workspace::Workspace(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_registry(std::make_unique<SourceRegistry>(network)),
      m_poller(new Poller(this)), m_deviceModel(new DeviceTableModel(this)),
      m_sourceModel(new SourceListModel(this)), m_history(std::make_unique<MemoryHistory>()),
      m_processModel(new ProcessTableModel(this)), m_occupancy(new GpuOccupancy(this)),
      m_feed(new PollerFeed(m_poller, m_deviceModel, m_sourceModel, m_history.get(), m_processModel,
                            m_occupancy, this)),
      m_modelTable(new ModelTableModel(this)),
      m_modelFeed(new LoadedModelsFeed(m_poller, m_modelTable, m_processModel, m_occupancy, this)),
      m_demos{new DemoRunner(DemoRunner::Era::LlamaServer, this),
              new DemoRunner(DemoRunner::Era::GoRunner, this)},
      m_editor(new EditorController(m_poller, this))
{
    connect(m_feed, &PollerFeed::historyChanged, this, &Workspace::historyChanged);
    connect(m_editor, &EditorController::breakdownChanged, m_deviceModel,
            &DeviceTableModel::setMemory);
    for (DemoRunner *demo : m_demos) {
        connect(demo, &DemoRunner::serverStarted, this, [this, demo](const Endpoint &endpoint) {
            onDemoStarted(demo, QString(OllamaServerSource::Kind), endpoint, {});
        });
        connect(demo, &DemoRunner::started, this,
                [this, demo](const Endpoint &endpoint, const QString &modelPath) {
                    onDemoStarted(demo,
                                  demo->era() == DemoRunner::Era::GoRunner
                                      ? QString(RunnerSource::Kind)
                                      : QString(LlamaServerSource::Kind),
                                  endpoint, modelPath);
                });
        connect(demo, &DemoRunner::failed, this, [this](const QString &message) {
            // Half a demo is a confusing one: both go.
            stopDemo();
            emit demoFailed(message);
        });
    }
    connect(m_poller, &Poller::reported, this,
            [this](const SourceId &id) { planOnDemoRunner(id); });
}

Workspace::~Workspace() = default;

std::optional<SourceId> Workspace::checkSource(const QString &kind, const QString &address,
                                               bool allowRemote, const SourceId &replacing,
                                               QString *error) const
{
    const SourceKind *sourceKind = m_registry->kind(kind);
    if (!sourceKind) {
        if (error)
            *error = tr("unknown kind of source '%1'").arg(kind);
        return std::nullopt;
    }
    const std::optional<QString> canonical = sourceKind->parseAddress(address, allowRemote, error);
    if (!canonical)
        return std::nullopt;
    const SourceId id = sourceKind->idFor(*canonical);
    if (id != replacing && m_poller->contains(id)) {
        if (error)
            *error = tr("%1 is watched already").arg(*canonical);
        return std::nullopt;
    }
    return id;
}

bool Workspace::addSource(const QString &kind, const QString &address, bool allowRemote,
                          std::chrono::milliseconds interval, Origin origin, QString *error,
                          SourceId *added)
{
    const std::optional<SourceId> id = checkSource(kind, address, allowRemote, {}, error);
    if (!id)
        return false;
    const SourceKind *sourceKind = m_registry->kind(kind);
    std::unique_ptr<PollSource> source = sourceKind->create(id->address);
    SourceListModel::Entry entry;
    entry.id = *id;
    entry.label = source->label();
    entry.kindName = sourceKind->displayName();
    entry.origin = origin;
    entry.remote = source->isRemote();
    m_poller->addSource(std::move(source), interval);
    entry.intervalMs = int(m_poller->interval(*id).count());
    m_feed->addSource(entry);
    if (added)
        *added = *id;
    emit sourcesChanged();
    return true;
}

bool Workspace::replaceSource(const SourceId &old, const QString &kind, const QString &address,
                              bool allowRemote, std::chrono::milliseconds interval, QString *error)
{
    const int row = m_sourceModel->rowOf(old);
    if (row < 0) {
        if (error)
            *error = tr("%1 is not watched any more").arg(old.address);
        return false;
    }
    const std::optional<SourceId> id = checkSource(kind, address, allowRemote, old, error);
    if (!id)
        return false;
    if (*id == old) {
        setInterval(old, interval);
        return true;
    }
    // An edited source is the user's own from now on.
    removeSource(old);
    return addSource(kind, id->address, allowRemote, interval, Origin::User, error);
}

void Workspace::removeSource(const SourceId &id)
{
    if (!m_poller->contains(id))
        return;
    if (m_editor->followed() == id)
        m_editor->unfollow();
    m_feed->removeSource(id);
    m_modelFeed->removeSource(id);
    if (m_demoSources.contains(id))
        stopDemo();
    emit sourcesChanged();
}

void Workspace::setInterval(const SourceId &id, std::chrono::milliseconds interval)
{
    m_poller->setInterval(id, interval);
    m_sourceModel->setInterval(id, int(m_poller->interval(id).count()));
}

bool Workspace::hasSources() const
{
    return m_sourceModel->rowCount() > 0;
}

QList<SavedSource> Workspace::userSources() const
{
    QList<SavedSource> result;
    for (const SourceListModel::Entry &entry : m_sourceModel->entries()) {
        if (entry.origin != Origin::User)
            continue;
        const std::chrono::milliseconds own = m_poller->interval(entry.id);
        result.append({entry.id.kind, entry.id.address, entry.remote,
                       own == m_poller->defaultInterval() ? 0 : int(own.count())});
    }
    return result;
}

QStringList Workspace::restoreSources(const QList<SavedSource> &saved)
{
    QStringList problems;
    for (const SavedSource &source : saved) {
        QString error;
        if (!addSource(source.kind, source.address, source.allowRemote,
                       std::chrono::milliseconds(source.intervalMs), Origin::User, &error))
            problems.append(source.address + u": " + error);
    }
    return problems;
}

bool Workspace::watchLocalGpus(const QString &root)
{
    // A runner on a GPU is named by its model's blob, through the stores.
    QHash<QString, QString> names;
    for (const QString &store : m_editor->modelRoots()) {
        for (const StoredModel &model : ModelStore(store).models()) {
            if (!model.digest.isEmpty() && !names.contains(model.digest))
                names.insert(model.digest, model.name);
        }
    }
    m_processModel->setModelNames(names);
    // Without a GPU there is nothing to watch, and the window may offer
    // the demo instead.
    if (NativeProbe(root, NvmlLibrary::defaultPath()).probe().gpus.isEmpty())
        return false;
    return addSource(QString(NativeProbeSource::Kind), root, false, {}, Origin::Discovered,
                     nullptr);
}

bool Workspace::watchServerLog(const QString &root)
{
    if (ServerLogFollower::systemdUnitFile(root).isEmpty())
        return false;
    return addSource(QString(ServerLogSource::Kind), QString(ServerLogSource::Journal), false, {},
                     Origin::Discovered, nullptr);
}

void Workspace::startDiscovery(const QString &procRoot, const QList<Endpoint> &serverAddresses,
                               std::chrono::milliseconds interval)
{
    if (!m_discovery) {
        m_discovery = new LocalDiscovery(procRoot, serverAddresses, this);
        connect(m_discovery, &LocalDiscovery::appeared, this, &Workspace::onDiscovered);
        connect(m_discovery, &LocalDiscovery::disappeared, this, &Workspace::onVanished);
    }
    m_discovery->start(interval);
}

void Workspace::startDiscovery()
{
    // A value vramscope cannot use (https) leaves the default address.
    startDiscovery(QStringLiteral("/proc"),
                   OllamaDiscovery::serverCandidates(qEnvironmentVariable("OLLAMA_HOST"), {}));
}

QString Workspace::kindOf(const OllamaProcess &process)
{
    switch (process.kind) {
    case OllamaProcess::Kind::Server:
        return QString(OllamaServerSource::Kind);
    case OllamaProcess::Kind::GoRunner:
        return QString(RunnerSource::Kind);
    case OllamaProcess::Kind::LlamaServer:
        break;
    }
    return QString(LlamaServerSource::Kind);
}

void Workspace::onDiscovered(const OllamaProcess &process)
{
    // One the user added, or the demo's, is watched already and stays
    // theirs; one on another machine (OLLAMA_HOST) waits for the user's
    // leave to watch remote sources.
    SourceId id;
    if (!addSource(kindOf(process), process.endpoint.toString(), false, {}, Origin::Discovered,
                   nullptr, &id))
        id = {kindOf(process), process.endpoint.toString()};
    if (process.kind != OllamaProcess::Kind::Server && m_poller->contains(id))
        m_modelFeed->setRunnerProcess(id, process.pid, process.modelPath);
}

void Workspace::onVanished(const OllamaProcess &process)
{
    const SourceId id{kindOf(process), process.endpoint.toString()};
    const int row = m_sourceModel->rowOf(id);
    if (row >= 0 && m_sourceModel->entry(row).origin == Origin::Discovered)
        removeSource(id);
}

void Workspace::startDemo()
{
    if (isDemoRunning())
        return;
    m_demoPlanned = false;
    m_demoSources.clear();
    m_demoLaunchedRunner = {};
    for (DemoRunner *demo : m_demos)
        demo->start();
    emit demoRunningChanged(true);
}

void Workspace::stopDemo()
{
    const QList<SourceId> sources = std::exchange(m_demoSources, {});
    for (const SourceId &id : sources)
        removeSource(id);
    const bool wasRunning = isDemoRunning();
    for (DemoRunner *demo : m_demos)
        demo->stop();
    if (wasRunning || !sources.isEmpty())
        emit demoRunningChanged(false);
}

bool Workspace::isDemoRunning() const
{
    return std::any_of(m_demos.cbegin(), m_demos.cend(),
                       [](const DemoRunner *demo) { return demo->isRunning(); });
}

void Workspace::onDemoStarted(DemoRunner *demo, const QString &kind, const Endpoint &endpoint,
                              const QString &modelPath)
{
    SourceId id;
    if (!addSource(kind, endpoint.toString(), false, {}, Origin::Simulated, nullptr, &id))
        return;
    m_demoSources.append(id);
    if (kind != OllamaServerSource::Kind)
        m_modelFeed->setRunnerProcess(id, demo->processId(), modelPath);
    // The Go era's last runner stays launched: the one the editor plans on.
    if (kind == RunnerSource::Kind)
        m_demoLaunchedRunner = id;
}

void Workspace::planOnDemoRunner(const SourceId &id)
{
    // The demo's second runner stays launched: plan on it as ollama would, so
    // the editor and the bars show a real split from the first seconds.
    if (m_demoPlanned || !m_demoLaunchedRunner.isValid() || id != m_demoLaunchedRunner ||
        m_editor->model()->memory())
        return;
    const std::optional<SourceActivity> activity = m_poller->report(id).activity;
    if (!activity || activity->phase != SourceActivity::Phase::Idle ||
        m_poller->report(id).devices.value_or(QList<DeviceInfo>()).isEmpty())
        return;
    m_demoPlanned = true;
    m_editor->follow(id);
    m_editor->planOnRunner();
}

} // namespace vramscope
