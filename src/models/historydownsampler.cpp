#include "historydownsampler.h"

#include <QSet>

namespace vramscope {

HistoryDownsampler::HistoryDownsampler(const MemoryHistory *history) : m_history(history) {}

void HistoryDownsampler::setBuckets(qint64 origin, qint64 width)
{
    width = qMax<qint64>(1, width);
    if (origin == m_origin && width == m_width)
        return;
    m_origin = origin;
    m_width = width;
    m_series.clear();
}

void HistoryDownsampler::appendBucket(const Series &series, QList<QPointF> *points)
{
    if (series.bucket < 0)
        return;
    // As MemoryHistory::downsampled(): the two in time order, one if the same.
    const bool lowFirst = series.low.msecs <= series.high.msecs;
    const MemoryHistory::Sample &first = lowFirst ? series.low : series.high;
    const MemoryHistory::Sample &second = lowFirst ? series.high : series.low;
    points->append(QPointF(double(first.msecs), double(first.used)));
    if (second.msecs != first.msecs || second.used != first.used)
        points->append(QPointF(double(second.msecs), double(second.used)));
}

bool HistoryDownsampler::update(const QString &key)
{
    Series &series = m_series[key];
    const quint64 appended = m_history->appendedCount(key);
    if (appended < series.read)
        series = Series(); // the history dropped the series and began it anew
    if (appended == series.read)
        return false;
    const QList<MemoryHistory::Sample> fresh = m_history->samplesSince(key, series.read);
    series.read = appended;
    bool changed = false;
    for (const MemoryHistory::Sample &sample : fresh) {
        if (sample.msecs < m_origin)
            continue;
        const qint64 bucket = (sample.msecs - m_origin) / m_width;
        if (bucket > series.bucket) {
            appendBucket(series, &series.closed);
            series.bucket = bucket;
            series.low = series.high = sample;
            changed = true;
            continue;
        }
        // A sample of an earlier bucket (a clock that stepped back) joins
        // the open one, so that the points stay in time order.
        if (sample.used < series.low.used) {
            series.low = sample;
            changed = true;
        }
        if (sample.used > series.high.used) {
            series.high = sample;
            changed = true;
        }
    }
    return changed;
}

QList<QPointF> HistoryDownsampler::points(const QString &key) const
{
    const auto it = m_series.constFind(key);
    if (it == m_series.constEnd())
        return {};
    QList<QPointF> result;
    result.reserve(it->closed.size() + 2);
    result.append(it->closed);
    appendBucket(*it, &result);
    return result;
}

void HistoryDownsampler::retain(const QStringList &keys)
{
    const QSet<QString> kept(keys.begin(), keys.end());
    for (auto it = m_series.begin(); it != m_series.end();)
        it = kept.contains(it.key()) ? std::next(it) : m_series.erase(it);
}

} // namespace vramscope
