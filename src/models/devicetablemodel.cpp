#include "devicetablemodel.h"

#include "devicelist.h"

#include <algorithm>

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
        return d.usedMemory();
    case Free:
        return d.freeMemory;
    case MinimumReserve:
        return d.minimumMemory();
    case Compute:
        // A source that does not know it (the server log's older lines) says -1.
        return d.computeMajor < 0 ? QString() : d.compute();
    case Driver:
        return d.driverMajor < 0 ? QString() : d.driver();
    case Integrated:
        return d.integrated;
    case FlashAttention:
        return DeviceList::flashAttentionSupported({d});
    case ModelWeights:
    case KvCache:
    case ComputeGraph:
    case OtherUsed:
        break;
    case ColumnCount:
        return {};
    }
    const DeviceMemory *breakdown = breakdownOf(d);
    if (!breakdown)
        return {};
    switch (Column(column)) {
    case ModelWeights:
        return breakdown->weightsTotal();
    case KvCache:
        return breakdown->cacheTotal();
    case ComputeGraph:
        return breakdown->graph;
    default: {
        // Before the model is resident its parts are still to come, so all
        // of today's use is someone else's.
        const quint64 used = d.usedMemory();
        if (!m_resident.value(row.source))
            return used;
        const quint64 known = breakdown->size();
        return used > known ? used - known : quint64(0);
    }
    }
}

void DeviceTableModel::addSource(const QString &source, const SourceInfo &info)
{
    if (!m_sourceOrder.contains(source))
        m_sourceOrder.append(source);
    const auto known = m_sources.constFind(source);
    // The label is part of other rows' "also seen" notes.
    const bool relabelled = known != m_sources.constEnd() && known->label != info.label;
    m_sources.insert(source, info);
    if (relabelled)
        rebuildRows();
    emitAllChanged();
}

void DeviceTableModel::setDevices(const QString &source, const QList<DeviceInfo> &devices)
{
    if (!m_sourceOrder.contains(source)) {
        m_sourceOrder.append(source);
        m_sources.insert(source, {source, false, false});
    }
    const auto previous = m_sightings.find(source);
    if (previous != m_sightings.end() && sameGpus(*previous, devices)) {
        *previous = devices;
        updateValues(source);
        return;
    }
    m_sightings.insert(source, devices);
    rebuildRows();
}

void DeviceTableModel::removeSource(const QString &source)
{
    m_sourceOrder.removeAll(source);
    m_sources.remove(source);
    m_sightings.remove(source);
    m_stale.remove(source);
    m_resident.remove(source);
    rebuildRows();
}

void DeviceTableModel::setStale(const QString &source, bool stale)
{
    if (m_stale.value(source) == stale)
        return;
    m_stale.insert(source, stale);
    QList<int> rows;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].source == source)
            rows.append(row);
    }
    emitRowsChanged(rows, 0, ColumnCount - 1, {StaleRole});
}

void DeviceTableModel::setModelResident(const QString &source, bool resident)
{
    if (m_resident.value(source) == resident)
        return;
    m_resident.insert(source, resident);
    QList<int> rows;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].source == source)
            rows.append(row);
    }
    emitRowsChanged(rows, OtherUsed, OtherUsed);
}

void DeviceTableModel::setMemory(const BackendMemory &memory)
{
    // The editor sends its split's breakdown on every poll; most are the same.
    if (m_memory == memory)
        return;
    m_memory = memory;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ModelWeights), index(rowCount() - 1, OtherUsed));
}

const DeviceInfo &DeviceTableModel::device(int row) const
{
    static const DeviceInfo none;
    return row >= 0 && row < m_rows.size() ? m_rows[row].device : none;
}

QString DeviceTableModel::rowKey(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].key : QString();
}

QString DeviceTableModel::rowSource(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].source : QString();
}

int DeviceTableModel::rowOfKey(const QString &key) const
{
    return m_rowOfKey.value(key, -1);
}

quint64 DeviceTableModel::pendingBytes(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_resident.value(m_rows[row].source))
        return 0;
    const DeviceMemory *breakdown = breakdownOf(m_rows[row].device);
    return breakdown ? breakdown->size() : 0;
}

QStringList DeviceTableModel::rowLabels() const
{
    // Each pass widens only the labels that are still ambiguous.
    auto widenDuplicates = [](QStringList &labels, auto suffix) {
        QHash<QString, int> uses;
        for (const QString &label : std::as_const(labels))
            ++uses[label];
        for (int row = 0; row < labels.size(); ++row) {
            if (uses.value(labels[row]) > 1)
                labels[row] += u" · " + suffix(row);
        }
    };
    QStringList labels;
    labels.reserve(m_rows.size());
    for (const Row &row : m_rows)
        labels.append(row.device.name);
    widenDuplicates(
        labels, [this](int row) -> QString { return m_sources.value(m_rows[row].source).label; });
    widenDuplicates(labels, [this](int row) -> QString {
        const DeviceId &id = m_rows[row].device.deviceId;
        return id.library + u' ' + id.id;
    });
    return labels;
}

const DeviceMemory *DeviceTableModel::breakdownOf(const DeviceInfo &device) const
{
    for (const DeviceMemory &gpu : m_memory.gpus) {
        if (gpu.deviceId == device.deviceId)
            return &gpu;
    }
    return nullptr;
}

bool DeviceTableModel::sameGpus(const QList<DeviceInfo> &a, const QList<DeviceInfo> &b)
{
    // What desiredRows() groups and notes by: the PCI id, the id + library,
    // and the name in "also seen".
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const DeviceInfo &x, const DeviceInfo &y) {
                          return x.pciId == y.pciId && x.deviceId == y.deviceId && x.name == y.name;
                      });
}

void DeviceTableModel::updateValues(const QString &source)
{
    const QList<DeviceInfo> &devices = m_sightings[source];
    const QList<Placement> &placements = m_placements[source];
    QList<int> changed;
    for (qsizetype i = 0; i < devices.size() && i < placements.size(); ++i) {
        if (!placements[i].supplies)
            continue;
        const int row = rowOfKey(placements[i].rowKey);
        if (row < 0 || m_rows[row].device == devices[i])
            continue;
        m_rows[row].device = devices[i];
        changed.append(row);
    }
    emitRowsChanged(changed, 0, ColumnCount - 1);
}

void DeviceTableModel::rebuildRows()
{
    Placements placements;
    const QList<Row> desired = desiredRows(&placements);
    m_placements = placements;
    mergeRows(desired);
}

QList<DeviceTableModel::Row> DeviceTableModel::desiredRows(Placements *placements) const
{
    QList<Row> rows;
    // DeviceInfo::compare() is not Unique exactly when the PCI ids are equal
    // and, without one, the ids and libraries are too: these index the rows
    // so far by that identity.
    QHash<QString, qsizetype> byPciId;
    QHash<QString, QHash<QString, qsizetype>> byLibraryAndId;
    for (const QString &source : m_sourceOrder) {
        const QString label = m_sources.value(source).label;
        QList<Placement> &placed = (*placements)[source];
        for (const DeviceInfo &device : m_sightings.value(source)) {
            const bool byPci = !device.pciId.isEmpty();
            QHash<QString, qsizetype> &seenRows =
                byPci ? byPciId : byLibraryAndId[device.deviceId.library];
            const QString &identity = byPci ? device.pciId : device.deviceId.id;
            const auto seen = seenRows.constFind(identity);
            if (seen != seenRows.constEnd()) {
                rows[*seen].alsoSeen.append(device.name + u" (" + device.deviceId.library +
                                            u") @ " + label);
                placed.append({rows[*seen].key, false});
                continue;
            }
            // The PCI id names the physical GPU across sources and
            // libraries; without one, only the source's own id does.
            const QString key = byPci ? QString(u"pci:" + device.pciId)
                                      : QString(u"id:" + source + u'/' + device.deviceId.library +
                                                u'/' + device.deviceId.id);
            seenRows.insert(identity, rows.size());
            rows.append({key, source, device, {}});
            placed.append({key, true});
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
        reindex();
        endRemoveRows();
        row = first - 1;
    }

    // Update the rows that stay.
    QSet<QString> present;
    QList<int> changed;
    for (int row = 0; row < m_rows.size(); ++row) {
        present.insert(m_rows[row].key);
        const Row &target = desired[wanted.value(m_rows[row].key)];
        if (m_rows[row] == target)
            continue;
        m_rows[row] = target;
        changed.append(row);
    }
    emitRowsChanged(changed, 0, ColumnCount - 1);

    // Append new rows; the proxy decides the order users see.
    QList<Row> added;
    for (const Row &row : desired) {
        if (!present.contains(row.key))
            added.append(row);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows.append(added);
        reindex();
        endInsertRows();
    }
}

void DeviceTableModel::reindex()
{
    m_rowOfKey.clear();
    m_rowOfKey.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfKey.insert(m_rows[row].key, row);
}

void DeviceTableModel::emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn,
                                       const QList<int> &roles)
{
    std::sort(rows.begin(), rows.end());
    for (qsizetype first = 0; first < rows.size();) {
        qsizetype last = first;
        while (last + 1 < rows.size() && rows[last + 1] == rows[last] + 1)
            ++last;
        emit dataChanged(index(rows[first], firstColumn), index(rows[last], lastColumn), roles);
        first = last + 1;
    }
}

void DeviceTableModel::emitAllChanged()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace vramscope
