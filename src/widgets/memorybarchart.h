#pragma once

#include <QChartView>
#include <QTimer>

#include <array>

class QAbstractProxyModel;
class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace vramscope {

class DeviceTableModel;

// One stacked bar per GPU, in the device table's order: model weights, KV
// cache, compute graph, other used, ollama's minimum reserve and free, in
// GiB against the GPU's total. Before the model is resident its parts are
// drawn out of free memory, so a split that does not fit runs past the
// total; while a resident model is still filling its GPU, its parts fill as
// far as the GPU's use has grown. Series are created once and updated in
// place (re-creating them every tick leaks in Qt Charts 6.4), and only the
// values that changed are replaced: each replace lays out every bar again.
class MemoryBarChart : public QChartView
{
    Q_OBJECT

public:
    enum Segment
    {
        Weights,
        KvCache,
        Graph,
        OtherUsed,
        Reserve,
        Free,
        SegmentCount
    };

    // proxy shows model's rows in the order the bars follow.
    MemoryBarChart(DeviceTableModel *model, QAbstractProxyModel *proxy, QWidget *parent = nullptr);

    // The bars' current values in GiB, for each segment in bar order.
    QList<qreal> values(Segment segment) const;
    QStringList categories() const;

public slots:
    void refresh();

private:
    // One bar in bytes per segment, and what its tooltip needs besides.
    struct Bar
    {
        std::array<quint64, SegmentCount> bytes{};
        quint64 used = 0;
        quint64 pending = 0;
        bool known = false; // a breakdown covers this GPU
    };

    Bar barOf(int row) const;
    // The model row of a bar; bars are stored bottom-up.
    int rowOfBar(int bar) const;
    void scheduleRefresh();
    void showTip(bool status, int index, QBarSet *set);

    DeviceTableModel *m_model;
    QAbstractProxyModel *m_proxy;
    std::array<QBarSet *, SegmentCount> m_sets{};
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QTimer m_refreshTimer;
};

} // namespace vramscope
