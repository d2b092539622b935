#include "layerassignmentmodel.h"

#include "saturating.h"

#include "assignlayerscommand.h"
#include "layerranges.h"
#include "layoutplanner.h"
#include "llamaserverplanner.h"
#include "replacesplitcommand.h"

#include <QUndoStack>

#include <algorithm>
#include <limits>

namespace vramscope {

namespace {

bool sameIds(const QList<DeviceInfo> &a, const QList<DeviceInfo> &b)
{
    return std::equal(
        a.begin(), a.end(), b.begin(), b.end(),
        [](const DeviceInfo &x, const DeviceInfo &y) { return x.deviceId == y.deviceId; });
}

// The layer count a report fixes, or why vramscope will not take it.
std::optional<int> reportedLayerCount(const BackendMemory &memory, QString *error)
{
    const qsizetype count = memory.cpu.weights.size();
    if (count > LayerAssignmentModel::MaxLayers) {
        if (error)
            *error = LayerAssignmentModel::tr("The memory report lists %1 layers; vramscope "
                                              "edits at most %2.")
                         .arg(count)
                         .arg(LayerAssignmentModel::MaxLayers);
        return std::nullopt;
    }
    return int(count);
}

} // namespace

LayerAssignmentModel::LayerAssignmentModel(QObject *parent)
    : QAbstractTableModel(parent), m_undoStack(new QUndoStack(this))
{
    recomputeFit();
}

LayerAssignmentModel::~LayerAssignmentModel() = default;

int LayerAssignmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_split.layerCount();
}

int LayerAssignmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LayerAssignmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int layer = index.row();
    const int owner = m_split.owner(layer);
    if (role == DeviceIndexRole)
        return owner;
    if (role == Qt::EditRole && index.column() == DeviceColumn)
        return owner;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (Column(index.column())) {
    case LayerColumn:
        return layer;
    case DeviceColumn:
        return deviceName(owner);
    case WeightsColumn:
        return qulonglong(m_fit.layerWeights.value(layer));
    case CacheColumn:
        return qulonglong(m_fit.layerCache.value(layer));
    case SizeColumn: {
        const quint64 weights = m_fit.layerWeights.value(layer);
        const quint64 cache = m_fit.layerCache.value(layer);
        return qulonglong(saturatingAdd(weights, cache));
    }
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant LayerAssignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LayerColumn:
        return tr("Layer");
    case DeviceColumn:
        return tr("Device");
    case WeightsColumn:
        return tr("Weights");
    case CacheColumn:
        return tr("KV cache");
    case SizeColumn:
        return tr("Size");
    case ColumnCount:
        break;
    }
    return QVariant();
}

Qt::ItemFlags LayerAssignmentModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == DeviceColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

bool LayerAssignmentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != DeviceColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const int device = value.toInt(&ok);
    return ok && assign({index.row()}, device, nullptr);
}

void LayerAssignmentModel::setDevices(const QList<DeviceInfo> &devices)
{
    if (sameIds(devices, m_devices)) {
        const bool renamed =
            !std::equal(devices.begin(), devices.end(), m_devices.begin(), m_devices.end(),
                        [](const DeviceInfo &a, const DeviceInfo &b) { return a.name == b.name; });
        m_devices = devices;
        recomputeFit();
        if (renamed)
            emitRowsChanged(0, layerCount() - 1, DeviceColumn, DeviceColumn);
        emit inputChanged();
        emit fitChanged();
        return;
    }
    // Layers follow their device to its new place; a device that is gone
    // leaves its layers on the CPU.
    QList<int> newIndex;
    for (const DeviceInfo &old : m_devices) {
        int found = LayerSplit::Cpu;
        for (int i = 0; i < devices.size(); ++i) {
            if (devices[i].deviceId == old.deviceId) {
                found = i;
                break;
            }
        }
        newIndex.append(found);
    }
    m_devices = devices;
    m_undoStack->clear();
    m_split = m_split.remapped(newIndex);
    recomputeFit();
    emitRowsChanged(0, layerCount() - 1, 0, ColumnCount - 1);
    emit inputChanged();
    emit splitChanged();
    emit fitChanged();
}

bool LayerAssignmentModel::setMemory(const std::optional<BackendMemory> &memory, QString *error)
{
    std::optional<int> count = layerCount();
    if (memory) {
        count = reportedLayerCount(*memory, error);
        if (!count)
            return false;
    }
    m_memory = memory;
    const bool resized = *count != layerCount();
    if (resized) {
        m_undoStack->clear();
        LayerSplit split = m_split;
        split.resize(*count);
        setSplitRows(split);
    } else {
        recomputeFit();
    }
    emitRowsChanged(0, layerCount() - 1, WeightsColumn, SizeColumn);
    emit inputChanged();
    if (resized)
        emit splitChanged();
    emit fitChanged();
    return true;
}

void LayerAssignmentModel::setSystem(const SystemInfo &system)
{
    m_system = system;
    recomputeFit();
    emit inputChanged();
    emit fitChanged();
}

void LayerAssignmentModel::setSettings(const LayoutSettings &settings)
{
    m_settings = settings;
    recomputeFit();
    emit inputChanged();
    emit fitChanged();
}

bool LayerAssignmentModel::reset(const QList<DeviceInfo> &devices,
                                 const std::optional<BackendMemory> &memory,
                                 const SystemInfo &system, const LayoutSettings &settings,
                                 int layerCount, const GpuLayersList &split, QString *error)
{
    if (memory) {
        const std::optional<int> reported = reportedLayerCount(*memory, error);
        if (!reported)
            return false;
        if (*reported != layerCount) {
            if (error)
                *error = tr("The plan says %1 layers, its memory report %2.")
                             .arg(layerCount)
                             .arg(*reported);
            return false;
        }
    } else if (layerCount < 0 || layerCount > MaxLayers) {
        if (error)
            *error = tr("A layer count from 0 to %1 was expected, not %2.")
                         .arg(MaxLayers)
                         .arg(layerCount);
        return false;
    }
    const std::optional<LayerSplit> layers =
        LayerSplit::fromGpuLayers(split, devices, layerCount, error);
    if (!layers)
        return false;
    beginResetModel();
    m_devices = devices;
    m_memory = memory;
    m_system = system;
    m_settings = settings;
    m_split = *layers;
    m_undoStack->clear();
    recomputeFit();
    endResetModel();
    emit inputChanged();
    emit splitChanged();
    emit fitChanged();
    return true;
}

GpuLayersList LayerAssignmentModel::gpuLayers() const
{
    return m_split.toGpuLayers(m_devices);
}

QString LayerAssignmentModel::deviceName(int device) const
{
    if (device == LayerSplit::Cpu)
        return tr("CPU");
    const DeviceInfo info = m_devices.value(device);
    return info.name.isEmpty() ? info.deviceId.id : info.name;
}

bool LayerAssignmentModel::assign(const QList<int> &layers, int device, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (device != LayerSplit::Cpu && (device < 0 || device >= m_devices.size()))
        return fail(tr("There is no device %1: the devices are numbered 0 to %2.")
                        .arg(device)
                        .arg(m_devices.size() - 1));
    if (layers.isEmpty())
        return fail(tr("No layers are selected."));
    for (int layer : layers) {
        if (layer < 0 || layer >= layerCount())
            return fail(tr("Layer %1 is not in the model (layers 0 to %2).")
                            .arg(layer)
                            .arg(layerCount() - 1));
    }
    LayerSplit after = m_split;
    after.assign(layers, device);
    if (after == m_split)
        return true;
    m_undoStack->push(new AssignLayersCommand(
        this, layers, device,
        tr("Assign layers %1 to %2").arg(LayerRanges::format(layers), deviceName(device))));
    return true;
}

bool LayerAssignmentModel::setDeviceLayers(int device, const QString &ranges, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (device < 0 || device >= m_devices.size())
        return fail(tr("There is no device %1.").arg(device));
    QString parseError;
    const std::optional<QList<int>> layers = LayerRanges::parse(ranges, layerCount(), &parseError);
    if (!layers)
        return fail(tr("Not a set of layers: %1.").arg(parseError));
    QList<int> taken;
    QStringList holders;
    for (int layer : *layers) {
        const int owner = m_split.owner(layer);
        if (owner != LayerSplit::Cpu && owner != device) {
            taken.append(layer);
            if (!holders.contains(deviceName(owner)))
                holders.append(deviceName(owner));
        }
    }
    if (taken.size() == 1)
        return fail(tr("Layer %1 is on %2 already; a layer goes on one device only. Take it off "
                       "there first, or drag it over.")
                        .arg(QString::number(taken.first()), holders.first()));
    if (!taken.isEmpty())
        return fail(tr("Layers %1 are on %2 already; a layer goes on one device only. Take them "
                       "off there first, or drag them over.")
                        .arg(LayerRanges::format(taken), holders.join(QStringLiteral(", "))));
    LayerSplit after = m_split;
    after.setLayersOf(device, *layers);
    if (after != m_split) {
        pushSplit(after, tr("Set the layers of %1 to %2")
                             .arg(deviceName(device),
                                  layers->isEmpty() ? tr("none") : LayerRanges::format(*layers)));
    }
    return true;
}

bool LayerAssignmentModel::pasteGpuLayers(const QString &text, QString *error)
{
    QString parseError;
    const std::optional<GpuLayersList> list = GpuLayersList::fromString(text, &parseError);
    if (!list) {
        if (error)
            *error = tr("Not a GPULayers list: %1.").arg(parseError);
        return false;
    }
    int count = layerCount();
    if (!m_memory) {
        for (const GpuLayers &group : list->groups) {
            for (int layer : group.layers)
                count = qMax(count, qMin(layer, MaxLayers) + 1);
        }
    }
    const std::optional<LayerSplit> split =
        LayerSplit::fromGpuLayers(*list, m_devices, count, error);
    if (!split)
        return false;
    if (*split != m_split)
        pushSplit(*split, tr("Paste split %1").arg(list->toString()));
    return true;
}

bool LayerAssignmentModel::setLayerCount(int count, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_memory)
        return fail(tr("The memory report fixes the layer count at %1.").arg(layerCount()));
    if (count < 0 || count > MaxLayers)
        return fail(
            tr("A layer count from 0 to %1 was expected, not %2.").arg(MaxLayers).arg(count));
    LayerSplit after = m_split;
    after.resize(count);
    if (after != m_split)
        pushSplit(after, tr("Set the layer count to %1").arg(count));
    return true;
}

std::optional<LayoutPlan> LayerAssignmentModel::planLikeOllama(QString *error)
{
    if (!m_memory) {
        if (error)
            *error = tr("ollama plans from a runner's memory report: open one, or fit on a "
                        "runner first.");
        return std::nullopt;
    }
    const LayoutPlan plan = LayoutPlanner::plan(m_devices, *m_memory, m_system, m_settings);
    const std::optional<LayerSplit> split =
        LayerSplit::fromGpuLayers(plan.gpuLayers, m_devices, layerCount(), error);
    if (!split)
        return std::nullopt;
    if (*split != m_split)
        pushSplit(*split, tr("Plan like ollama"));
    return plan;
}

std::optional<LlamaServerPlan>
LayerAssignmentModel::planLikeLlamaServer(const LlamaServerModel &model, QString *error)
{
    const LlamaServerPlan plan =
        LlamaServerPlanner::plan(m_devices, model, m_system, m_settings.llamaServer());
    const std::optional<LayerSplit> split =
        LayerSplit::fromGpuLayers(plan.gpuLayers, m_devices, layerCount(), error);
    if (!split)
        return std::nullopt;
    if (*split != m_split)
        pushSplit(*split, tr("Plan like ollama"));
    return plan;
}

void LayerAssignmentModel::applySplit(const LayerSplit &split)
{
    setSplitRows(split);
    emit splitChanged();
    emit fitChanged();
}

void LayerAssignmentModel::setSplitRows(const LayerSplit &split)
{
    const LayerSplit old = m_split;
    const int oldCount = old.layerCount();
    const int newCount = split.layerCount();
    if (newCount > oldCount) {
        beginInsertRows(QModelIndex(), oldCount, newCount - 1);
        m_split = split;
        recomputeFit();
        endInsertRows();
    } else if (newCount < oldCount) {
        beginRemoveRows(QModelIndex(), newCount, oldCount - 1);
        m_split = split;
        recomputeFit();
        endRemoveRows();
    } else {
        m_split = split;
        recomputeFit();
    }
    // One signal per run of rows whose holder changed.
    const int common = qMin(oldCount, newCount);
    for (int first = 0; first < common;) {
        if (old.owner(first) == m_split.owner(first)) {
            ++first;
            continue;
        }
        int last = first;
        while (last + 1 < common && old.owner(last + 1) != m_split.owner(last + 1))
            ++last;
        emitRowsChanged(first, last, 0, ColumnCount - 1);
        first = last + 1;
    }
}

void LayerAssignmentModel::pushSplit(const LayerSplit &after, const QString &text)
{
    m_undoStack->push(new ReplaceSplitCommand(this, after, text));
}

void LayerAssignmentModel::recomputeFit()
{
    m_fit = SplitFit::compute(m_devices, m_memory.value_or(BackendMemory()), m_system, m_settings,
                              m_split);
}

void LayerAssignmentModel::emitRowsChanged(int first, int last, int firstColumn, int lastColumn)
{
    if (first > last)
        return;
    emit dataChanged(index(first, firstColumn), index(last, lastColumn));
}

} // namespace vramscope
