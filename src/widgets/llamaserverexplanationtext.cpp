#include "llamaserverexplanationtext.h"

#include "layerranges.h"
#include "llamaserverplan.h"
#include "units.h"

namespace vramscope {

namespace {

using Plan = LlamaServerPlan;

QString bytes(quint64 value)
{
    return Units::humanBytes2(value);
}

QString cell(const QString &text)
{
    return u"<td align=\"right\">" + text.toHtmlEscaped() + u"</td>";
}

QString layers(const QList<int> &list)
{
    return list.isEmpty() ? QStringLiteral("\u2013") : LayerRanges::format(list);
}

} // namespace

QString LlamaServerExplanationText::html(const LlamaServerPlan &plan, int measuredGraphs)
{
    QString html;
    html += u"<p>" +
            tr("ollama would choose <code>%1</code>: %2 of %3 layers on GPUs, hash %4.")
                .arg(plan.gpuLayers.toString().toHtmlEscaped())
                .arg(plan.nGpuLayers)
                .arg(plan.layerCount)
                .arg(plan.gpuLayers.hashHex()) +
            u"</p>";
    html += u"<p>" +
            (measuredGraphs > 0
                 ? tr("By the rules of ollama \u2265 0.30: its choice of GPUs, then llama.cpp's "
                      "fit.")
                 : tr("By the rules of ollama \u2265 0.30: its choice of GPUs, then llama.cpp's "
                      "fit. Compute buffers are estimates.")) +
            u"</p>";

    QString choice;
    const QString first = plan.selectedGpus.isEmpty() ? QString() : plan.selectedGpus.first().id;
    switch (plan.choice) {
    case Plan::GpuChoice::NoGpu:
        choice = tr("No GPU: every layer stays on the CPU.");
        break;
    case Plan::GpuChoice::NumGpuZero:
        choice = tr("num_gpu 0: the CPU only.");
        break;
    case Plan::GpuChoice::OnlyGpu:
        choice = tr("One GPU: nothing to choose.");
        break;
    case Plan::GpuChoice::MainGpu:
        choice = tr("main_gpu: GPU %1 alone.").arg(first);
        break;
    case Plan::GpuChoice::SingleGpu:
        choice = tr("GPU %1 alone: 80% of its available memory holds the prediction of %2.")
                     .arg(first, bytes(plan.prediction));
        break;
    case Plan::GpuChoice::Group:
        choice = tr("No single GPU holds the prediction of %1 in 80% of its available memory: "
                    "the %2 GPUs.")
                     .arg(bytes(plan.prediction), plan.library);
        break;
    case Plan::GpuChoice::Spread:
        choice = tr("Spread: the %1 GPUs.").arg(plan.library);
        break;
    }
    html += u"<p>" + choice.toHtmlEscaped() + u"</p>";

    QString fit;
    switch (plan.fit) {
    case Plan::Fit::None:
        break;
    case Plan::Fit::DefaultSplit:
        fit = tr("Every device keeps its margin with the split by free memory: llama.cpp "
                 "changes nothing.");
        break;
    case Plan::Fit::RequestedLayers:
        fit = tr("num_gpu is passed as -ngl %1: the split by free memory stands.")
                  .arg(plan.nGpuLayers);
        break;
    case Plan::Fit::BackToFront:
    case Plan::Fit::MoeBackToFront:
        fit = tr("A device would break its margin in the split by free memory: llama.cpp fills "
                 "the devices from the last one backwards.");
        break;
    }
    if (!fit.isEmpty())
        html += u"<p>" + fit.toHtmlEscaped() + u"</p>";

    if (!plan.devices.isEmpty()) {
        html += u"<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr>";
        for (const QString &header : {tr("GPU"), tr("free"), tr("margin"), tr("target"),
                                      tr("graph"), tr("layers"), tr("bytes")})
            html += u"<th>" + header.toHtmlEscaped() + u"</th>";
        html += u"</tr>";
        for (const Plan::Device &device : plan.devices) {
            QString held = layers(device.layers);
            if (!device.denseOnlyLayers.isEmpty())
                held += u' ' + tr("(experts of %1 on the CPU)").arg(layers(device.denseOnlyLayers));
            html += u"<tr><td>" + device.device.name.toHtmlEscaped() + u"</td>" +
                    cell(bytes(device.freeMemory)) + cell(bytes(device.margin)) +
                    cell(bytes(device.target)) + cell(bytes(device.graph)) + u"<td>" +
                    held.toHtmlEscaped() + u"</td>" + cell(bytes(device.bytes())) + u"</tr>";
        }
        html += u"</table>";
        QString split;
        if (plan.tensorSplit) {
            QStringList counts;
            for (int count : *plan.tensorSplit)
                counts.append(QString::number(count));
            split = counts.join(u',');
        }
        html +=
            u"<p>" +
            (split.isEmpty() ? tr("-ngl %1, no tensor split (by free memory).").arg(plan.nGpuLayers)
                             : tr("-ngl %1, tensor split %2.").arg(plan.nGpuLayers).arg(split))
                .toHtmlEscaped() +
            u"</p>";
    }
    html += u"<p>" +
            tr("CPU: layers %1 (%2); with the input weights %3.")
                .arg(layers(plan.cpuLayers), bytes(plan.cpuLayerBytes), bytes(plan.cpuBytes))
                .toHtmlEscaped() +
            u"</p>";
    return html;
}

} // namespace vramscope
