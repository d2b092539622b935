#include "layerranges.h"

#include "gpulayerslist.h"

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
            *error = u"'" + text.trimmed() + u"' is not a layer number";
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
                *error = u"the range " + part.trimmed() + u" runs backwards";
            return std::nullopt;
        }
        const int limit = layerCount >= 0 ? layerCount : MaxLayers;
        if (*last >= limit) {
            if (error) {
                if (layerCount == 0)
                    *error = QStringLiteral("the model has no layers");
                else if (layerCount > 0)
                    *error = u"layer " + QString::number(*last) +
                             u" is past the model's last layer (" +
                             QString::number(layerCount - 1) + u')';
                else
                    *error = u"layer " + QString::number(*last) + u" is too large";
            }
            return std::nullopt;
        }
        for (int layer = *first; layer <= *last; ++layer) {
            if (seen.contains(layer)) {
                if (error)
                    *error = u"layer " + QString::number(layer) + u" is named twice";
                return std::nullopt;
            }
            seen.insert(layer);
            layers.append(layer);
        }
    }
    std::sort(layers.begin(), layers.end());
    return layers;
}

} // namespace vramscope::LayerRanges
