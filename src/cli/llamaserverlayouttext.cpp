#include "llamaserverlayouttext.h"

#include "layerranges.h"
#include "llamaserverplan.h"
#include "texttable.h"
#include "units.h"
#include "wireformat.h"

#include <QJsonArray>
#include <QTextStream>

namespace vramscope {

namespace {

using Plan = LlamaServerPlan;

QString choiceName(Plan::GpuChoice choice)
{
    switch (choice) {
    case Plan::GpuChoice::NoGpu:
        return QStringLiteral("no_gpu");
    case Plan::GpuChoice::NumGpuZero:
        return QStringLiteral("num_gpu_zero");
    case Plan::GpuChoice::OnlyGpu:
        return QStringLiteral("only_gpu");
    case Plan::GpuChoice::MainGpu:
        return QStringLiteral("main_gpu");
    case Plan::GpuChoice::SingleGpu:
        return QStringLiteral("single_gpu");
    case Plan::GpuChoice::Group:
        return QStringLiteral("group");
    case Plan::GpuChoice::Spread:
        return QStringLiteral("spread");
    }
    return {};
}

QString fitName(Plan::Fit fit)
{
    switch (fit) {
    case Plan::Fit::None:
        return QStringLiteral("none");
    case Plan::Fit::DefaultSplit:
        return QStringLiteral("default_split");
    case Plan::Fit::RequestedLayers:
        return QStringLiteral("requested_layers");
    case Plan::Fit::BackToFront:
        return QStringLiteral("back_to_front");
    case Plan::Fit::MoeBackToFront:
        return QStringLiteral("moe_back_to_front");
    }
    return {};
}

QString choiceText(const Plan &plan)
{
    const QString library = plan.library.isEmpty() ? QStringLiteral("?") : plan.library;
    switch (plan.choice) {
    case Plan::GpuChoice::NoGpu:
        return QStringLiteral("no GPU: every layer stays on the CPU");
    case Plan::GpuChoice::NumGpuZero:
        return QStringLiteral("num_gpu 0: CPU only (-ngl 0)");
    case Plan::GpuChoice::OnlyGpu:
        return QStringLiteral("one GPU: nothing to choose");
    case Plan::GpuChoice::MainGpu:
        return u"main_gpu: GPU " + plan.selectedGpus.value(0).id + u" alone (--split-mode none)";
    case Plan::GpuChoice::SingleGpu:
        return u"GPU " + plan.selectedGpus.value(0).id +
               u" alone: the first whose available memory x 80% holds the prediction";
    case Plan::GpuChoice::Group:
        return u"no single GPU holds the prediction within 80% of its available memory: "
               u"the " +
               library + u" GPUs";
    case Plan::GpuChoice::Spread:
        return u"OLLAMA_SCHED_SPREAD: the " + library + u" GPUs";
    }
    return {};
}

QString fitText(const Plan &plan)
{
    switch (plan.fit) {
    case Plan::Fit::None:
        return QStringLiteral("no device: nothing to fit");
    case Plan::Fit::DefaultSplit:
        return QStringLiteral("every device keeps its margin with all layers split by free "
                              "memory: llama.cpp changes nothing");
    case Plan::Fit::RequestedLayers:
        return u"num_gpu passed as -ngl " + QString::number(plan.nGpuLayers) +
               u": the split by free memory stands, margins unchecked";
    case Plan::Fit::BackToFront:
    case Plan::Fit::MoeBackToFront: {
        QString text = QStringLiteral("a device breaks its margin in the split by free memory: "
                                      "filled from the last device backwards");
        if (plan.fit == Plan::Fit::MoeBackToFront)
            text += QStringLiteral("; layers that do not fit whole keep their experts on the CPU");
        return text;
    }
    }
    return {};
}

} // namespace

void LlamaServerLayoutText::print(QTextStream &out, const LlamaServerPlan &plan)
{
    out << plan.gpuLayers.toString() << '\n';
    out << "hash: " << plan.gpuLayers.hashHex() << "   layers on GPUs: " << plan.nGpuLayers
        << " of " << plan.layerCount << "   era: llama-server (ollama v0.30+)\n";

    out << "\nGPU choice (ollama): prediction " << Units::humanBytes2(plan.prediction) << '\n';
    if (!plan.candidates.isEmpty()) {
        using Align = TextTable::Align;
        TextTable table(
            {QStringLiteral("ID"), QStringLiteral("LIBRARY"), QStringLiteral("NAME"),
             QStringLiteral("INTEGRATED"), QStringLiteral("AVAILABLE"),
             QStringLiteral("HOLDS IN 80%")},
            {Align::Left, Align::Left, Align::Left, Align::Left, Align::Right, Align::Left});
        for (const Plan::Candidate &candidate : plan.candidates) {
            table.addRow(
                {candidate.device.deviceId.id, candidate.device.deviceId.library,
                 candidate.device.name,
                 candidate.device.integrated ? QStringLiteral("yes") : QStringLiteral("no"),
                 Units::humanBytes2(candidate.available),
                 candidate.holdsPrediction ? QStringLiteral("yes") : QStringLiteral("no")});
        }
        table.print(out);
    }
    out << "chosen: " << choiceText(plan) << '\n';

    out << "\nfit (llama.cpp): " << fitText(plan) << '\n';
    if (!plan.devices.isEmpty()) {
        using Align = TextTable::Align;
        TextTable table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("FREE"),
                         QStringLiteral("MARGIN"), QStringLiteral("TARGET"),
                         QStringLiteral("GRAPH"), QStringLiteral("DEFAULT"),
                         QStringLiteral("LAYERS"), QStringLiteral("BYTES")},
                        {Align::Left, Align::Left, Align::Right, Align::Right, Align::Right,
                         Align::Right, Align::Right, Align::Left, Align::Right});
        for (const Plan::Device &device : plan.devices) {
            QString layers = LayerRanges::withCount(device.layers);
            if (!device.denseOnlyLayers.isEmpty())
                layers += u", experts on the CPU: " + LayerRanges::format(device.denseOnlyLayers);
            table.addRow({device.device.deviceId.id, device.device.name,
                          Units::humanBytes2(device.freeMemory), Units::humanBytes2(device.margin),
                          Units::humanBytes2(device.target), Units::humanBytes2(device.graph),
                          Units::humanBytes2(device.defaultBytes), layers,
                          Units::humanBytes2(device.bytes())});
        }
        table.print(out);
        out << "DEFAULT: layers + graph in the split by free memory; target = free - margin\n";
    }
    out << "-ngl " << plan.nGpuLayers << ", tensor split: ";
    if (plan.tensorSplit) {
        QStringList counts;
        for (int count : *plan.tensorSplit)
            counts.append(QString::number(count));
        out << counts.join(u',') << '\n';
    } else {
        out << "none (by free memory)\n";
    }
    out << "\nCPU: layers " << LayerRanges::withCount(plan.cpuLayers) << ", "
        << Units::humanBytes2(plan.cpuLayerBytes) << "; with the input weights "
        << Units::humanBytes2(plan.cpuBytes) << '\n';
    if (!plan.cpuLayers.isEmpty() &&
        (plan.fit == Plan::Fit::BackToFront || plan.fit == Plan::Fit::MoeBackToFront)) {
        out << "limit: no device had room for layer " << plan.cpuLayers.last()
            << " within its target\n";
    }
}

QJsonObject LlamaServerLayoutText::toJson(const LlamaServerPlan &plan)
{
    QJsonArray candidates;
    for (const Plan::Candidate &candidate : plan.candidates) {
        QJsonObject entry;
        entry.insert(QLatin1StringView("id"), candidate.device.deviceId.id);
        entry.insert(QLatin1StringView("backend"), candidate.device.deviceId.library);
        entry.insert(QLatin1StringView("integrated"), candidate.device.integrated);
        entry.insert(QLatin1StringView("available"), WireFormat::bytesValue(candidate.available));
        entry.insert(QLatin1StringView("holds_prediction"), candidate.holdsPrediction);
        candidates.append(entry);
    }
    QJsonArray devices;
    for (const Plan::Device &device : plan.devices) {
        QJsonObject entry;
        entry.insert(QLatin1StringView("id"), device.device.deviceId.id);
        entry.insert(QLatin1StringView("backend"), device.device.deviceId.library);
        entry.insert(QLatin1StringView("name"), device.device.name);
        entry.insert(QLatin1StringView("free_memory"), WireFormat::bytesValue(device.freeMemory));
        entry.insert(QLatin1StringView("margin"), WireFormat::bytesValue(device.margin));
        entry.insert(QLatin1StringView("target"), WireFormat::bytesValue(device.target));
        entry.insert(QLatin1StringView("graph"), WireFormat::bytesValue(device.graph));
        entry.insert(QLatin1StringView("default_bytes"),
                     WireFormat::bytesValue(device.defaultBytes));
        entry.insert(QLatin1StringView("layers"), WireFormat::toJson(device.layers));
        entry.insert(QLatin1StringView("dense_only_layers"),
                     WireFormat::toJson(device.denseOnlyLayers));
        entry.insert(QLatin1StringView("layer_bytes"), WireFormat::bytesValue(device.layerBytes));
        entry.insert(QLatin1StringView("bytes"), WireFormat::bytesValue(device.bytes()));
        devices.append(entry);
    }
    QJsonObject cpu;
    cpu.insert(QLatin1StringView("layers"), WireFormat::toJson(plan.cpuLayers));
    cpu.insert(QLatin1StringView("layer_bytes"), WireFormat::bytesValue(plan.cpuLayerBytes));
    cpu.insert(QLatin1StringView("bytes"), WireFormat::bytesValue(plan.cpuBytes));

    QJsonObject explanation;
    explanation.insert(QLatin1StringView("gpu_choice"), choiceName(plan.choice));
    explanation.insert(QLatin1StringView("fit"), fitName(plan.fit));
    explanation.insert(QLatin1StringView("prediction"), WireFormat::bytesValue(plan.prediction));
    explanation.insert(QLatin1StringView("library"), plan.library);
    explanation.insert(QLatin1StringView("candidates"), candidates);
    explanation.insert(QLatin1StringView("devices"), devices);
    explanation.insert(QLatin1StringView("cpu"), cpu);

    QJsonArray selected;
    for (const DeviceId &id : plan.selectedGpus)
        selected.append(id.id);
    QJsonObject result;
    result.insert(QLatin1StringView("gpu_layers"), WireFormat::toJson(plan.gpuLayers));
    result.insert(QLatin1StringView("string"), plan.gpuLayers.toString());
    result.insert(QLatin1StringView("sum"), plan.gpuLayers.sum());
    result.insert(QLatin1StringView("hash"), plan.gpuLayers.hashHex());
    result.insert(QLatin1StringView("era"), QStringLiteral("llama-server"));
    result.insert(QLatin1StringView("selected_gpus"), selected);
    result.insert(QLatin1StringView("single_gpu"), plan.singleGpu());
    result.insert(QLatin1StringView("n_gpu_layers"), plan.nGpuLayers);
    result.insert(QLatin1StringView("tensor_split"),
                  plan.tensorSplit ? QJsonValue(WireFormat::toJson(*plan.tensorSplit))
                                   : QJsonValue());
    result.insert(QLatin1StringView("explanation"), explanation);
    result.insert(QLatin1StringView("refusal"), QJsonValue());
    return result;
}

} // namespace vramscope
