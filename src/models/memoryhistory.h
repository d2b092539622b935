#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

namespace vramscope {

// Used memory per GPU over time: a bounded ring buffer of raw samples per
// series (default four hours at 1 Hz), plus load start and finish markers.
// Charts ask for a downsampled view, about one point per pixel, so a long
// session stays smooth while the raw samples stay exact.
class MemoryHistory
{
public:
    struct Sample
    {
        qint64 msecs = 0; // since the epoch, UTC
        quint64 used = 0;
    };

    struct Marker
    {
        enum class Kind
        {
            LoadStarted,
            LoadFinished
        };
        qint64 msecs = 0;
        Kind kind = Kind::LoadStarted;
        QString source;
    };

    static constexpr qsizetype DefaultCapacity = 4 * 3600;
    static constexpr qsizetype MaxMarkers = 1000;

    explicit MemoryHistory(qsizetype capacityPerSeries = DefaultCapacity);

    void append(const QString &series, qint64 msecs, quint64 used);
    void addMarker(const Marker &marker);
    // Forgets a series (its GPU went with its source); markers stay.
    void removeSeries(const QString &series);

    QStringList seriesKeys() const;
    qsizetype sampleCount(const QString &series) const;
    // Oldest first.
    QList<Sample> samples(const QString &series) const;
    // Samples ever appended to a series, evicted ones included: a reader
    // that keeps this count can ask for only what came after.
    quint64 appendedCount(const QString &series) const;
    // The samples appended after the first `appended`, as far as the ring
    // still holds them, oldest first.
    QList<Sample> samplesSince(const QString &series, quint64 appended) const;
    QList<Marker> markers() const { return m_markers; }
    // Earliest and latest sample over all series; {0, 0} when empty.
    std::pair<qint64, qint64> timeRange() const;

    // The samples in [from, to] reduced to at most two points (the minimum
    // and the maximum, in time order) for each of `buckets` equal slices of
    // time; x is msecs, y is bytes.
    QList<QPointF> downsampled(const QString &series, qint64 from, qint64 to, int buckets) const;

private:
    struct Ring
    {
        QList<Sample> samples; // at most m_capacity; oldest at `head` once full
        qsizetype head = 0;
        quint64 appended = 0;
    };

    template <typename Visit> void forEach(const Ring &ring, Visit visit) const;

    qsizetype m_capacity;
    QHash<QString, Ring> m_series;
    QStringList m_order;
    QList<Marker> m_markers;
};

} // namespace vramscope
