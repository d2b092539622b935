#include "memoryhistorychart.h"

#include "devicetablemodel.h"
#include "memoryhistory.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace vramscope {

namespace {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
// Redraws at most this often, however fast samples come in.
constexpr int RefreshMs = 250;

} // namespace

MemoryHistoryChart::MemoryHistoryChart(const MemoryHistory *history,
                                       const DeviceTableModel *devices, QWidget *parent)
    : QChartView(new QChart, parent), m_history(history), m_devices(devices)
{
    QChart *chart = this->chart();
    chart->setTitle(tr("Used memory over time"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);

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
    m_series.insert(key, series);
    return series;
}

void MemoryHistoryChart::refresh()
{
    auto [from, to] = m_history->timeRange();
    if (to <= from) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        from = now - 60000;
        to = now;
    }
    // Each bucket yields up to two points (min and max): half the width in
    // buckets keeps to about one point per pixel.
    const int buckets = qMax(25, int(chart()->plotArea().width()) / 2);
    double maximum = 1.0;
    const QStringList labels = m_devices->rowLabels();
    const QStringList keys = m_history->seriesKeys();
    dropSeriesNotIn(keys);
    for (const QString &key : keys) {
        QList<QPointF> points = m_history->downsampled(key, from, to, buckets);
        for (QPointF &point : points) {
            point.setY(point.y() / GiB);
            maximum = qMax(maximum, point.y());
        }
        QLineSeries *series = seriesFor(key);
        const int row = m_devices->rowOfKey(key);
        if (row >= 0) {
            const DeviceInfo &device = m_devices->device(row);
            if (series->name() != labels[row])
                series->setName(labels[row]);
            maximum = qMax(maximum, double(device.totalMemory) / GiB);
        }
        series->replace(points);
    }
    const double top = std::ceil(maximum);
    QList<QPointF> started;
    QList<QPointF> finished;
    for (const MemoryHistory::Marker &marker : m_history->markers()) {
        if (marker.msecs < from || marker.msecs > to)
            continue;
        (marker.kind == MemoryHistory::Marker::Kind::LoadStarted ? started : finished)
            .append(QPointF(double(marker.msecs), top * 0.97));
    }
    // Past a handful of GPUs the legend's names shrink to nothing: hover the
    // device table instead.
    const bool legible = m_series.size() <= 6;
    if (chart()->legend()->isVisible() != legible)
        chart()->legend()->setVisible(legible);
    m_loadStarted->replace(started);
    m_loadFinished->replace(finished);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from),
                         QDateTime::fromMSecsSinceEpoch(qMax(to, from + 1000)));
    // A new range lays out every line again: only when it moves.
    if (m_memoryAxis->min() != 0.0 || m_memoryAxis->max() != top)
        m_memoryAxis->setRange(0.0, top);
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
