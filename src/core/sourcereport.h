#pragma once

#include "deviceinfo.h"
#include "hostsnapshot.h"
#include "llamaserverstatus.h"
#include "nativegpu.h"
#include "ollamasnapshot.h"
#include "serverlogsnapshot.h"
#include "sourceactivity.h"

#include <QList>

#include <optional>

namespace vramscope {

// What one round of a source learned. Each part is optional: a source
// reports what it knows, and a part it did not read this round keeps its
// last value in the poller.
struct SourceReport
{
    std::optional<QList<DeviceInfo>> devices;
    std::optional<SourceActivity> activity;
    // A native probe's GPUs with their processes, as the drivers see them.
    std::optional<QList<NativeGpu>> nativeGpus;
    // An ollama server's version and loaded models.
    std::optional<OllamaSnapshot> ollama;
    // A llama-server runner's state and the model it serves.
    std::optional<LlamaServerStatus> llamaServer;
    // What the ollama server log told: its loads with their memory per device.
    std::optional<ServerLogSnapshot> serverLog;
    // What another machine's `vramscope serve` knows.
    std::optional<HostSnapshot> host;

    static SourceReport ofDevices(const QList<DeviceInfo> &devices)
    {
        SourceReport report;
        report.devices = devices;
        return report;
    }
    static SourceReport ofActivity(const SourceActivity &activity)
    {
        SourceReport report;
        report.activity = activity;
        return report;
    }

    // Each part of other that is set replaces this one's.
    void merge(const SourceReport &other)
    {
        if (other.devices)
            devices = other.devices;
        if (other.activity)
            activity = other.activity;
        if (other.nativeGpus)
            nativeGpus = other.nativeGpus;
        if (other.ollama)
            ollama = other.ollama;
        if (other.llamaServer)
            llamaServer = other.llamaServer;
        if (other.serverLog)
            serverLog = other.serverLog;
        if (other.host)
            host = other.host;
    }
};

} // namespace vramscope
