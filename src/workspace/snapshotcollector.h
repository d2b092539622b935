#pragma once

#include "hostsnapshot.h"

namespace vramscope {

class Workspace;

// What a workspace's models hold now, as a HostSnapshot: the device table's
// GPUs, the loaded models with their per-GPU shares, the processes and every
// source's state. Reads only what the models already keep, so taking one
// never waits for a source.
class SnapshotCollector
{
public:
    // workspace must outlive this.
    explicit SnapshotCollector(const Workspace *workspace) : m_workspace(workspace) {}

    HostSnapshot collect() const;

    // How a GPU is named in a snapshot: its UUID where it has one (not a
    // llama.cpp index such as "0", which changes between runs), else its
    // PCI address, else the backend's name ("CUDA0").
    static QString gpuLabel(const QString &id, const QString &pciId, const QString &name);

private:
    const Workspace *m_workspace;
};

} // namespace vramscope
