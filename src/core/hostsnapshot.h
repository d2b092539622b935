#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vramscope {

// Everything one vramscope knows at a moment, in plain values: what
// `vramscope serve` exports (Prometheus text, /api/snapshot) and what a
// window reads back from another host. GPUs are named by `gpu`, their UUID
// where the driver or runner gives one, else their PCI address.
struct HostSnapshot
{
    struct Gpu
    {
        QString gpu;     // "GPU-5f3c...", else "0000:01:00.0"
        QString name;    // "NVIDIA GeForce RTX 4090"
        QString pciId;   // "0000:01:00.0"; empty when unknown
        QString library; // "CUDA", "ROCm"
        QString source;  // the source whose figures these are ("nvml /")
        quint64 total = 0;
        quint64 used = 0;
        quint64 free = 0;
        quint64 minimumReserve = 0; // what ollama keeps free on it
        bool stale = false;         // its source's last round failed

        friend bool operator==(const Gpu &, const Gpu &) = default;
    };

    // One resident model's part of one GPU, as the server log tells it.
    struct ModelShare
    {
        QString gpu;     // as Gpu::gpu; the log's device name when no GPU matches
        QString gpuName; // as Gpu::name; may be empty
        QString device;  // the backend's name in the log ("CUDA0")
        int layers = -1; // -1 when the log did not say
        quint64 weights = 0;
        quint64 kvCache = 0;
        quint64 graph = 0;

        friend bool operator==(const ModelShare &, const ModelShare &) = default;
    };

    struct Model
    {
        QString name;   // "llama3.2:3b"
        QString digest; // hex; empty when no server lists it
        // As /api/ps reports them; nothing when no server lists the model.
        std::optional<quint64> size;
        std::optional<quint64> sizeVram;
        QList<ModelShare> shares;

        friend bool operator==(const Model &, const Model &) = default;
    };

    struct Process
    {
        QString gpu;
        QString gpuName;
        quint32 pid = 0;
        QString model;                 // the ollama model a runner serves; empty otherwise
        QString command;               // its command line
        std::optional<quint64> memory; // nothing when the driver cannot say

        friend bool operator==(const Process &, const Process &) = default;
    };

    struct Source
    {
        QString kind;    // SourceKind::id(): "nvml", "ollama", "log", ...
        QString address; // as the kind writes it
        QString state;   // sourceStateName(): "ok", "stale", "unreachable", ...
        QString message; // why, when not ok
        // Seconds since its last good data; nothing before the first.
        std::optional<double> dataAgeSeconds;

        QString key() const { return kind + u' ' + address; }

        friend bool operator==(const Source &, const Source &) = default;
    };

    QString host;    // the machine's name
    QString version; // vramscope's
    QDateTime time;  // when the snapshot was taken, UTC
    QList<Gpu> gpus;
    QList<Model> models;
    QList<Process> processes;
    QList<Source> sources;

    friend bool operator==(const HostSnapshot &, const HostSnapshot &) = default;
};

} // namespace vramscope
