#include "gorunnerlayouttext.h"

#include "layerranges.h"
#include "layoutplan.h"
#include "layoutsettings.h"
#include "texttable.h"
#include "units.h"
#include "wireformat.h"

#include <QJsonArray>
#include <QTextStream>

namespace vramscope {

void GoRunnerLayoutText::print(QTextStream &out, const LayoutPlan &plan,
                               const LayoutSettings &settings)
{
    const LayoutExplanation &why = plan.explanation;
    out << plan.gpuLayers.toString() << '\n';
    out << "hash: " << plan.gpuLayers.hashHex() << "   layers on GPUs: " << plan.gpuLayers.sum()
        << " of " << why.layerSizes.size() << '\n';

    if (!why.devices.isEmpty()) {
        out << "\nGPUs, in the order ollama considers them (available = free - backoff - minimum - "
               "overhead - graph):\n";
        using Align = TextTable::Align;
        TextTable table(
            {QStringLiteral("ID"), QStringLiteral("LIBRARY"), QStringLiteral("NAME"),
             QStringLiteral("FREE"), QStringLiteral("BACKOFF"), QStringLiteral("MINIMUM"),
             QStringLiteral("OVERHEAD"), QStringLiteral("GRAPH"), QStringLiteral("AVAILABLE"),
             QStringLiteral("LAYERS"), QStringLiteral("LAYER BYTES"), QStringLiteral("LEFT")},
            {Align::Left, Align::Left, Align::Left, Align::Right, Align::Right, Align::Right,
             Align::Right, Align::Right, Align::Right, Align::Left, Align::Right, Align::Right});
        bool unreported = false;
        for (const LayoutExplanation::DeviceBudget &budget : why.devices) {
            const QString left = budget.available >= budget.layerBytes
                                     ? Units::humanBytes2(budget.roomLeft())
                                     : QStringLiteral("over");
            if (!budget.reportedByRunner) {
                const QString none = QStringLiteral("-");
                table.addRow({budget.device.deviceId.id, budget.device.deviceId.library,
                              budget.device.name + u" *", Units::humanBytes2(budget.freeMemory),
                              none, none, none, none, Units::humanBytes2(0),
                              LayerRanges::withCount(budget.layers),
                              Units::humanBytes2(budget.layerBytes), left});
                unreported = true;
                continue;
            }
            table.addRow(
                {budget.device.deviceId.id, budget.device.deviceId.library, budget.device.name,
                 Units::humanBytes2(budget.freeMemory), Units::humanBytes2(budget.backoffReserve),
                 Units::humanBytes2(budget.minimumMemory), Units::humanBytes2(budget.overhead),
                 Units::humanBytes2(budget.graph), Units::humanBytes2(budget.available),
                 LayerRanges::withCount(budget.layers), Units::humanBytes2(budget.layerBytes),
                 left});
        }
        table.print(out);
        if (unreported)
            out << "* not in the runner's memory report: ollama gives it no room\n";
    } else {
        out << "\nno GPUs: every layer stays on the CPU\n";
    }

    out << "\nCPU: layers " << LayerRanges::withCount(why.cpuLayers) << ", "
        << Units::humanBytes2(why.cpuLayerBytes) << "; with input weights and the CPU graph "
        << Units::humanBytes2(why.cpuBytes) << '\n';
    out << "GPUs in total: " << Units::humanBytes2(why.vramBytes) << '\n';
    out << "system memory: needs " << Units::humanBytes2(why.cpuBytes) << ", free "
        << Units::humanBytes2(why.systemFree) << " + swap " << Units::humanBytes2(why.systemSwap)
        << '\n';

    // What kept the remaining layers off the GPUs.
    if (!why.cpuLayers.isEmpty()) {
        if (plan.limitedByNumGpu(settings)) {
            out << "limit: num_gpu asks for " << settings.numGpu << " layers\n";
        } else {
            out << "limit: the smallest layer left on the CPU needs "
                << Units::humanBytes2(why.smallestCpuLayer());
            if (const LayoutExplanation::DeviceBudget *roomiest = why.roomiestDevice()) {
                out << "; the most room left on one GPU is "
                    << Units::humanBytes2(roomiest->roomLeft()) << " (" << roomiest->device.name
                    << ')';
            }
            out << '\n';
        }
    }
    if (plan.refused())
        out << "ollama would refuse: " << plan.refusal << '\n';
}

QJsonObject GoRunnerLayoutText::toJson(const LayoutPlan &plan)
{
    const LayoutExplanation &why = plan.explanation;
    QJsonArray devices;
    for (const LayoutExplanation::DeviceBudget &budget : why.devices) {
        QJsonObject device;
        device.insert(QLatin1StringView("id"), budget.device.deviceId.id);
        device.insert(QLatin1StringView("backend"), budget.device.deviceId.library);
        device.insert(QLatin1StringView("name"), budget.device.name);
        device.insert(QLatin1StringView("description"), budget.device.description);
        device.insert(QLatin1StringView("reported_by_runner"), budget.reportedByRunner);
        device.insert(QLatin1StringView("free_memory"), WireFormat::bytesValue(budget.freeMemory));
        device.insert(QLatin1StringView("backoff_reserve"),
                      WireFormat::bytesValue(budget.backoffReserve));
        device.insert(QLatin1StringView("minimum_memory"),
                      WireFormat::bytesValue(budget.minimumMemory));
        device.insert(QLatin1StringView("overhead"), WireFormat::bytesValue(budget.overhead));
        device.insert(QLatin1StringView("graph"), WireFormat::bytesValue(budget.graph));
        device.insert(QLatin1StringView("available"), WireFormat::bytesValue(budget.available));
        device.insert(QLatin1StringView("layers"), WireFormat::toJson(budget.layers));
        device.insert(QLatin1StringView("layer_bytes"), WireFormat::bytesValue(budget.layerBytes));
        devices.append(device);
    }
    QJsonArray sizes;
    for (quint64 size : why.layerSizes)
        sizes.append(WireFormat::bytesValue(size));
    QJsonObject cpu;
    cpu.insert(QLatin1StringView("layers"), WireFormat::toJson(why.cpuLayers));
    cpu.insert(QLatin1StringView("layer_bytes"), WireFormat::bytesValue(why.cpuLayerBytes));
    cpu.insert(QLatin1StringView("bytes"), WireFormat::bytesValue(why.cpuBytes));
    QJsonObject system;
    system.insert(QLatin1StringView("free_memory"), WireFormat::bytesValue(why.systemFree));
    system.insert(QLatin1StringView("free_swap"), WireFormat::bytesValue(why.systemSwap));

    QJsonObject explanation;
    explanation.insert(QLatin1StringView("library"), why.library);
    explanation.insert(QLatin1StringView("layer_sizes"), sizes);
    explanation.insert(QLatin1StringView("devices"), devices);
    explanation.insert(QLatin1StringView("cpu"), cpu);
    explanation.insert(QLatin1StringView("vram_bytes"), WireFormat::bytesValue(why.vramBytes));
    explanation.insert(QLatin1StringView("system"), system);

    QJsonObject result;
    result.insert(QLatin1StringView("gpu_layers"), WireFormat::toJson(plan.gpuLayers));
    result.insert(QLatin1StringView("string"), plan.gpuLayers.toString());
    result.insert(QLatin1StringView("sum"), plan.gpuLayers.sum());
    result.insert(QLatin1StringView("hash"), plan.gpuLayers.hashHex());
    result.insert(QLatin1StringView("explanation"), explanation);
    result.insert(QLatin1StringView("refusal"),
                  plan.refused() ? QJsonValue(plan.refusal) : QJsonValue());
    return result;
}

} // namespace vramscope
