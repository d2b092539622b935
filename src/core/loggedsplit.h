#pragma once

#include "deviceinfo.h"
#include "gpulayerslist.h"
#include "loggedbytes.h"

#include <QList>
#include <QString>

#include <optional>

namespace vramscope {

struct ModelLoad;
struct ServerLogSnapshot;

// A planned split beside the one a real load of the same model made, as
// the server log reports it: layers offloaded, and per device the layers
// and the bytes. Where the log is silent, the logged side stays unknown.
struct LoggedSplit
{
    struct Device
    {
        DeviceInfo device; // the planned device
        int plannedLayers = 0;
        quint64 plannedBytes = 0; // its layers and compute buffer in the plan
        QString loggedName;    // the backend name the log gave it ("CUDA0"); empty: not in the log
        int loggedLayers = -1; // -1: the log did not say
        std::optional<LoggedBytes> loggedBytes; // weights + KV cache + compute buffer
    };

    QString loadStarted; // the load's start, as the log printed it
    int plannedLayers = 0;
    int loggedLayers = -1; // "offloaded N/M"; -1 unknown
    int layerCount = 0;
    int loggedLayerCount = -1;
    QList<Device> devices;

    // The log and the plan put the same number of layers on the GPUs, and on
    // each device where the log says how many.
    bool agrees() const;

    // devices: the planned devices, in the plan's order; planned bytes per
    // device in the same order (empty where the plan has none).
    static LoggedSplit compare(const GpuLayersList &planned, int layerCount,
                               const QList<DeviceInfo> &devices, const QList<quint64> &plannedBytes,
                               const ModelLoad &load, const ServerLogSnapshot &log);

    // The last load of the model at modelPath in the log: a blob matched by
    // its digest, another file by its path. Nothing when the log has none.
    static const ModelLoad *lastLoadOf(const QString &modelPath, const ServerLogSnapshot &log);
    // The load ran with these settings, as far as the log tells them:
    // ollama passes -c context x parallel and -np parallel; no cache type
    // said is f16.
    static bool sameSettings(const ModelLoad &load, quint64 context, quint64 parallel,
                             const QString &kvCacheType);

    // The planned device that a backend name of the log stands for: the
    // same PCI address where the log announced one, else the same name.
    static const DeviceInfo *deviceOf(const QString &loggedName, const QList<DeviceInfo> &devices,
                                      const ServerLogSnapshot &log);
};

} // namespace vramscope
