#pragma once

#include "endpointstatus.h"
#include "runnerhealth.h"

#include <QAbstractListModel>

#include <optional>

namespace vramscope {

// The watched sources, one row each: what the poller says of them (state,
// message, age of the last good data) and the runner's load progress.
class EndpointListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // QString: the source's key
        StateRole,                  // int: EndpointState
        MessageRole,                // QString: what went wrong and where; empty when ok
        LastGoodRole,               // QDateTime (UTC) of the last good data; invalid before
        HealthStatusRole,           // int: RunnerHealth::Status; invalid before the first /health
        ProgressRole,               // double 0..1 while loading
        IntervalRole,               // int: polling interval in ms
        SimulatedRole,              // bool
        RemoteRole,                 // bool
    };

    struct Entry
    {
        QString key;
        QString label;
        int intervalMs = 1000;
        bool simulated = false;
        bool remote = false;
        EndpointStatus status;
        std::optional<RunnerHealth> health;
    };

    explicit EndpointListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void addEndpoint(const Entry &entry);
    void removeEndpoint(const QString &key);
    void setStatus(const QString &key, const EndpointStatus &status);
    void setHealth(const QString &key, const RunnerHealth &health);
    void setInterval(const QString &key, int intervalMs);

    int rowOf(const QString &key) const;
    Entry entry(int row) const { return m_entries.value(row); }
    QList<Entry> entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
};

} // namespace vramscope
