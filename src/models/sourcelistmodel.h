#pragma once

#include "sourceactivity.h"
#include "sourceid.h"
#include "sourcestatus.h"

#include <QAbstractListModel>
#include <QTimer>

#include <optional>

namespace vramscope {

// The watched sources, one row each, of every kind: who they are, how they
// came to be watched, what the poller says of them (state, message, age of
// the last good data) and what they are doing (a model loading, with its
// progress).
class SourceListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // QString: SourceId::key()
        KindRole,                   // QString: the kind's name for people ("ollama runner")
        StateRole,                  // int: SourceState
        MessageRole,                // QString: what went wrong and where; empty when ok
        LastGoodRole,               // QDateTime (UTC) of the last good data; invalid before
        AgeRole,                    // qint64 seconds since the last good data; invalid before
        ActivityPhaseRole,          // int: SourceActivity::Phase; invalid before it is known
        ActivityTextRole,           // QString: the source's own word for it ("loading model")
        ProgressRole,               // double 0..1 while loading; invalid when not known
        IntervalRole,               // int: polling interval in ms
        SimulatedRole,              // bool: vramscope's demo
        DiscoveredRole,             // bool: found on this machine, not added by the user
        RemoteRole,                 // bool
    };

    // How a source came to be watched: what is saved, and what comes and goes by itself.
    enum class Origin
    {
        User,
        Discovered,
        Simulated,
    };

    struct Entry
    {
        SourceId id;
        QString label;
        QString kindName;
        Origin origin = Origin::User;
        bool remote = false;
        int intervalMs = 1000;
        SourceStatus status;
        std::optional<SourceActivity> activity;
    };

    // The age shown for stale data moves on by itself at this pace.
    static constexpr std::chrono::milliseconds AgeTick{1000};

    explicit SourceListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void addSource(const Entry &entry);
    void removeSource(const SourceId &id);
    void setStatus(const SourceId &id, const SourceStatus &status);
    void setActivity(const SourceId &id, const SourceActivity &activity);
    void setInterval(const SourceId &id, int intervalMs);

    int rowOf(const SourceId &id) const;
    const Entry &entry(int row) const { return m_entries.at(row); }
    const QList<Entry> &entries() const { return m_entries; }

private:
    // Rows whose age is shown (their data is stale) change every tick.
    void tickAges();

    QList<Entry> m_entries;
    QTimer m_ageTimer;
};

} // namespace vramscope
