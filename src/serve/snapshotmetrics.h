#pragma once

namespace vramscope {

class PrometheusText;
struct HostSnapshot;

// Which metrics a HostSnapshot makes, all under `vramscope_`: per GPU its
// memory, per resident model and GPU its weights, KV cache, graph and
// layers, per model what /api/ps says, per source its state and the age of
// its data, and the processes' GPU memory.
class SnapshotMetrics
{
public:
    static void write(const HostSnapshot &snapshot, PrometheusText &text);
};

} // namespace vramscope
