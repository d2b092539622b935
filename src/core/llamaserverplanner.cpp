#include "llamaserverplanner.h"

#include "devicelist.h"

#include <algorithm>

namespace vramscope {

namespace {

using Plan = LlamaServerPlan;

// ollama's test: predicted > available x 80 / 100 rules the GPU out.
bool holds(quint64 prediction, quint64 available)
{
    return !(static_cast<unsigned __int128>(prediction) >
             static_cast<unsigned __int128>(available) * 80 / 100);
}

QList<Plan::Candidate> candidatesFor(const QList<DeviceInfo> &devices, quint64 prediction,
                                     const SystemInfo &system)
{
    QList<Plan::Candidate> candidates;
    for (const DeviceInfo &device : devices) {
        Plan::Candidate candidate{device, device.freeMemory, false};
        // An integrated GPU shares system memory: it has no more than that.
        if (device.integrated)
            candidate.available = std::min(candidate.available, system.freeMemory);
        candidate.holdsPrediction = holds(prediction, candidate.available);
        candidates.append(candidate);
    }
    // Discrete before integrated, then the most available first.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Plan::Candidate &a, const Plan::Candidate &b) {
                         if (a.device.integrated != b.device.integrated)
                             return !a.device.integrated;
                         return a.available > b.available;
                     });
    return candidates;
}

// The library group ollama falls back to: one with a discrete GPU first,
// then the largest sum of available memory; the first on a tie.
QList<DeviceInfo> bestGroup(const QList<DeviceInfo> &devices,
                            const QList<Plan::Candidate> &candidates)
{
    auto availableOf = [&candidates](const DeviceInfo &device) {
        for (const Plan::Candidate &candidate : candidates) {
            if (candidate.device.deviceId == device.deviceId)
                return candidate.available;
        }
        return quint64(0);
    };
    QList<DeviceInfo> best;
    bool bestDiscrete = false;
    unsigned __int128 bestSum = 0;
    for (const QList<DeviceInfo> &group : DeviceList::byLibrary(devices)) {
        const bool discrete = std::any_of(group.cbegin(), group.cend(),
                                          [](const DeviceInfo &d) { return !d.integrated; });
        unsigned __int128 sum = 0;
        for (const DeviceInfo &device : group)
            sum += availableOf(device);
        if (best.isEmpty() || (discrete && !bestDiscrete) ||
            (discrete == bestDiscrete && sum > bestSum)) {
            best = group;
            bestDiscrete = discrete;
            bestSum = sum;
        }
    }
    return best;
}

// ollama's choice of the GPUs llama-server sees.
QList<DeviceInfo> chooseGpus(const QList<DeviceInfo> &devices, const SystemInfo &system,
                             const LlamaServerSettings &settings, Plan &plan)
{
    plan.candidates = candidatesFor(devices, plan.prediction, system);
    if (settings.numGpu == 0) {
        plan.choice = Plan::GpuChoice::NumGpuZero;
        return {};
    }
    if (devices.isEmpty()) {
        plan.choice = Plan::GpuChoice::NoGpu;
        return {};
    }
    if (devices.size() == 1) {
        plan.choice = Plan::GpuChoice::OnlyGpu;
        return devices;
    }
    if (settings.mainGpu >= 0 && settings.mainGpu < devices.size()) {
        plan.choice = Plan::GpuChoice::MainGpu;
        return {devices[settings.mainGpu]};
    }
    if (!settings.spread) {
        for (const Plan::Candidate &candidate : plan.candidates) {
            if (candidate.holdsPrediction) {
                plan.choice = Plan::GpuChoice::SingleGpu;
                return {candidate.device};
            }
        }
    }
    plan.choice = settings.spread ? Plan::GpuChoice::Spread : Plan::GpuChoice::Group;
    QList<DeviceInfo> group = bestGroup(devices, plan.candidates);
    // llama.cpp leaves integrated GPUs out when a discrete one is present.
    if (std::any_of(group.cbegin(), group.cend(),
                    [](const DeviceInfo &d) { return !d.integrated; }))
        group.removeIf([](const DeviceInfo &d) { return d.integrated; });
    return group;
}

// What a layer costs on a GPU: all of it, or without its experts.
quint64 layerCost(const LlamaServerModel &model, int layer, bool denseOnly)
{
    const quint64 bytes = model.layerBytes.value(layer);
    return denseOnly ? bytes - std::min(bytes, model.expertBytes.value(layer)) : bytes;
}

// Puts each layer on its device per assignment; a layer marked dense-only
// leaves its experts on the CPU.
void place(const LlamaServerModel &model, const QList<int> &assignment,
           const QList<bool> &denseOnly, Plan &plan)
{
    for (Plan::Device &device : plan.devices) {
        device.layers.clear();
        device.denseOnlyLayers.clear();
        device.layerBytes = 0;
    }
    for (int il = 0; il < assignment.size(); ++il) {
        if (assignment[il] < 0)
            continue;
        Plan::Device &device = plan.devices[assignment[il]];
        device.layers.append(il);
        if (denseOnly.value(il))
            device.denseOnlyLayers.append(il);
        device.layerBytes += layerCost(model, il, denseOnly.value(il));
    }
}

// llama.cpp's fill from the last device to the first: each takes as many
// of the not yet placed layers, counted from the back, as fit within its
// target next to its compute buffer. For an MoE model a device that cannot
// take the next layer whole goes on with layers whose experts stay on the
// CPU (marked in denseOnly). Returns the layer counts per device.
QList<int> fillBackToFront(const LlamaServerModel &model, bool moe, QList<bool> &denseOnly,
                           Plan &plan)
{
    QList<int> counts(plan.devices.size(), 0);
    int next = plan.layerCount - 1;
    for (qsizetype d = plan.devices.size() - 1; d >= 0 && next >= 0; --d) {
        const Plan::Device &device = plan.devices[d];
        quint64 room = device.target > device.graph ? device.target - device.graph : 0;
        bool whole = true;
        while (next >= 0) {
            whole = whole && layerCost(model, next, false) <= room;
            const bool partial = !whole && moe && layerCost(model, next, true) <= room;
            if (!whole && !partial)
                break;
            denseOnly[next] =
                !whole && layerCost(model, next, true) < layerCost(model, next, false);
            room -= layerCost(model, next, !whole);
            --next;
            ++counts[d];
        }
    }
    return counts;
}

void fit(const LlamaServerModel &model, const LlamaServerSettings &settings, Plan &plan)
{
    if (plan.devices.isEmpty()) {
        plan.fit = Plan::Fit::None;
        return;
    }
    // The default placement: every layer (or -ngl of them), split by free memory.
    QList<double> byFree;
    for (const Plan::Device &device : plan.devices)
        byFree.append(double(device.freeMemory));
    const int requested =
        settings.numGpu >= 0 ? std::min(settings.numGpu, plan.layerCount) : plan.layerCount;
    QList<bool> denseOnly(plan.layerCount, false);
    place(model, LlamaServerPlanner::assignLayers(plan.layerCount, requested, byFree), denseOnly,
          plan);
    bool marginsHold = true;
    for (Plan::Device &device : plan.devices) {
        device.defaultBytes = device.bytes();
        marginsHold = marginsHold && device.withinTarget();
    }
    plan.nGpuLayers = requested;
    if (settings.numGpu >= 0) {
        plan.fit = Plan::Fit::RequestedLayers;
        return;
    }
    if (marginsHold) {
        plan.fit = Plan::Fit::DefaultSplit;
        return;
    }
    const bool moe = model.isMoe();
    plan.fit = moe ? Plan::Fit::MoeBackToFront : Plan::Fit::BackToFront;
    const QList<int> counts = fillBackToFront(model, moe, denseOnly, plan);
    QList<double> split;
    plan.nGpuLayers = 0;
    for (int count : counts) {
        split.append(count);
        plan.nGpuLayers += count;
    }
    // llama.cpp writes a tensor split only for more than one device.
    if (plan.devices.size() > 1)
        plan.tensorSplit = counts;
    place(model, LlamaServerPlanner::assignLayers(plan.layerCount, plan.nGpuLayers, split),
          denseOnly, plan);
}

} // namespace

QList<int> LlamaServerPlanner::assignLayers(int layerCount, int nGpuLayers,
                                            const QList<double> &split)
{
    QList<int> devices(std::max(layerCount, 0), -1);
    const int start = std::max(layerCount - nGpuLayers, 0);
    const int offloaded = split.isEmpty() ? 0 : std::min(nGpuLayers, layerCount);
    if (offloaded <= 0)
        return devices;
    // Cumulative shares in float, as llama.cpp normalises them; an all-zero
    // split (no free memory anywhere) counts as even.
    QList<float> bounds;
    float sum = 0;
    for (double share : split)
        sum += float(share);
    const bool even = !(sum > 0);
    if (even)
        sum = float(split.size());
    float running = 0;
    for (double share : split) {
        running += even ? 1.0f : float(share);
        bounds.append(running / sum);
    }
    for (int il = start; il < layerCount && il - start < offloaded; ++il) {
        const float position = float(il - start) / float(offloaded);
        const auto device = std::upper_bound(bounds.cbegin(), bounds.cend(), position);
        devices[il] = int(std::min<qsizetype>(device - bounds.cbegin(), bounds.size() - 1));
    }
    return devices;
}

LlamaServerPlan LlamaServerPlanner::plan(const QList<DeviceInfo> &devices,
                                         const LlamaServerModel &model, const SystemInfo &system,
                                         const LlamaServerSettings &settings)
{
    Plan plan;
    plan.prediction = model.prediction;
    plan.layerCount = int(model.layerBytes.size());
    const QList<DeviceInfo> chosen = chooseGpus(devices, system, settings, plan);
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        const DeviceInfo &device = chosen[i];
        plan.selectedGpus.append(device.deviceId);
        Plan::Device seen;
        seen.device = device;
        seen.freeMemory = device.freeMemory;
        seen.margin = settings.fitTarget(i);
        seen.target = seen.freeMemory > seen.margin ? seen.freeMemory - seen.margin : 0;
        seen.graph = model.graphFor(device.deviceId);
        plan.devices.append(seen);
    }
    if (!chosen.isEmpty())
        plan.library = chosen.first().deviceId.library;
    fit(model, settings, plan);

    QList<bool> onGpu(plan.layerCount, false);
    for (const Plan::Device &device : plan.devices) {
        if (!device.layers.isEmpty())
            plan.gpuLayers.groups.append({device.device.deviceId, device.layers});
        for (int il : device.layers)
            onGpu[il] = true;
        for (int il : device.denseOnlyLayers)
            plan.cpuLayerBytes += layerCost(model, il, false) - layerCost(model, il, true);
    }
    for (int il = 0; il < plan.layerCount; ++il) {
        if (!onGpu[il]) {
            plan.cpuLayers.append(il);
            plan.cpuLayerBytes += model.layerBytes[il];
        }
    }
    plan.cpuBytes = plan.cpuLayerBytes + model.inputWeights;
    return plan;
}

} // namespace vramscope
