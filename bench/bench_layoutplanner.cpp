// Plan time of the layout planner on large inputs: 200 layers on 8 GPUs and
// 2000 layers on 16 GPUs, when the model fits and when it does not (the
// slow path: every GPU prefix is tried, then again without the output layer).
#include "layoutplanner.h"

#include <benchmark/benchmark.h>

using namespace vramscope;

namespace {

constexpr quint64 MiB = 1024 * 1024;

struct Input
{
    QList<DeviceInfo> devices;
    BackendMemory memory;
};

// GPUs of 8 to 24 GiB free, half of them already holding a graph; layer
// sizes scaled so the model is about modelScale times the free VRAM (at 2
// only part of it fits), with a larger output layer.
Input makeInput(int layerCount, int gpuCount, double modelScale)
{
    Input input;
    quint64 totalFree = 0;
    for (int g = 0; g < gpuCount; ++g) {
        DeviceInfo device;
        device.deviceId = {QStringLiteral("GPU-%1").arg(g), QStringLiteral("CUDA")};
        device.name = QStringLiteral("CUDA%1").arg(g);
        device.freeMemory = (8 + (g * 5) % 17) * 1024 * MiB;
        device.totalMemory = device.freeMemory + 1024 * MiB;
        totalFree += device.freeMemory;
        input.devices.append(device);

        DeviceMemory entry;
        entry.deviceId = device.deviceId;
        entry.name = device.name;
        entry.graph = g % 2 == 0 ? 300 * MiB : 0;
        input.memory.gpus.append(entry);
    }
    const quint64 layerBudget = quint64(double(totalFree) * modelScale / layerCount);
    input.memory.cpu.name = QStringLiteral("CPU");
    for (int i = 0; i < layerCount; ++i) {
        const quint64 size = i == layerCount - 1
                                 ? layerBudget * 3
                                 : layerBudget / 2 + layerBudget * ((i * 7919) % 1000) / 1000;
        input.memory.cpu.weights.append(size * 7 / 8);
        input.memory.cpu.cache.append(size / 8);
    }
    input.memory.inputWeights = 500 * MiB;
    return input;
}

void planBenchmark(benchmark::State &state)
{
    const int layers = int(state.range(0));
    const int gpus = int(state.range(1));
    const double scale = double(state.range(2)) / 100.0;
    const Input input = makeInput(layers, gpus, scale);
    SystemInfo system;
    system.freeMemory = 1024ULL * 1024 * MiB;
    LayoutSettings settings;
    settings.spread = state.range(3) != 0;
    int placed = 0;
    for (auto _ : state) {
        const LayoutPlan plan = LayoutPlanner::plan(input.devices, input.memory, system, settings);
        placed = plan.gpuLayers.sum();
        benchmark::DoNotOptimize(placed);
    }
    state.counters["layers_on_gpu"] = placed;
}

} // namespace

// Arguments: layers, GPUs, model size as % of free VRAM, spread.
BENCHMARK(planBenchmark)
    ->ArgNames({"layers", "gpus", "model_pct", "spread"})
    ->Args({200, 8, 50, 0})
    ->Args({200, 8, 200, 0})
    ->Args({200, 8, 200, 1})
    ->Args({2000, 16, 50, 0})
    ->Args({2000, 16, 200, 0})
    ->Args({2000, 16, 200, 1})
    ->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
