#include "snapshotmetrics.h"

#include "hostsnapshot.h"
#include "prometheustext.h"
#include "sourcestate.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace vramscope {

namespace {

using Labels = PrometheusText::Labels;
using Type = PrometheusText::Type;

Labels gpuLabels(const HostSnapshot::Gpu &gpu)
{
    return {{"gpu", gpu.gpu}, {"gpu_name", gpu.name}, {"source", gpu.source}};
}

Labels shareLabels(const HostSnapshot::Model &model, const HostSnapshot::ModelShare &share)
{
    return {{"model", model.name},
            {"gpu", share.gpu},
            {"gpu_name", share.gpuName},
            {"device", share.device}};
}

// The program, not its whole command line: a label value that stays short
// and does not change with a runner's port.
QString program(const QString &command)
{
    return QFileInfo(command.section(u' ', 0, 0)).fileName();
}

void gpuMemory(PrometheusText &text, const HostSnapshot &snapshot, const QByteArray &name,
               const QByteArray &help, quint64 HostSnapshot::Gpu::*field)
{
    text.family(name, Type::Gauge, help);
    for (const HostSnapshot::Gpu &gpu : snapshot.gpus)
        text.sample(gpuLabels(gpu), gpu.*field);
}

void modelShare(PrometheusText &text, const HostSnapshot &snapshot, const QByteArray &name,
                const QByteArray &help, quint64 HostSnapshot::ModelShare::*field)
{
    text.family(name, Type::Gauge, help);
    for (const HostSnapshot::Model &model : snapshot.models) {
        for (const HostSnapshot::ModelShare &share : model.shares)
            text.sample(shareLabels(model, share), share.*field);
    }
}

void modelSize(PrometheusText &text, const HostSnapshot &snapshot, const QByteArray &name,
               const QByteArray &help, std::optional<quint64> HostSnapshot::Model::*field)
{
    text.family(name, Type::Gauge, help);
    for (const HostSnapshot::Model &model : snapshot.models) {
        if (model.*field)
            text.sample({{"model", model.name}}, *(model.*field));
    }
}

constexpr SourceState AllStates[] = {
    SourceState::Connecting, SourceState::Ok,
    SourceState::Stale,      SourceState::Unsupported,
    SourceState::Error,      SourceState::Unreachable,
    SourceState::TimedOut,   SourceState::ProtocolError,
};

} // namespace

void SnapshotMetrics::write(const HostSnapshot &snapshot, PrometheusText &text)
{
    gpuMemory(text, snapshot, "vramscope_gpu_memory_total_bytes", "GPU memory in all.",
              &HostSnapshot::Gpu::total);
    gpuMemory(text, snapshot, "vramscope_gpu_memory_used_bytes", "GPU memory in use, by anything.",
              &HostSnapshot::Gpu::used);
    gpuMemory(text, snapshot, "vramscope_gpu_memory_free_bytes", "GPU memory free.",
              &HostSnapshot::Gpu::free);
    gpuMemory(text, snapshot, "vramscope_gpu_memory_minimum_reserve_bytes",
              "GPU memory ollama keeps free for the runtime itself.",
              &HostSnapshot::Gpu::minimumReserve);
    text.family("vramscope_gpu_stale", Type::Gauge,
                "1 while the source of the GPU's figures fails: they are its last good ones.");
    for (const HostSnapshot::Gpu &gpu : snapshot.gpus)
        text.sample(gpuLabels(gpu), quint64(gpu.stale ? 1 : 0));

    modelShare(text, snapshot, "vramscope_model_weights_bytes",
               "A resident model's weights on a GPU, as the server log tells.",
               &HostSnapshot::ModelShare::weights);
    modelShare(text, snapshot, "vramscope_model_kv_cache_bytes",
               "A resident model's KV cache on a GPU, as the server log tells.",
               &HostSnapshot::ModelShare::kvCache);
    modelShare(text, snapshot, "vramscope_model_graph_bytes",
               "A resident model's compute graph (and output buffer) on a GPU, as the server "
               "log tells.",
               &HostSnapshot::ModelShare::graph);
    text.family("vramscope_model_layers", Type::Gauge,
                "A resident model's layers on a GPU, where the server log says.");
    for (const HostSnapshot::Model &model : snapshot.models) {
        for (const HostSnapshot::ModelShare &share : model.shares) {
            if (share.layers >= 0)
                text.sample(shareLabels(model, share), quint64(share.layers));
        }
    }
    modelSize(text, snapshot, "vramscope_model_size_bytes",
              "A loaded model's memory on all devices, as ollama's /api/ps reports it (size).",
              &HostSnapshot::Model::size);
    modelSize(text, snapshot, "vramscope_model_size_vram_bytes",
              "A loaded model's memory on GPUs, as ollama's /api/ps reports it (size_vram).",
              &HostSnapshot::Model::sizeVram);

    text.family("vramscope_process_gpu_memory_bytes", Type::Gauge,
                "GPU memory a process holds, as the driver reports it.");
    for (const HostSnapshot::Process &process : snapshot.processes) {
        if (!process.memory)
            continue;
        text.sample({{"gpu", process.gpu},
                     {"gpu_name", process.gpuName},
                     {"pid", QString::number(process.pid)},
                     {"program", program(process.command)},
                     {"model", process.model}},
                    *process.memory);
    }

    text.family("vramscope_source_state", Type::Gauge,
                "1 for the state a source is in, 0 for the others.");
    for (const HostSnapshot::Source &source : snapshot.sources) {
        for (const SourceState state : AllStates) {
            const QString name = sourceStateName(state);
            text.sample({{"source", source.key()}, {"kind", source.kind}, {"state", name}},
                        quint64(source.state == name ? 1 : 0));
        }
    }
    text.family("vramscope_source_data_age_seconds", Type::Gauge,
                "Seconds since a source's last good data; absent before its first.");
    for (const HostSnapshot::Source &source : snapshot.sources) {
        if (source.dataAgeSeconds)
            text.sample({{"source", source.key()}, {"kind", source.kind}}, *source.dataAgeSeconds);
    }
}

} // namespace vramscope
