#include "layoutplanner.h"

#include "devicelist.h"
#include "units.h"

#include <algorithm>
#include <limits>
#include <span>

namespace vramscope {

namespace {

// A GPU as the fit sees it: who it is and the bytes left for layers.
struct FitDevice
{
    DeviceId id;
    quint64 available = 0;
};

// Go's uint64(float32(bytes) * factor): the byte count rounded to float32,
// multiplied in float32, truncated. Out-of-range products, undefined in
// both languages, saturate here.
quint64 scaled(quint64 bytes, float factor)
{
    const float product = float(bytes) * factor;
    if (!(product > 0.0f))
        return 0;
    if (product >= 18446744073709551616.0f)
        return std::numeric_limits<quint64>::max();
    return quint64(product);
}

// Walks layers from the last to the first, filling GPUs from the last one
// backwards; each GPU's free space is scaled by capacity. Groups and their
// layers come out ascending.
GpuLayersList greedyFit(std::span<const quint64> layers, std::span<const FitDevice> gpus,
                        float capacity, int requested)
{
    QList<GpuLayers> backwards; // last GPU first, each group's layers descending
    qsizetype device = qsizetype(gpus.size()) - 1;
    backwards.append({gpus[device].id, {}});
    quint64 freeSpace = scaled(gpus[device].available, capacity);
    auto ascending = [&backwards] {
        GpuLayersList list;
        for (auto group = backwards.rbegin(); group != backwards.rend(); ++group) {
            std::reverse(group->layers.begin(), group->layers.end());
            list.groups.append(std::move(*group));
        }
        return list;
    };
    for (qsizetype i = qsizetype(layers.size()) - 1; i >= 0; --i) {
        if (requested >= 0 && qsizetype(layers.size()) - 1 - i >= requested)
            break;
        while (layers[i] > freeSpace) {
            if (--device < 0)
                return ascending();
            backwards.append({gpus[device].id, {}});
            freeSpace = scaled(gpus[device].available, capacity);
        }
        backwards.last().layers.append(int(i));
        freeSpace -= layers[i];
    }
    return ascending();
}

// The smallest capacity factor (binary search in float32) that still places
// as many layers as the full capacity does: spreads layers evenly.
GpuLayersList findBestFit(std::span<const quint64> layers, std::span<const FitDevice> gpus,
                          int requested, bool forceRequest)
{
    float high = 1;
    float low = 0;
    // To honour a requested count, pretend there is almost endless VRAM.
    if (requested >= 0 && forceRequest)
        high = 1000;
    GpuLayersList best = greedyFit(layers, gpus, high, requested);
    const int most = best.sum();
    if (most == 0)
        return best;
    while (high - low > 1e-6f) {
        const float mid = (low + high) / 2;
        // ollama loops forever once mid cannot move in float32 (a forced
        // request needing a factor of 16 or more); nothing changes after
        // this point, so stopping gives ollama's plan.
        if (mid == low || mid == high)
            break;
        GpuLayersList attempt = greedyFit(layers, gpus, mid, requested);
        if (attempt.sum() == most) {
            high = mid;
            best = std::move(attempt);
        } else {
            low = mid;
        }
    }
    return best;
}

// Packs the most layers onto the fewest GPUs, starting from the last GPU
// that already holds a graph; if not everything fits, tries again without
// the output layer so that it is not the one pushed onto a GPU.
GpuLayersList assignLayers(std::span<const quint64> layers, std::span<const FitDevice> gpus,
                           const LayoutSettings &settings, qsizetype lastUsed)
{
    GpuLayersList plan;
    int requested = settings.numGpu;
    for (int pass = 0; pass < 2; ++pass) {
        requested = int(std::min<qint64>(qint64(layers.size()), requested));
        if (!settings.spread) {
            for (qsizetype i = lastUsed; i < qsizetype(gpus.size()); ++i) {
                const bool force = i == qsizetype(gpus.size()) - 1 && !settings.requireFull;
                plan = findBestFit(layers, gpus.first(i + 1), requested, force);
                if (plan.sum() == qsizetype(layers.size()) || plan.sum() == requested)
                    break;
            }
        } else {
            plan = findBestFit(layers, gpus, requested, !settings.requireFull);
        }
        if (plan.sum() == qsizetype(layers.size()))
            return plan;
        layers = layers.first(layers.size() - 1);
    }
    return plan;
}

QList<quint64> layerSizes(const BackendMemory &memory)
{
    QList<quint64> sizes(memory.cpu.weights.size(), 0);
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        // Arrays shorter than the CPU's count their missing layers as 0.
        for (const DeviceMemory &gpu : memory.gpus)
            sizes[i] += gpu.weights.value(i) + gpu.cache.value(i);
        sizes[i] += memory.cpu.weights.value(i) + memory.cpu.cache.value(i);
    }
    return sizes;
}

LayoutExplanation::DeviceBudget budgetFor(const DeviceInfo &device, const DeviceMemory *reported,
                                          const LayoutSettings &settings)
{
    if (reported)
        return LayoutPlanner::reserve(device, reported->graph, settings);
    // The runner does not see this GPU: no room at all.
    LayoutExplanation::DeviceBudget budget;
    budget.device = device;
    budget.freeMemory = device.freeMemory;
    return budget;
}

// ollama's verifyLayout: where every byte ends up, and whether to refuse.
void verify(const BackendMemory &memory, const SystemInfo &system, const LayoutSettings &settings,
            LayoutPlan &plan)
{
    LayoutExplanation &why = plan.explanation;
    why.cpuBytes = memory.inputWeights + memory.cpu.graph;
    why.vramBytes = 0;
    for (const GpuLayers &group : plan.gpuLayers.groups) {
        if (const DeviceMemory *gpu = memory.gpu(group.deviceId))
            why.vramBytes += gpu->graph;
    }
    QList<bool> onGpu(why.layerSizes.size(), false);
    for (const GpuLayers &group : plan.gpuLayers.groups) {
        for (int layer : group.layers)
            onGpu[layer] = true;
    }
    for (qsizetype i = 0; i < why.layerSizes.size(); ++i) {
        if (onGpu[i]) {
            why.vramBytes += why.layerSizes[i];
        } else {
            why.cpuLayers.append(int(i));
            why.cpuLayerBytes += why.layerSizes[i];
            why.cpuBytes += why.layerSizes[i];
        }
    }
    why.systemFree = system.freeMemory;
    why.systemSwap = system.freeSwap;

    const int placed = plan.gpuLayers.sum();
    if (settings.requireFull) {
        const bool missingLayers =
            placed < why.layerSizes.size() && (settings.numGpu < 0 || placed < settings.numGpu);
        if (missingLayers || why.cpuBytes > system.freeMemory) {
            plan.refusal = QStringLiteral("unable to load full model on GPU");
            return;
        }
    }
    plan.refusal = LayoutPlanner::systemMemoryRefusal(why.cpuBytes, system);
}

} // namespace

LayoutExplanation::DeviceBudget LayoutPlanner::reserve(const DeviceInfo &device, quint64 graph,
                                                       const LayoutSettings &settings)
{
    LayoutExplanation::DeviceBudget budget;
    budget.device = device;
    budget.freeMemory = device.freeMemory;
    budget.reportedByRunner = true;
    budget.backoffReserve = scaled(device.freeMemory, settings.backoff);
    budget.minimumMemory = device.minimumMemory();
    budget.overhead = settings.gpuOverhead;
    budget.graph = graph;
    const quint64 reserved = budget.reserved();
    budget.available = device.freeMemory > reserved ? device.freeMemory - reserved : 0;
    return budget;
}

QString LayoutPlanner::systemMemoryRefusal(quint64 cpuBytes, const SystemInfo &system)
{
    // Linux and Windows: over-committing system memory fails the load.
    const quint64 available = system.freeMemory + system.freeSwap;
    if (cpuBytes <= available)
        return QString();
    return u"model requires more system memory (" + Units::humanBytes2(cpuBytes) +
           u") than is available (" + Units::humanBytes2(available) + u')';
}

LayoutPlan LayoutPlanner::plan(const QList<DeviceInfo> &devices, const BackendMemory &memory,
                               const SystemInfo &system, const LayoutSettings &settings)
{
    LayoutPlan plan;
    LayoutExplanation &why = plan.explanation;
    why.layerSizes = layerSizes(memory);
    const std::span<const quint64> layers(why.layerSizes.constData(), why.layerSizes.size());

    for (const QList<DeviceInfo> &group :
         DeviceList::byLibrary(DeviceList::largestFirst(devices))) {
        // A GPU that already holds a graph stays in use, so that each
        // allocation round only adds GPUs.
        qsizetype lastUsed = 0;
        QList<FitDevice> fitDevices;
        for (qsizetype i = 0; i < group.size(); ++i) {
            const DeviceMemory *reported = memory.gpu(group[i].deviceId);
            if (reported && reported->graph != 0)
                lastUsed = i;
            why.devices.append(budgetFor(group[i], reported, settings));
            fitDevices.append({group[i].deviceId, why.devices.last().available});
        }
        GpuLayersList candidate = assignLayers(
            layers, std::span<const FitDevice>(fitDevices.constData(), fitDevices.size()), settings,
            lastUsed);
        if (candidate.sum() > plan.gpuLayers.sum()) {
            plan.gpuLayers = std::move(candidate);
            why.library = group.first().deviceId.library;
        }
    }

    for (const GpuLayers &group : plan.gpuLayers.groups) {
        for (LayoutExplanation::DeviceBudget &budget : why.devices) {
            if (budget.device.deviceId == group.deviceId && budget.layers.isEmpty()) {
                budget.layers = group.layers;
                for (int layer : group.layers)
                    budget.layerBytes += why.layerSizes[layer];
                break;
            }
        }
    }
    verify(memory, system, settings, plan);
    return plan;
}

} // namespace vramscope
