#include "endpointlistmodel.h"

namespace vramscope {

EndpointListModel::EndpointListModel(QObject *parent) : QAbstractListModel(parent) {}

int EndpointListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant EndpointListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return entry.label;
    case KeyRole:
        return entry.key;
    case StateRole:
        return int(entry.status.state);
    case MessageRole:
        return entry.status.message;
    case LastGoodRole:
        return entry.status.lastGood;
    case HealthStatusRole:
        return entry.health ? QVariant(int(entry.health->status)) : QVariant();
    case ProgressRole:
        return entry.health ? double(entry.health->progress) : 0.0;
    case IntervalRole:
        return entry.intervalMs;
    case SimulatedRole:
        return entry.simulated;
    case RemoteRole:
        return entry.remote;
    default:
        return {};
    }
}

void EndpointListModel::addEndpoint(const Entry &entry)
{
    if (rowOf(entry.key) >= 0)
        return;
    beginInsertRows({}, rowCount(), rowCount());
    m_entries.append(entry);
    endInsertRows();
}

void EndpointListModel::removeEndpoint(const QString &key)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void EndpointListModel::setStatus(const QString &key, const EndpointStatus &status)
{
    const int row = rowOf(key);
    if (row < 0 || m_entries[row].status == status)
        return;
    m_entries[row].status = status;
    emit dataChanged(index(row), index(row), {StateRole, MessageRole, LastGoodRole});
}

void EndpointListModel::setHealth(const QString &key, const RunnerHealth &health)
{
    const int row = rowOf(key);
    if (row < 0 || m_entries[row].health == health)
        return;
    m_entries[row].health = health;
    emit dataChanged(index(row), index(row), {HealthStatusRole, ProgressRole});
}

void EndpointListModel::setInterval(const QString &key, int intervalMs)
{
    const int row = rowOf(key);
    if (row < 0 || m_entries[row].intervalMs == intervalMs)
        return;
    m_entries[row].intervalMs = intervalMs;
    emit dataChanged(index(row), index(row), {IntervalRole});
}

int EndpointListModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].key == key)
            return row;
    }
    return -1;
}

} // namespace vramscope
