#include "loggedsplitexplanationtext.h"

#include "logcomparison.h"
#include "units.h"

namespace vramscope {

namespace {

QString cell(const QString &text)
{
    return u"<td align=\"right\">" + text.toHtmlEscaped() + u"</td>";
}

// A count the log gave, a dash where it did not.
QString count(int value)
{
    return value < 0 ? QStringLiteral("\u2013") : QString::number(value);
}

QString paragraph(const QString &text)
{
    return u"<p>" + text.toHtmlEscaped() + u"</p>";
}

} // namespace

QString LoggedSplitExplanationText::html(const LogComparison &logged)
{
    if (!logged.load)
        return paragraph(tr("The server log has no load of this model to compare with."));
    const ModelLoad &load = *logged.load;
    if (!logged.split) {
        return paragraph(
            tr("The server log's last load of this model (started %1) ran with "
               "other settings (-c %2, -np %3, KV cache %4): not compared.")
                .arg(load.started, count(load.contextSize > 0 ? load.contextSize : -1),
                     count(load.parallel > 0 ? load.parallel : -1),
                     load.kvCacheType.isEmpty() ? QStringLiteral("f16") : load.kvCacheType));
    }
    const LoggedSplit &split = *logged.split;
    QString html = paragraph(
        (split.agrees()
             ? tr("The server log's last load of this model (started %1) offloaded %2 of %3 "
                  "layers; this plan %4 of %5: they agree.")
             : tr("The server log's last load of this model (started %1) offloaded %2 of %3 "
                  "layers; this plan %4 of %5: they differ."))
            .arg(split.loadStarted, count(split.loggedLayers), count(split.loggedLayerCount))
            .arg(split.plannedLayers)
            .arg(split.layerCount));
    html += u"<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr>";
    for (const QString &header : {tr("GPU"), tr("in the log"), tr("planned layers"),
                                  tr("logged layers"), tr("planned bytes"), tr("logged bytes")})
        html += u"<th>" + header.toHtmlEscaped() + u"</th>";
    html += u"</tr>";
    for (const LoggedSplit::Device &device : split.devices) {
        html += u"<tr><td>" + device.device.name.toHtmlEscaped() + u"</td><td>" +
                (device.loggedName.isEmpty() ? QStringLiteral("\u2013")
                                             : device.loggedName.toHtmlEscaped()) +
                u"</td>" + cell(QString::number(device.plannedLayers)) +
                cell(count(device.loggedLayers)) + cell(Units::humanBytes2(device.plannedBytes)) +
                cell(device.loggedBytes ? Units::humanBytes2(quint64(device.loggedBytes->bytes))
                                        : QStringLiteral("\u2013")) +
                u"</tr>";
    }
    html += u"</table>";
    if (logged.measuredGraphs > 0) {
        html += paragraph(tr("This plan uses the compute buffers that load measured, on %n "
                             "device(s).",
                             nullptr, logged.measuredGraphs));
    }
    return html;
}

} // namespace vramscope
