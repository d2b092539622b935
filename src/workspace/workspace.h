#pragma once

#include "endpoint.h"
#include "savedsource.h"
#include "sourceid.h"
#include "sourcelistmodel.h"

#include <QObject>

#include <array>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace vramscope {

class DemoRunner;
class DeviceTableModel;
class EditorController;
class GpuOccupancy;
class LoadedModelsFeed;
class LocalDiscovery;
class MemoryHistory;
class Poller;
class ModelTableModel;
class PollerFeed;
class ProcessTableModel;
struct OllamaProcess;
class SourceKind;
class SourceRegistry;

// Everything the window shows, without the window: the sources of every
// kind and their poller, the models they feed, the demo, discovery of
// runners on this machine, and the layer editor's controller. The window
// (and a headless server) build on it; nothing here is a widget.
class Workspace : public QObject
{
    Q_OBJECT

public:
    using Origin = SourceListModel::Origin;

    // network is the application's shared manager; it must outlive this.
    explicit Workspace(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Workspace() override;

    const SourceRegistry &registry() const { return *m_registry; }

    // The source that addSource() (or replaceSource() of replacing) would
    // watch; nothing, with *error, when the kind is unknown, the address is
    // bad, or the source is watched already.
    std::optional<SourceId> checkSource(const QString &kind, const QString &address,
                                        bool allowRemote, const SourceId &replacing,
                                        QString *error) const;

    // Watches a source of a registered kind at the address given (checked
    // and written the kind's one way). False with *error when the kind is
    // unknown, the address is bad, or the source is watched already.
    bool addSource(const QString &kind, const QString &address, bool allowRemote,
                   std::chrono::milliseconds interval, Origin origin, QString *error,
                   SourceId *added = nullptr);
    // Replaces a source by another (the edit dialog). Checked like
    // addSource(); on failure the old one stays as it was.
    bool replaceSource(const SourceId &old, const QString &kind, const QString &address,
                       bool allowRemote, std::chrono::milliseconds interval, QString *error);
    // The demo's runners share one process: removing one stops the demo.
    void removeSource(const SourceId &id);
    void setInterval(const SourceId &id, std::chrono::milliseconds interval);
    bool hasSources() const;
    // What the user added, to be kept between sessions.
    QList<SavedSource> userSources() const;
    // Adds saved sources; those no longer valid are skipped, with why.
    QStringList restoreSources(const QList<SavedSource> &saved);

    // Watches this machine's GPUs through their drivers (a found source,
    // never saved) when a first look finds any; returns whether it did.
    // root stands for "/" (a test's tree).
    bool watchLocalGpus(const QString &root = QStringLiteral("/"));
    // Watches ollama's journal (a found source, never saved) when systemd
    // has an ollama unit; returns whether it did. root stands for "/".
    bool watchServerLog(const QString &root = QStringLiteral("/"));
    // Keeps looking for ollama on this machine (LocalDiscovery): the server,
    // its Go runners and llama-server runners; found ones come and go by
    // themselves and are never saved. procRoot: /proc, or a test's tree;
    // serverAddresses: where to try for a server no process explains.
    void startDiscovery(const QString &procRoot, const QList<Endpoint> &serverAddresses,
                        std::chrono::milliseconds interval = std::chrono::milliseconds(3000));
    // This machine's /proc, and the server at OLLAMA_HOST and 127.0.0.1:11434.
    void startDiscovery();

    void startDemo();
    void stopDemo();
    bool isDemoRunning() const;
    // The simulations: today's ollama (v0.30 on), then the Go-runner era.
    const std::array<DemoRunner *, 2> &demos() const { return m_demos; }

    Poller *poller() const { return m_poller; }
    DeviceTableModel *deviceModel() const { return m_deviceModel; }
    SourceListModel *sourceModel() const { return m_sourceModel; }
    MemoryHistory *history() const { return m_history.get(); }
    ProcessTableModel *processModel() const { return m_processModel; }
    ModelTableModel *modelTable() const { return m_modelTable; }
    GpuOccupancy *occupancy() const { return m_occupancy; }
    EditorController *editor() const { return m_editor; }
    LocalDiscovery *discovery() const { return m_discovery; }

signals:
    // A source was added or removed.
    void sourcesChanged();
    // New samples or markers are in the history.
    void historyChanged();
    // The demo could not start or stopped by itself: what happened.
    void demoFailed(const QString &message);
    void demoRunningChanged(bool running);

private:
    void onDemoStarted(DemoRunner *demo, const QString &kind, const Endpoint &endpoint,
                       const QString &modelPath);
    // The kind of source that watches a process found on this machine.
    static QString kindOf(const OllamaProcess &process);
    void onDiscovered(const OllamaProcess &process);
    void onVanished(const OllamaProcess &process);
    // Gives the editor its plan on the demo's launched runner, once.
    void planOnDemoRunner(const SourceId &id);

    std::unique_ptr<SourceRegistry> m_registry;
    Poller *m_poller;
    DeviceTableModel *m_deviceModel;
    SourceListModel *m_sourceModel;
    std::unique_ptr<MemoryHistory> m_history;
    ProcessTableModel *m_processModel;
    GpuOccupancy *m_occupancy;
    PollerFeed *m_feed;
    ModelTableModel *m_modelTable;
    LoadedModelsFeed *m_modelFeed;
    // Today's ollama, then the Go-runner era.
    std::array<DemoRunner *, 2> m_demos;
    LocalDiscovery *m_discovery = nullptr;
    EditorController *m_editor;
    QList<SourceId> m_demoSources;
    SourceId m_demoLaunchedRunner;
    bool m_demoPlanned = false;
};

} // namespace vramscope
