#include "sourcelistmodel.h"

namespace vramscope {

namespace {

// States in which the last good data is shown with its age.
bool showsAge(const SourceStatus &status)
{
    return status.state != SourceState::Ok && status.state != SourceState::Connecting &&
           status.lastGood.isValid();
}

} // namespace

SourceListModel::SourceListModel(QObject *parent) : QAbstractListModel(parent)
{
    m_ageTimer.setInterval(AgeTick);
    connect(&m_ageTimer, &QTimer::timeout, this, &SourceListModel::tickAges);
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return entry.label;
    case KeyRole:
        return entry.id.key();
    case KindRole:
        return entry.kindName;
    case StateRole:
        return int(entry.status.state);
    case MessageRole:
        return entry.status.message;
    case LastGoodRole:
        return entry.status.lastGood;
    case AgeRole:
        if (const std::optional<qint64> age = entry.status.dataAgeMs())
            return *age / 1000;
        return {};
    case ActivityPhaseRole:
        return entry.activity ? QVariant(int(entry.activity->phase)) : QVariant();
    case ActivityTextRole:
        return entry.activity ? entry.activity->text : QString();
    case ProgressRole:
        if (entry.activity && entry.activity->progress)
            return *entry.activity->progress;
        return {};
    case IntervalRole:
        return entry.intervalMs;
    case SimulatedRole:
        return entry.origin == Origin::Simulated;
    case DiscoveredRole:
        return entry.origin == Origin::Discovered;
    case RemoteRole:
        return entry.remote;
    default:
        return {};
    }
}

void SourceListModel::addSource(const Entry &entry)
{
    if (rowOf(entry.id) >= 0)
        return;
    beginInsertRows({}, rowCount(), rowCount());
    m_entries.append(entry);
    endInsertRows();
}

void SourceListModel::removeSource(const SourceId &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void SourceListModel::setStatus(const SourceId &id, const SourceStatus &status)
{
    const int row = rowOf(id);
    if (row < 0 || m_entries[row].status == status)
        return;
    m_entries[row].status = status;
    emit dataChanged(index(row), index(row), {StateRole, MessageRole, LastGoodRole, AgeRole});
    if (showsAge(status) && !m_ageTimer.isActive())
        m_ageTimer.start();
}

void SourceListModel::setActivity(const SourceId &id, const SourceActivity &activity)
{
    const int row = rowOf(id);
    if (row < 0 || m_entries[row].activity == activity)
        return;
    m_entries[row].activity = activity;
    emit dataChanged(index(row), index(row), {ActivityPhaseRole, ActivityTextRole, ProgressRole});
}

void SourceListModel::setInterval(const SourceId &id, int intervalMs)
{
    const int row = rowOf(id);
    if (row < 0 || m_entries[row].intervalMs == intervalMs)
        return;
    m_entries[row].intervalMs = intervalMs;
    emit dataChanged(index(row), index(row), {IntervalRole});
}

int SourceListModel::rowOf(const SourceId &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].id == id)
            return row;
    }
    return -1;
}

void SourceListModel::tickAges()
{
    bool any = false;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (!showsAge(m_entries[row].status))
            continue;
        any = true;
        emit dataChanged(index(row), index(row), {AgeRole});
    }
    if (!any)
        m_ageTimer.stop();
}

} // namespace vramscope
