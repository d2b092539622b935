#include "memoryhistorychart.h"

#include "devicetablemodel.h"
#include "memoryhistory.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <array>

namespace vramscope {

namespace {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
// Redraws at most this often, however fast samples come in.
constexpr int RefreshMs = 250;
// Past this many GPUs the legend's names shrink to nothing and wide lines
// smear together: no legend then, and thin lines.
constexpr int LegibleLines = 6;
// What the time axis moves by: the first step of at least a twentieth of
// the time shown, so that the axis moves once every few percent of it.
constexpr std::array<qint64, 13> AxisStepsMs{1000,   2000,   5000,   10000,  15000,   30000,  60000,
                                             120000, 300000, 600000, 900000, 1800000, 3600000};

// [from, to] widened to whole steps.
std::pair<qint64, qint64> steppedRange(qint64 from, qint64 to)
{
    qint64 step = AxisStepsMs.back();
    for (qint64 candidate : AxisStepsMs) {
        if (candidate * 20 >= to - from) {
            step = candidate;
            break;
        }
    }
    const qint64 start = from - from % step;
    return {start, start + qMax<qint64>(1, (to - start + step - 1) / step) * step};
}

} // namespace

MemoryHistoryChart::MemoryHistoryChart(const MemoryHistory *history,
                                       const DeviceTableModel *devices, QWidget *parent)
    : QChartView(new QChart, parent), m_history(history), m_devices(devices), m_downsampler(history)
{
    QChart *chart = this->chart();
    chart->setTitle(tr("Used memory over time"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    // The light theme fills the card with a white-to-white gradient, which
    // Qt blends scanline by scanline in its thread pool: the same, solid.
    chart->setBackgroundBrush(palette().color(QPalette::Base));

    m_timeAxis = new QDateTimeAxis(chart);
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTickCount(5);
    m_memoryAxis = new QValueAxis(chart);
    m_memoryAxis->setTitleText(tr("GiB"));
    m_memoryAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_memoryAxis, Qt::AlignLeft);

    m_loadStarted = new QScatterSeries(chart);
    m_loadStarted->setName(tr("Load started"));
    m_loadStarted->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_loadStarted->setMarkerSize(11);
    m_loadStarted->setColor(QColor(0xd9, 0x77, 0x06));
    m_loadFinished = new QScatterSeries(chart);
    m_loadFinished->setName(tr("Load finished"));
    m_loadFinished->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_loadFinished->setMarkerSize(9);
    m_loadFinished->setColor(QColor(0x2e, 0x7d, 0x32));
    for (QScatterSeries *markers : {m_loadStarted, m_loadFinished}) {
        chart->addSeries(markers);
        markers->attachAxis(m_timeAxis);
        markers->attachAxis(m_memoryAxis);
    }

    setRenderHint(QPainter::Antialiasing, false);
    setMinimumSize(320, 200);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MemoryHistoryChart::refresh);
    refresh();
}

void MemoryHistoryChart::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

QLineSeries *MemoryHistoryChart::seriesFor(const QString &key)
{
    if (QLineSeries *existing = m_series.value(key))
        return existing;
    auto *series = new QLineSeries(chart());
    series->setUseOpenGL(false);
    chart()->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_memoryAxis);
    if (!m_legible) {
        QPen pen = series->pen();
        pen.setWidth(1);
        series->setPen(pen);
    }
    m_series.insert(key, series);
    return series;
}

void MemoryHistoryChart::setLegible(bool legible)
{
    if (legible == m_legible)
        return;
    m_legible = legible;
    chart()->legend()->setVisible(legible);
    for (QLineSeries *series : std::as_const(m_series)) {
        QPen pen = series->pen();
        pen.setWidth(legible ? 2 : 1);
        series->setPen(pen);
    }
}

void MemoryHistoryChart::refresh()
{
    const QStringList keys = m_history->seriesKeys();
    auto [from, to] = m_history->timeRange();
    if (keys.isEmpty()) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        from = now - 60000;
        to = now;
    }
    const auto [start, end] = steppedRange(from, to);
    // Each bucket yields up to two points (min and max): half the width in
    // buckets keeps to about one point per pixel.
    const int buckets = qMax(25, int(chart()->plotArea().width()) / 2);
    m_downsampler.setBuckets(start, (end - start + buckets - 1) / buckets);
    // A new range lays out every line again: only when it moves.
    if (m_axisRange != std::pair{start, end}) {
        m_axisRange = {start, end};
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(start),
                             QDateTime::fromMSecsSinceEpoch(end));
    }

    const QStringList labels = m_devices->rowLabels();
    dropSeriesNotIn(keys);
    m_downsampler.retain(keys);
    setLegible(keys.size() <= LegibleLines);
    double maximum = 1.0;
    for (const QString &key : keys) {
        QLineSeries *series = seriesFor(key);
        if (m_downsampler.update(key)) {
            QList<QPointF> points = m_downsampler.points(key);
            double peak = 0.0;
            for (QPointF &point : points) {
                point.setY(point.y() / GiB);
                peak = qMax(peak, point.y());
            }
            m_peaks.insert(key, peak);
            series->replace(points);
        }
        maximum = qMax(maximum, m_peaks.value(key));
        const int row = m_devices->rowOfKey(key);
        if (row >= 0) {
            if (series->name() != labels[row])
                series->setName(labels[row]);
            maximum = qMax(maximum, double(m_devices->device(row).totalMemory) / GiB);
        }
    }
    const double top = std::ceil(maximum);
    placeMarkers(start, end, top);
    if (m_memoryAxis->min() != 0.0 || m_memoryAxis->max() != top)
        m_memoryAxis->setRange(0.0, top);
}

void MemoryHistoryChart::placeMarkers(qint64 from, qint64 to, double top)
{
    QList<QPointF> started;
    QList<QPointF> finished;
    for (const MemoryHistory::Marker &marker : m_history->markers()) {
        if (marker.msecs < from || marker.msecs > to)
            continue;
        (marker.kind == MemoryHistory::Marker::Kind::LoadStarted ? started : finished)
            .append(QPointF(double(marker.msecs), top * 0.97));
    }
    if (m_loadStarted->points() != started)
        m_loadStarted->replace(started);
    if (m_loadFinished->points() != finished)
        m_loadFinished->replace(finished);
}

void MemoryHistoryChart::dropSeriesNotIn(const QStringList &keys)
{
    const QSet<QString> kept(keys.begin(), keys.end());
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (kept.contains(it.key())) {
            ++it;
            continue;
        }
        // Rare (a source was removed), so the leak of re-created series in
        // Qt Charts 6.4 does not add up here.
        chart()->removeSeries(it.value());
        delete it.value();
        m_peaks.remove(it.key());
        it = m_series.erase(it);
    }
}

QStringList MemoryHistoryChart::seriesNames() const
{
    QStringList names;
    for (const QString &key : m_history->seriesKeys()) {
        if (const QLineSeries *series = m_series.value(key))
            names.append(series->name());
    }
    return names;
}

qsizetype MemoryHistoryChart::pointCount(const QString &seriesKey) const
{
    const QLineSeries *series = m_series.value(seriesKey);
    return series ? series->count() : 0;
}

} // namespace vramscope
