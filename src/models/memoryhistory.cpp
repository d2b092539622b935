#include "memoryhistory.h"

#include <limits>

namespace vramscope {

MemoryHistory::MemoryHistory(qsizetype capacityPerSeries)
    : m_capacity(qMax<qsizetype>(1, capacityPerSeries))
{
}

void MemoryHistory::append(const QString &series, qint64 msecs, quint64 used)
{
    if (!m_series.contains(series))
        m_order.append(series);
    Ring &ring = m_series[series];
    ++ring.appended;
    if (ring.samples.size() < m_capacity) {
        ring.samples.append({msecs, used});
        return;
    }
    ring.samples[ring.head] = {msecs, used};
    ring.head = (ring.head + 1) % m_capacity;
}

void MemoryHistory::addMarker(const Marker &marker)
{
    if (m_markers.size() >= MaxMarkers)
        m_markers.removeFirst();
    m_markers.append(marker);
}

void MemoryHistory::removeSeries(const QString &series)
{
    if (m_series.remove(series))
        m_order.removeOne(series);
}

QStringList MemoryHistory::seriesKeys() const
{
    return m_order;
}

qsizetype MemoryHistory::sampleCount(const QString &series) const
{
    return m_series.value(series).samples.size();
}

template <typename Visit> void MemoryHistory::forEach(const Ring &ring, Visit visit) const
{
    const qsizetype size = ring.samples.size();
    for (qsizetype i = 0; i < size; ++i)
        visit(ring.samples[(ring.head + i) % size]);
}

QList<MemoryHistory::Sample> MemoryHistory::samples(const QString &series) const
{
    QList<Sample> result;
    const auto it = m_series.constFind(series);
    if (it == m_series.constEnd())
        return result;
    result.reserve(it->samples.size());
    forEach(*it, [&result](const Sample &sample) { result.append(sample); });
    return result;
}

quint64 MemoryHistory::appendedCount(const QString &series) const
{
    const auto it = m_series.constFind(series);
    return it == m_series.constEnd() ? 0 : it->appended;
}

QList<MemoryHistory::Sample> MemoryHistory::samplesSince(const QString &series,
                                                         quint64 appended) const
{
    QList<Sample> result;
    const auto it = m_series.constFind(series);
    if (it == m_series.constEnd() || appended >= it->appended)
        return result;
    const qsizetype size = it->samples.size();
    const qsizetype fresh = qsizetype(qMin<quint64>(it->appended - appended, quint64(size)));
    result.reserve(fresh);
    for (qsizetype i = size - fresh; i < size; ++i)
        result.append(it->samples[(it->head + i) % size]);
    return result;
}

std::pair<qint64, qint64> MemoryHistory::timeRange() const
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const Ring &ring : m_series) {
        if (ring.samples.isEmpty())
            continue;
        first = qMin(first, ring.samples[ring.head % ring.samples.size()].msecs);
        const qsizetype newest = (ring.head + ring.samples.size() - 1) % ring.samples.size();
        last = qMax(last, ring.samples[newest].msecs);
    }
    return first > last ? std::pair<qint64, qint64>{0, 0} : std::pair{first, last};
}

QList<QPointF> MemoryHistory::downsampled(const QString &series, qint64 from, qint64 to,
                                          int buckets) const
{
    QList<QPointF> points;
    const auto it = m_series.constFind(series);
    if (it == m_series.constEnd() || buckets <= 0 || to < from)
        return points;
    const qint64 span = to - from + 1;
    int bucket = -1;
    Sample low;
    Sample high;
    auto flush = [&] {
        if (bucket < 0)
            return;
        const Sample &first = low.msecs <= high.msecs ? low : high;
        const Sample &second = low.msecs <= high.msecs ? high : low;
        points.append(QPointF(double(first.msecs), double(first.used)));
        if (second.msecs != first.msecs || second.used != first.used)
            points.append(QPointF(double(second.msecs), double(second.used)));
    };
    forEach(*it, [&](const Sample &sample) {
        if (sample.msecs < from || sample.msecs > to)
            return;
        const int current = int((sample.msecs - from) * buckets / span);
        if (current != bucket) {
            flush();
            bucket = current;
            low = high = sample;
            return;
        }
        if (sample.used < low.used)
            low = sample;
        if (sample.used > high.used)
            high = sample;
    });
    flush();
    return points;
}

} // namespace vramscope
