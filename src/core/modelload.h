#pragma once

#include "gpulayerslist.h"
#include "loggedbytes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vramscope {

// One model loaded by one runner, as the server log tells it: what the
// runner was started with, where its memory went, and whether it is still
// there. Sizes come from the log's text, so most are approximate.
struct ModelLoad
{
    enum class Era
    {
        GoRunner,    // `ollama runner`, v0.11.5 to v0.24 (and the llama.cpp runner before)
        LlamaServer, // llama-server, v0.30 and later
    };

    // What one device (or the host) holds for the model.
    struct Share
    {
        LoggedBytes weights;
        LoggedBytes kvCache;
        LoggedBytes graph;
        LoggedBytes other; // llama.cpp's output buffer

        LoggedBytes total() const { return weights + kvCache + graph + other; }
        friend bool operator==(const Share &, const Share &) = default;
    };

    struct DeviceShare
    {
        QString name; // backend name: CUDA0, ROCm0, MTL0, Vulkan1
        Share share;
        friend bool operator==(const DeviceShare &, const DeviceShare &) = default;
    };

    // llama.cpp's "using device CUDA0 (NVIDIA ...) (0000:01:00.0) - 15221 MiB free".
    struct UsingDevice
    {
        QString name;
        QString description;
        LoggedBytes free;
    };

    // One device line of llama.cpp's fit step.
    struct FitDevice
    {
        QString name;
        QString description;
        int layers = 0;
        int overflowing = 0;
        LoggedBytes used;
        LoggedBytes free;
    };

    // One row of llama.cpp's memory breakdown table, in MiB as printed:
    // total = free + (self = model + context + compute) + unaccounted. The
    // host's row has only self and its parts (the others stay unset, -1).
    struct BreakdownRow
    {
        QString name;
        qint64 totalMiB = -1;
        qint64 freeMiB = -1;
        qint64 selfMiB = -1;
        qint64 modelMiB = -1;
        qint64 contextMiB = -1;
        qint64 computeMiB = -1;
        qint64 unaccountedMiB = -1;
    };

    quint64 id = 0; // unique within one ServerLogParser
    Era era = Era::LlamaServer;
    QString modelDigest; // hex, without "sha256-"; empty when the log did not say
    QString modelPath;   // the runner's --model argument
    int port = 0;
    qint64 pid = 0;        // the runner's process id, when a line names it
    QStringList arguments; // the runner's command line, split at spaces
    QString started;       // time of the start line as the log printed it
    QString finished;      // time of the "... started in N seconds" line
    QString ended;         // time the log said the runner exited or stopped
    bool resident = true;  // started and not known to have left
    bool partial = false;  // the log began after this load had started
    bool crashed = false;  // ended by "terminated" / "no longer running"

    // Settings of the load: Go era from the load request, llama-server from
    // its arguments (-c, -np, --cache-type-k).
    QString operation; // fit, alloc, commit (Go era)
    int contextSize = 0;
    int parallel = 0;
    QString kvCacheType;
    std::optional<GpuLayersList> split; // Go era: the request's GPULayers

    int layersOffloaded = -1; // "offloaded N/M layers to GPU"; -1 unknown
    int layersTotal = -1;

    QList<DeviceShare> devices;
    Share host;

    QList<UsingDevice> usingDevices;
    std::optional<LoggedBytes> fitProjected; // "projected to use N MiB"
    std::optional<LoggedBytes> fitFree;      // "vs. N MiB of free device memory"
    QList<FitDevice> fitDevices;
    QList<BreakdownRow> breakdown;

    static QString eraName(Era era);

    bool isFinished() const { return !finished.isEmpty(); }
    // The server's /api/ps no longer lists the model: it is gone.
    void markGone() { resident = false; }
};

} // namespace vramscope
