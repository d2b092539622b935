#pragma once

#include "backendmemory.h"
#include "deviceinfo.h"

#include <QAbstractTableModel>
#include <QHash>

namespace vramscope {

// One row per physical GPU across all sources (runners today; other kinds
// of source later). Holds raw values only: bytes as quint64, flags as bool;
// DeviceTableProxy turns them into text, colours and tooltips.
//
// A GPU reported by two sources, or by one source through two libraries
// (DeviceInfo::compare() is not Unique), is one row: the first sighting
// supplies the values and the others are noted. Each update merges by key,
// so selection and scroll survive polling. A poll that reports the same
// GPUs again (the usual case) only touches the rows its source supplies.
class DeviceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Source,
        Id,
        Library,
        Name,
        Description,
        PciId,
        Total,
        Used,
        Free,
        MinimumReserve,
        Compute,
        Driver,
        Integrated,
        FlashAttention,
        ModelWeights, // the breakdown from the BackendMemory in use, when known
        KvCache,
        ComputeGraph,
        OtherUsed, // used minus the known parts, once the model is resident
        ColumnCount
    };

    enum Role
    {
        StaleRole = Qt::UserRole + 1, // bool: the source's last round failed
        SimulatedRole,                // bool: the source is vramscope's demo runner
        RemoteRole,                   // bool: the source is not on this machine
        AlsoSeenRole,                 // QStringList: the other sightings of this GPU
        BreakdownKnownRole,           // bool: a BackendMemory covers this GPU
        RowKeyRole,                   // QString: stable identity of the row
    };

    // How a source is presented next to its devices.
    struct SourceInfo
    {
        QString label; // "127.0.0.1:40123"
        bool simulated = false;
        bool remote = false;
    };

    explicit DeviceTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void addSource(const QString &source, const SourceInfo &info);
    // Replaces what a source reports and merges the result into the rows.
    void setDevices(const QString &source, const QList<DeviceInfo> &devices);
    void removeSource(const QString &source);
    // Stale rows keep their last good values and are marked.
    void setStale(const QString &source, bool stale);
    // Whether the source's model is loaded, so that its memory is part of
    // "used" rather than still to come.
    void setModelResident(const QString &source, bool resident);
    // The breakdown (weights, KV cache, graph) to show per GPU, matched by
    // id and library; an empty BackendMemory clears it.
    void setMemory(const BackendMemory &memory);

    // An empty DeviceInfo for a row out of range.
    const DeviceInfo &device(int row) const;
    QString rowKey(int row) const;
    // The source whose sighting supplies the row's values.
    QString rowSource(int row) const;
    int rowOfKey(const QString &key) const;
    // What the row's breakdown columns hold, with the prospective part when
    // the model is not resident yet: the bytes still to come out of free.
    quint64 pendingBytes(int row) const;
    // One label per row for legends and bar categories: the device's name,
    // or "name · source" where another row has the same name (two hosts
    // each with a CUDA0), and the id too where even that is ambiguous.
    QStringList rowLabels() const;

private:
    struct Row
    {
        QString key;
        QString source;
        DeviceInfo device;
        QStringList alsoSeen;

        friend bool operator==(const Row &, const Row &) = default;
    };

    // Where one device of a source's report went: the row it belongs to,
    // and whether it is the sighting that supplies that row's values.
    struct Placement
    {
        QString rowKey;
        bool supplies = false;
    };
    using Placements = QHash<QString, QList<Placement>>;

    // Whether two reports name the same GPUs in the same order, so that the
    // rows (keys, grouping, "also seen" notes) stay as they are.
    static bool sameGpus(const QList<DeviceInfo> &a, const QList<DeviceInfo> &b);
    void updateValues(const QString &source);
    void rebuildRows();
    QList<Row> desiredRows(Placements *placements) const;
    void mergeRows(const QList<Row> &desired);
    void reindex();
    // One ranged dataChanged per run of consecutive rows.
    void emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn,
                         const QList<int> &roles = {});
    const DeviceMemory *breakdownOf(const DeviceInfo &device) const;
    QVariant rawValue(const Row &row, int column) const;
    void emitAllChanged();

    QStringList m_sourceOrder;
    QHash<QString, SourceInfo> m_sources;
    QHash<QString, QList<DeviceInfo>> m_sightings;
    QHash<QString, bool> m_stale;
    QHash<QString, bool> m_resident;
    BackendMemory m_memory;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfKey;
    Placements m_placements;
};

} // namespace vramscope
