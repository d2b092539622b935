#include "planexplanationtext.h"

#include "devicecolors.h"
#include "layerranges.h"
#include "layoutplan.h"
#include "units.h"

namespace vramscope {

namespace {

QString bytes(quint64 value)
{
    return Units::humanBytes2(value);
}

// "1.5 GiB" in a table cell, right-aligned.
QString cell(const QString &text)
{
    return u"<td align=\"right\">" + text.toHtmlEscaped() + u"</td>";
}

} // namespace

QString PlanExplanationText::html(const LayoutPlan &plan, const LayoutSettings &settings)
{
    const LayoutExplanation &why = plan.explanation;
    QString html;
    html += u"<p>" +
            tr("ollama would choose <code>%1</code>: %2 of %3 layers on GPUs, hash %4.")
                .arg(plan.gpuLayers.toString().toHtmlEscaped())
                .arg(plan.gpuLayers.sum())
                .arg(why.layerSizes.size())
                .arg(plan.gpuLayers.hashHex()) +
            u"</p>";
    html += u"<p>" + tr("By the rules of ollama \u2264 0.24: the Go runner's scheduler.") + u"</p>";
    html += u"<p>" +
            tr("Planned with num_gpu %1, GPU overhead %2, spread %3, require full %4.")
                .arg(QString::number(settings.numGpu), bytes(settings.gpuOverhead),
                     settings.spread ? tr("on") : tr("off"),
                     settings.requireFull ? tr("on") : tr("off"))
                .toHtmlEscaped() +
            u"</p>";
    if (plan.refused()) {
        html += u"<p style=\"color:" + DeviceColors::shortColor().name() + u"\"><b>" +
                tr("ollama would refuse to load:") + u"</b> \u201c" + plan.refusal.toHtmlEscaped() +
                u"\u201d</p>";
    }
    if (why.devices.isEmpty()) {
        html += u"<p>" + tr("No GPUs: every layer stays on the CPU.") + u"</p>";
    } else {
        html += u"<p>" +
                tr("GPUs in the order ollama considers them; available = free \u2212 backoff "
                   "\u2212 minimum \u2212 overhead \u2212 graph:") +
                u"</p><table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr>";
        for (const QString &header :
             {tr("GPU"), tr("free"), tr("backoff"), tr("minimum"), tr("overhead"), tr("graph"),
              tr("available"), tr("layers"), tr("layer bytes")})
            html += u"<th>" + header.toHtmlEscaped() + u"</th>";
        html += u"</tr>";
        for (const LayoutExplanation::DeviceBudget &budget : why.devices) {
            html += u"<tr><td>" + budget.device.name.toHtmlEscaped() + u"</td>";
            if (budget.reportedByRunner) {
                html += cell(bytes(budget.freeMemory)) + cell(bytes(budget.backoffReserve)) +
                        cell(bytes(budget.minimumMemory)) + cell(bytes(budget.overhead)) +
                        cell(bytes(budget.graph)) + cell(bytes(budget.available));
            } else {
                html += cell(bytes(budget.freeMemory)) + u"<td colspan=\"5\">" +
                        tr("not in the memory report: no room").toHtmlEscaped() + u"</td>";
            }
            html += u"<td>" +
                    (budget.layers.isEmpty() ? QStringLiteral("\u2013")
                                             : LayerRanges::format(budget.layers)) +
                    u"</td>" + cell(bytes(budget.layerBytes)) + u"</tr>";
        }
        html += u"</table>";
    }
    html += u"<p>" +
            tr("CPU: layers %1 (%2); with input weights and the CPU's graph %3. System memory: "
               "%4 free + %5 swap.")
                .arg(why.cpuLayers.isEmpty() ? QStringLiteral("\u2013")
                                             : LayerRanges::format(why.cpuLayers),
                     bytes(why.cpuLayerBytes), bytes(why.cpuBytes), bytes(why.systemFree),
                     bytes(why.systemSwap))
                .toHtmlEscaped() +
            u"</p>";
    // What kept the remaining layers off the GPUs.
    if (!why.cpuLayers.isEmpty()) {
        QString limit;
        if (plan.limitedByNumGpu(settings)) {
            limit = tr("num_gpu asks for %1 layers.").arg(settings.numGpu);
        } else {
            const QString smallest = bytes(why.smallestCpuLayer());
            const LayoutExplanation::DeviceBudget *roomiest = why.roomiestDevice();
            limit = !roomiest
                        ? tr("the smallest layer left on the CPU needs %1.").arg(smallest)
                        : tr("the smallest layer left on the CPU needs %1; the most room left on "
                             "one GPU is %2 (%3).")
                              .arg(smallest, bytes(roomiest->roomLeft()), roomiest->device.name);
        }
        html += u"<p>" + tr("Limit: %1").arg(limit).toHtmlEscaped() + u"</p>";
    }
    return html;
}

QString PlanExplanationText::errorHtml(const QString &error)
{
    return u"<p style=\"color:" + DeviceColors::shortColor().name() + u"\">" +
           error.toHtmlEscaped() + u"</p>";
}

} // namespace vramscope
