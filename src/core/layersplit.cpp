#include "layersplit.h"

#include <algorithm>

namespace vramscope {

LayerSplit::LayerSplit(int layerCount) : m_owners(qMax(0, layerCount), Cpu) {}

QList<int> LayerSplit::layersOn(int device) const
{
    QList<int> layers;
    for (int layer = 0; layer < layerCount(); ++layer) {
        if (m_owners[layer] == device)
            layers.append(layer);
    }
    return layers;
}

int LayerSplit::gpuLayerCount() const
{
    return int(m_owners.size() - m_owners.count(Cpu));
}

QSet<int> LayerSplit::holders() const
{
    QSet<int> devices;
    for (int owner : m_owners) {
        if (owner != Cpu)
            devices.insert(owner);
    }
    return devices;
}

void LayerSplit::settleOrder(const QSet<int> &holdersBefore)
{
    const QSet<int> now = holders();
    m_order.removeIf(
        [&](int device) { return holdersBefore.contains(device) && !now.contains(device); });
    QList<int> joining;
    for (int device : now) {
        if (!m_order.contains(device))
            joining.append(device);
    }
    std::sort(joining.begin(), joining.end());
    m_order.append(joining);
}

void LayerSplit::assign(const QList<int> &layers, int device)
{
    const QSet<int> before = holders();
    for (int layer : layers) {
        if (layer >= 0 && layer < layerCount())
            m_owners[layer] = device;
    }
    settleOrder(before);
}

void LayerSplit::setLayersOf(int device, const QList<int> &layers)
{
    const QSet<int> before = holders();
    for (int &owner : m_owners) {
        if (owner == device)
            owner = Cpu;
    }
    for (int layer : layers) {
        if (layer >= 0 && layer < layerCount())
            m_owners[layer] = device;
    }
    settleOrder(before);
}

void LayerSplit::resize(int layerCount)
{
    const QSet<int> before = holders();
    m_owners.resize(qMax(0, layerCount), Cpu);
    settleOrder(before);
}

LayerSplit LayerSplit::remapped(const QList<int> &newIndex) const
{
    LayerSplit split;
    const QSet<int> before = holders();
    for (int owner : m_owners)
        split.m_owners.append(owner == Cpu ? Cpu : newIndex.value(owner, Cpu));
    for (int device : m_order) {
        const int moved = newIndex.value(device, Cpu);
        if (moved != Cpu)
            split.m_order.append(moved);
    }
    QSet<int> movedBefore;
    for (int device : before)
        movedBefore.insert(newIndex.value(device, Cpu));
    split.settleOrder(movedBefore);
    return split;
}

GpuLayersList LayerSplit::toGpuLayers(const QList<DeviceInfo> &devices) const
{
    GpuLayersList list;
    for (int device : m_order) {
        if (device >= 0 && device < devices.size())
            list.groups.append({devices[device].deviceId, layersOn(device)});
    }
    return list;
}

std::optional<LayerSplit> LayerSplit::fromGpuLayers(const GpuLayersList &list,
                                                    const QList<DeviceInfo> &devices,
                                                    int layerCount, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    auto candidates = [&devices](const DeviceId &id) {
        QList<int> matches;
        for (int i = 0; i < devices.size(); ++i) {
            if (devices[i].deviceId.id == id.id &&
                (id.library.isEmpty() || devices[i].deviceId.library == id.library))
                matches.append(i);
        }
        return matches;
    };

    // Libraries that groups with exactly one match settle; they decide
    // between devices that share an id across libraries.
    QSet<QString> settled;
    for (const GpuLayers &group : list.groups) {
        const QList<int> matches = candidates(group.deviceId);
        if (matches.size() == 1)
            settled.insert(devices[matches.first()].deviceId.library);
    }

    LayerSplit split(layerCount);
    for (const GpuLayers &group : list.groups) {
        QString name = u"ID:" + group.deviceId.id;
        if (!group.deviceId.library.isEmpty())
            name += u" (" + group.deviceId.library + u')';
        QList<int> matches = candidates(group.deviceId);
        if (matches.size() > 1) {
            QList<int> narrowed = matches;
            narrowed.removeIf(
                [&](int i) { return !settled.contains(devices[i].deviceId.library); });
            if (!narrowed.isEmpty())
                matches = narrowed;
        }
        if (matches.isEmpty())
            return fail(tr("%1 is not one of the devices").arg(name));
        if (matches.size() > 1) {
            QStringList libraries;
            for (int i : matches)
                libraries.append(devices[i].deviceId.library);
            return fail(tr("%1 could be the device of %2; the text does not say which")
                            .arg(name, libraries.join(QStringLiteral(", "))));
        }
        const int device = matches.first();
        if (split.m_order.contains(device))
            return fail(tr("%1 appears in two groups").arg(name));
        split.m_order.append(device);
        for (int layer : group.layers) {
            if (layer < 0 || layer >= layerCount) {
                return fail(layerCount == 0
                                ? tr("layer %1 is past the model: it has no layers").arg(layer)
                                : tr("layer %1 is past the model's last layer (%2)")
                                      .arg(layer)
                                      .arg(layerCount - 1));
            }
            if (split.m_owners[layer] != Cpu)
                return fail(tr("layer %1 is on two devices").arg(layer));
            split.m_owners[layer] = device;
        }
    }
    return split;
}

} // namespace vramscope
