#pragma once

#include "historydownsampler.h"

#include <QChartView>
#include <QHash>
#include <QTimer>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace vramscope {

class DeviceTableModel;
class MemoryHistory;

// Used memory per GPU over time, with load start and finish marked. Draws
// a downsampled view of the history (about one point per pixel, min and
// max per bucket) and redraws at most a few times a second. Qt Charts lays
// out a whole line whenever its points or the axes change, so the time axis
// moves in steps of a few percent of the time shown, the buckets stay put
// in between, each refresh reads only the new samples, and only the lines
// whose points changed are handed over.
class MemoryHistoryChart : public QChartView
{
    Q_OBJECT

public:
    MemoryHistoryChart(const MemoryHistory *history, const DeviceTableModel *devices,
                       QWidget *parent = nullptr);

    // Points currently drawn for a series, for tests.
    qsizetype pointCount(const QString &seriesKey) const;
    // The GPU lines' names as the legend shows them, in the history's order.
    QStringList seriesNames() const;
    // The time axis' range, msecs since the epoch.
    std::pair<qint64, qint64> timeAxisRange() const { return m_axisRange; }

public slots:
    // Asks for a redraw soon; many calls in a burst draw once.
    void scheduleRefresh();
    void refresh();

private:
    QLineSeries *seriesFor(const QString &key);
    void setLegible(bool legible);
    void placeMarkers(qint64 from, qint64 to, double top);
    // The lines of GPUs whose history is gone.
    void dropSeriesNotIn(const QStringList &keys);

    const MemoryHistory *m_history;
    const DeviceTableModel *m_devices;
    // The buckets of the lines as drawn, kept from refresh to refresh.
    HistoryDownsampler m_downsampler;
    QHash<QString, QLineSeries *> m_series;
    QHash<QString, double> m_peaks; // each line's highest point, GiB
    std::pair<qint64, qint64> m_axisRange{0, 0};
    bool m_legible = true;
    QScatterSeries *m_loadStarted = nullptr;
    QScatterSeries *m_loadFinished = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_memoryAxis = nullptr;
    QTimer m_refreshTimer;
};

} // namespace vramscope
