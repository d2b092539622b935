#pragma once

#include "memoryhistory.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

namespace vramscope {

// Each series of a MemoryHistory reduced as MemoryHistory::downsampled()
// does (the minimum and the maximum of each bucket of time, in time order),
// over buckets of a fixed width from a fixed origin, and kept up to date
// incrementally: an update reads only the samples appended since the last
// one, so a chart's refresh costs what is new rather than the whole history.
// Points of samples the ring has evicted since stay until the buckets change.
class HistoryDownsampler
{
public:
    explicit HistoryDownsampler(const MemoryHistory *history);

    // Buckets of `width` msecs from `origin`; samples before it are left
    // out. Changing either starts every series over.
    void setBuckets(qint64 origin, qint64 width);
    qint64 origin() const { return m_origin; }
    qint64 bucketWidth() const { return m_width; }

    // Reads what came since the last update; whether the points changed.
    bool update(const QString &series);
    // x in msecs since the epoch, y in bytes.
    QList<QPointF> points(const QString &series) const;
    // Forgets the series not in keys.
    void retain(const QStringList &keys);

private:
    struct Series
    {
        QList<QPointF> closed; // the buckets before the open one
        qint64 bucket = -1;    // the open bucket; -1 before the first sample
        MemoryHistory::Sample low;
        MemoryHistory::Sample high;
        quint64 read = 0; // the history's appendedCount() when last updated
    };

    static void appendBucket(const Series &series, QList<QPointF> *points);

    const MemoryHistory *m_history;
    qint64 m_origin = 0;
    qint64 m_width = 1000;
    QHash<QString, Series> m_series;
};

} // namespace vramscope
