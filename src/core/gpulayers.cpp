#include "gpulayers.h"

#include <QStringList>

#include <algorithm>

namespace vramscope {

QString GpuLayers::toString() const
{
    if (layers.isEmpty())
        return QString();
    QList<int> sorted = layers;
    std::sort(sorted.begin(), sorted.end());
    const QString head = u"ID:" + deviceId.id + u" Layers:" + QString::number(sorted.size());
    bool contiguous = true;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (qint64(sorted[i]) != qint64(sorted.first()) + i) {
            contiguous = false;
            break;
        }
    }
    if (contiguous)
        return head + u'(' + QString::number(sorted.first()) + u".." +
               QString::number(sorted.last()) + u')';
    QStringList numbers;
    for (int layer : sorted)
        numbers.append(QString::number(layer));
    return head + u'[' + numbers.join(u' ') + u']';
}

} // namespace vramscope
