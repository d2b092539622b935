#pragma once

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
// max per bucket) and redraws at most a few times a second.
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

public slots:
    // Asks for a redraw soon; many calls in a burst draw once.
    void scheduleRefresh();
    void refresh();

private:
    QLineSeries *seriesFor(const QString &key);
    // The lines of GPUs whose history is gone.
    void dropSeriesNotIn(const QStringList &keys);

    const MemoryHistory *m_history;
    const DeviceTableModel *m_devices;
    QHash<QString, QLineSeries *> m_series;
    QScatterSeries *m_loadStarted = nullptr;
    QScatterSeries *m_loadFinished = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_memoryAxis = nullptr;
    QTimer m_refreshTimer;
};

} // namespace vramscope
