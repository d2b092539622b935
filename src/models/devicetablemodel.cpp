#include "devicetablemodel.h"

#include "devicelist.h"

namespace vramscope {

DeviceTableModel::DeviceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Source:
        return tr("Endpoint");
    case Id:
        return tr("ID");
    case Library:
        return tr("Library");
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case PciId:
        return tr("PCI ID");
    case Total:
        return tr("Total");
    case Used:
        return tr("Used");
    case Free:
        return tr("Free");
    case MinimumReserve:
        return tr("Reserve");
    case Compute:
        return tr("Compute");
    case Driver:
        return tr("Driver");
    case Integrated:
        return tr("Integrated");
    case FlashAttention:
        return tr("Flash attention");
    case ModelWeights:
        return tr("Weights");
    case KvCache:
        return tr("KV cache");
    case ComputeGraph:
        return tr("Graph");
    case OtherUsed:
        return tr("Other used");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return rawValue(row, index.column());
    case StaleRole:
        return m_stale.value(row.source);
    case SimulatedRole:
        return m_sources.value(row.source).simulated;
    case RemoteRole:
        return m_sources.value(row.source).remote;
    case AlsoSeenRole:
        return row.alsoSeen;
    case BreakdownKnownRole:
        return breakdownOf(row.device) != nullptr;
    case RowKeyRole:
        return row.key;
    default:
        return {};
    }
}

QVariant DeviceTableModel::rawValue(const Row &row, int column) const
{
    const DeviceInfo &d = row.device;
    const quint64 used = d.totalMemory > d.freeMemory ? d.totalMemory - d.freeMemory : 0;
    const DeviceMemory *breakdown = breakdownOf(d);
    switch (Column(column)) {
    case Source:
        return m_sources.value(row.source).label;
    case Id:
        return d.deviceId.id;
    case Library:
        return d.deviceId.library;
    case Name:
        return d.name;
    case Description:
        return d.description;
    case PciId:
        return d.pciId;
    case Total:
        return d.totalMemory;
    case Used:
        return used;
    case Free:
        return d.freeMemory;
    case MinimumReserve:
        return d.minimumMemory();
    case Compute:
        return d.compute();
    case Driver:
        return d.driver();
    case Integrated:
        return d.integrated;
    case FlashAttention:
        return DeviceList::flashAttentionSupported({d});
    case ModelWeights:
        return breakdown ? QVariant(breakdown->weightsTotal()) : QVariant();
    case KvCache:
        return breakdown ? QVariant(breakdown->cacheTotal()) : QVariant();
    case ComputeGraph:
        return breakdown ? QVariant(breakdown->graph) : QVariant();
    case OtherUsed: {
        if (!breakdown)
            return {};
        // Before the model is resident its parts are still to come, so all
        // of today's use is someone else's.
        if (!m_resident.value(row.source))
            return used;
        const quint64 known = breakdown->size();
        return used > known ? used - known : quint64(0);
    }
    case ColumnCount:
        break;
    }
    return {};
}

void DeviceTableModel::addSource(const QString &source, const SourceInfo &info)
{
    if (!m_sourceOrder.contains(source))
        m_sourceOrder.append(source);
    m_sources.insert(source, info);
    emitAllChanged();
}

void DeviceTableModel::setDevices(const QString &source, const QList<DeviceInfo> &devices)
{
    if (!m_sourceOrder.contains(source)) {
        m_sourceOrder.append(source);
        m_sources.insert(source, {source, false, false});
    }
    m_sightings.insert(source, devices);
    mergeRows(desiredRows());
}

void DeviceTableModel::removeSource(const QString &source)
{
    m_sourceOrder.removeAll(source);
    m_sources.remove(source);
    m_sightings.remove(source);
    m_stale.remove(source);
    m_resident.remove(source);
    mergeRows(desiredRows());
}

void DeviceTableModel::setStale(const QString &source, bool stale)
{
    if (m_stale.value(source) == stale)
        return;
    m_stale.insert(source, stale);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].source == source)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {StaleRole});
    }
}

void DeviceTableModel::setModelResident(const QString &source, bool resident)
{
    if (m_resident.value(source) == resident)
        return;
    m_resident.insert(source, resident);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].source == source)
            emit dataChanged(index(row, OtherUsed), index(row, OtherUsed));
    }
}

void DeviceTableModel::setMemory(const BackendMemory &memory)
{
    m_memory = memory;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ModelWeights), index(rowCount() - 1, OtherUsed));
}

DeviceInfo DeviceTableModel::device(int row) const
{
    return m_rows.value(row).device;
}

QString DeviceTableModel::rowKey(int row) const
{
    return m_rows.value(row).key;
}

QString DeviceTableModel::rowSource(int row) const
{
    return m_rows.value(row).source;
}

int DeviceTableModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].key == key)
            return row;
    }
    return -1;
}

quint64 DeviceTableModel::pendingBytes(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_resident.value(m_rows[row].source))
        return 0;
    const DeviceMemory *breakdown = breakdownOf(m_rows[row].device);
    return breakdown ? breakdown->size() : 0;
}

const DeviceMemory *DeviceTableModel::breakdownOf(const DeviceInfo &device) const
{
    for (const DeviceMemory &gpu : m_memory.gpus) {
        if (gpu.deviceId == device.deviceId)
            return &gpu;
    }
    return nullptr;
}

QList<DeviceTableModel::Row> DeviceTableModel::desiredRows() const
{
    QList<Row> rows;
    for (const QString &source : m_sourceOrder) {
        const QString label = m_sources.value(source).label;
        for (const DeviceInfo &device : m_sightings.value(source)) {
            auto same = std::find_if(rows.begin(), rows.end(), [&device](const Row &row) {
                return row.device.compare(device) != DeviceComparison::Unique;
            });
            if (same != rows.end()) {
                same->alsoSeen.append(device.name + u" (" + device.deviceId.library + u") @ " +
                                      label);
                continue;
            }
            // The PCI id names the physical GPU across sources and
            // libraries; without one, only the source's own id does.
            const QString key = device.pciId.isEmpty()
                                    ? QString(u"id:" + source + u'/' + device.deviceId.library +
                                              u'/' + device.deviceId.id)
                                    : QString(u"pci:" + device.pciId);
            rows.append({key, source, device, {}});
        }
    }
    return rows;
}

void DeviceTableModel::mergeRows(const QList<Row> &desired)
{
    QHash<QString, qsizetype> wanted;
    for (qsizetype i = 0; i < desired.size(); ++i)
        wanted.insert(desired[i].key, i);

    // Remove rows that are gone, bottom up, one call per contiguous span.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (wanted.contains(m_rows[row].key)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !wanted.contains(m_rows[first - 1].key))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // Update the rows that stay, one ranged dataChanged per changed span.
    QSet<QString> present;
    for (int row = 0; row < m_rows.size();) {
        present.insert(m_rows[row].key);
        const Row &target = desired[wanted.value(m_rows[row].key)];
        if (m_rows[row] == target) {
            ++row;
            continue;
        }
        int last = row;
        m_rows[row] = target;
        while (last + 1 < m_rows.size()) {
            const Row &next = desired[wanted.value(m_rows[last + 1].key)];
            if (m_rows[last + 1] == next)
                break;
            m_rows[++last] = next;
            present.insert(next.key);
        }
        emit dataChanged(index(row, 0), index(last, ColumnCount - 1));
        row = last + 1;
    }

    // Append new rows; the proxy decides the order users see.
    QList<Row> added;
    for (const Row &row : desired) {
        if (!present.contains(row.key))
            added.append(row);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows.append(added);
        endInsertRows();
    }
}

void DeviceTableModel::emitAllChanged()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace vramscope
