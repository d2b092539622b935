#include "modelloadshare.h"

#include "modelload.h"
#include "serverlogsnapshot.h"

namespace vramscope {

QList<ModelLoadShare> ModelLoadShare::of(const ModelLoad &load, const ServerLogSnapshot &log)
{
    QList<ModelLoadShare> shares;
    for (const ModelLoad::DeviceShare &device : load.devices) {
        ModelLoadShare share;
        share.device = device.name;
        share.pciId = log.pciIdOf(device.name);
        share.weights = device.share.weights;
        share.kvCache = device.share.kvCache;
        share.graph = device.share.graph;
        share.other = device.share.other;
        for (const ModelLoad::FitDevice &fit : load.fitDevices) {
            if (fit.name == device.name)
                share.layers = fit.layers + fit.overflowing;
        }
        // One GPU: what the log says was offloaded is all on it.
        if (load.devices.size() == 1 && load.fitDevices.isEmpty() && !load.split &&
            load.layersOffloaded >= 0)
            share.layers = load.layersOffloaded;
        if (load.split) {
            for (const GpuLayers &group : load.split->groups) {
                // The split names a GPU by its id (a UUID); the log's
                // "inference compute" line gives that id its device name.
                for (const ServerLogParser::ComputeDevice &compute : log.computeDevices) {
                    if (compute.id == group.deviceId.id && compute.name == device.name)
                        share.layers = int(group.layers.size());
                }
            }
        }
        shares.append(share);
    }
    return shares;
}

} // namespace vramscope
