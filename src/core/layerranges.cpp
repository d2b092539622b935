#include "layerranges.h"

#include "gpulayerslist.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace vramscope::LayerRanges {

QString format(QList<int> layers)
{
    std::sort(layers.begin(), layers.end());
    QStringList runs;
    for (qsizetype i = 0; i < layers.size();) {
        qsizetype end = i;
        while (end + 1 < layers.size() && qint64(layers[end + 1]) == qint64(layers[end]) + 1)
            ++end;
        runs.append(end == i ? QString::number(layers[i])
                             : QString::number(layers[i]) + u'-' + QString::number(layers[end]));
        i = end + 1;
    }
    return runs.join(QStringLiteral(", "));
}

namespace {

std::optional<int> layerNumber(const QString &text, QString *error)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0) {
        if (error)
            *error =
                QCoreApplication::translate("vramscope::LayerRanges", "'%1' is not a layer number")
                    .arg(text.trimmed());
        return std::nullopt;
    }
    return value;
}

} // namespace

std::optional<QList<int>> parse(const QString &text, int layerCount, QString *error)
{
    // Bounds the work a typo like "0-2000000000" can cause.
    constexpr int MaxLayers = GpuLayersList::MaxLayers;
    QList<int> layers;
    QSet<int> seen;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const qsizetype dash = part.indexOf(u'-');
        const std::optional<int> first = layerNumber(dash < 0 ? part : part.left(dash), error);
        if (!first)
            return std::nullopt;
        const std::optional<int> last = dash < 0 ? first : layerNumber(part.mid(dash + 1), error);
        if (!last)
            return std::nullopt;
        if (*last < *first) {
            if (error)
                *error = QCoreApplication::translate("vramscope::LayerRanges",
                                                     "the range %1 runs backwards")
                             .arg(part.trimmed());
            return std::nullopt;
        }
        const int limit = layerCount >= 0 ? layerCount : MaxLayers;
        if (*last >= limit) {
            if (error) {
                if (layerCount == 0)
                    *error = QCoreApplication::translate("vramscope::LayerRanges",
                                                         "the model has no layers");
                else if (layerCount > 0)
                    *error = QCoreApplication::translate("vramscope::LayerRanges",
                                                         "layer %1 is past the model's last "
                                                         "layer (%2)")
                                 .arg(QString::number(*last), QString::number(layerCount - 1));
                else
                    *error = QCoreApplication::translate("vramscope::LayerRanges",
                                                         "layer %1 is too large")
                                 .arg(*last);
            }
            return std::nullopt;
        }
        for (int layer = *first; layer <= *last; ++layer) {
            if (seen.contains(layer)) {
                if (error)
                    *error = QCoreApplication::translate("vramscope::LayerRanges",
                                                         "layer %1 is named twice")
                                 .arg(layer);
                return std::nullopt;
            }
            seen.insert(layer);
            layers.append(layer);
        }
    }
    std::sort(layers.begin(), layers.end());
    return layers;
}

QString withCount(const QList<int> &layers)
{
    return layers.isEmpty() ? QStringLiteral("-")
                            : format(layers) + u" (" + QString::number(layers.size()) + u')';
}

} // namespace vramscope::LayerRanges
