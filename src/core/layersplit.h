#pragma once

#include "deviceinfo.h"
#include "gpulayerslist.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <optional>

namespace vramscope {

// A layer split as an editor holds it: for every layer the device holding it
// (an index into a device list) or the CPU, and the order of the groups in
// ollama's list. Unlike a GpuLayersList it cannot put a layer on two devices.
class LayerSplit
{
    Q_DECLARE_TR_FUNCTIONS(LayerSplit)

public:
    static constexpr int Cpu = -1;

    LayerSplit() = default;
    // layerCount layers, all on the CPU.
    explicit LayerSplit(int layerCount);

    int layerCount() const { return int(m_owners.size()); }
    // The device holding layer, or Cpu.
    int owner(int layer) const { return m_owners.value(layer, Cpu); }
    const QList<int> &owners() const { return m_owners; }
    // The devices in ollama's list, in its order. A device holding layers is
    // always listed; a list read from ollama may also name empty groups.
    const QList<int> &order() const { return m_order; }
    // The layers on device (or Cpu), ascending.
    QList<int> layersOn(int device) const;
    // How many layers are on GPUs.
    int gpuLayerCount() const;

    // Puts layers on device (or Cpu); layers outside the model are skipped. A
    // device that gains its first layer joins the end of the list; one that
    // loses its last layer leaves it.
    void assign(const QList<int> &layers, int device);
    // Gives device exactly these layers; the others it held go to the CPU.
    void setLayersOf(int device, const QList<int> &layers);
    // Grows (new layers on the CPU) or shrinks (layers dropped from the end).
    void resize(int layerCount);
    // The split over a new device list: newIndex[i] is where old device i
    // went, or Cpu when it is gone (its layers go to the CPU).
    LayerSplit remapped(const QList<int> &newIndex) const;

    // ollama's list of this split: one group per listed device, in order.
    GpuLayersList toGpuLayers(const QList<DeviceInfo> &devices) const;

    // The split a list describes, over these devices and layerCount layers.
    // A group finds its device by id and, where the group names one, library.
    // An id without a library (as pasted from a log) that devices of several
    // libraries share takes the library of the list's other groups. An
    // unknown or ambiguous id, a device in two groups, a layer in two groups
    // or a layer past the model is an error: returns nothing, sets *error.
    static std::optional<LayerSplit> fromGpuLayers(const GpuLayersList &list,
                                                   const QList<DeviceInfo> &devices, int layerCount,
                                                   QString *error);

    // Element by element: Qt 6.4's QList<int>::operator== hands memcmp a
    // null pointer when one of two empty lists has never allocated.
    friend bool operator==(const LayerSplit &a, const LayerSplit &b)
    {
        return std::equal(a.m_owners.cbegin(), a.m_owners.cend(), b.m_owners.cbegin(),
                          b.m_owners.cend()) &&
               std::equal(a.m_order.cbegin(), a.m_order.cend(), b.m_order.cbegin(),
                          b.m_order.cend());
    }

private:
    // The devices that hold at least one layer.
    QSet<int> holders() const;
    // After an edit: devices that held layers before and hold none now leave
    // the list; devices that hold layers and are not listed join its end.
    void settleOrder(const QSet<int> &holdersBefore);

    QList<int> m_owners;
    QList<int> m_order;
};

} // namespace vramscope
