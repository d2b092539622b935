#pragma once

#include "gpuoccupancy.h"
#include "memorybarlayout.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <array>

class QAbstractProxyModel;

namespace vramscope {

class DeviceTableModel;
class GpuOccupancy;

// One horizontal stacked bar per GPU, in the device table's order: model
// weights, KV cache, compute graph, what other programs use, what nothing
// accounts for, ollama's minimum reserve and free, on a GiB axis against
// the GPU's total. Where the server log tells each resident model's part,
// each model is a group of weights, KV cache and graph in its own colour. Before the model is
// resident its parts are drawn out of free memory, so a split that does not
// fit runs past the total, in the warning colour; while a resident model is
// still filling its GPU, its parts fill as far as the GPU's use has grown.
// Hovering a part tells its bytes and what the number is.
//
// Painted by hand rather than with Qt Charts, whose stacked bars took ~10 ms
// a tick at 64 GPUs: the geometry is worked out when the data or the size
// change, and painting only draws.
class MemoryBarChart : public QWidget
{
    Q_OBJECT

public:
    enum Segment
    {
        Weights,
        KvCache,
        Graph,
        NotOllama, // used by processes that are not ollama's, as the drivers say
        OtherUsed, // used, accounted for by nothing: "Unaccounted"
        Reserve,
        Free,
        SegmentCount
    };

    // proxy shows model's rows in the order the bars follow.
    MemoryBarChart(DeviceTableModel *model, QAbstractProxyModel *proxy, QWidget *parent = nullptr);
    // Who else holds each GPU's memory: resident models from the log, other
    // programs from the drivers. Optional; it must outlive the chart.
    void setOccupancy(GpuOccupancy *occupancy);

    // The bars' current values in GiB, for each segment in bar order.
    QList<qreal> values(Segment segment) const;
    // Each bar's label and, on a second line, its GPU's description.
    QStringList categories() const;
    // Where a segment of a bar is drawn; empty when it holds nothing.
    QRect segmentRect(int bar, Segment segment) const;
    // Where a bar would end at its GPU's total.
    QRect capacityRect(int bar) const;
    // Whether a bar's label is drawn; on thin rows only every few are.
    bool labelShown(int bar) const;

public slots:
    void refresh();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // What the model says of one GPU: bytes per segment as drawn, and what
    // the tooltip needs besides.
    struct Reading
    {
        std::array<quint64, SegmentCount> bytes{};
        std::array<quint64, 3> split{}; // weights, KV cache, graph as the split has them
        quint64 used = 0;
        quint64 pending = 0;                   // the model's parts still to come out of free
        bool known = false;                    // a breakdown covers this GPU
        bool filling = false;                  // resident, but the GPU's use has not caught up
        QList<GpuOccupancy::ModelPart> models; // from the server log, as drawn
    };

    // What each part's number is, translated once.
    struct Tips
    {
        std::array<QString, SegmentCount> usual; // with a split, the model resident
        QString usedUnknown;
        QString freeAfterLoad;
        QString notResident;
        QString filling;
        std::array<QString, 3> fromLog; // "%1's weights on this GPU, from the server log", ...
    };

    static MemoryBarLayout::Fill fillOf(Segment segment);
    Reading readingOf(int row) const;
    // The log's resident models on a row, scaled down while they fill it.
    QList<GpuOccupancy::ModelPart> residentModels(int row, quint64 used, Reading *reading) const;
    QColor colorOf(const QString &model) const;
    QList<MemoryBarLayout::LegendEntry> legend() const;
    QString tipOf(Segment segment, const Reading &reading) const;
    MemoryBarLayout::Bar barOf(int row, const Reading &reading, const QString &label) const;
    int rowOfBar(int bar) const;
    void scheduleRefresh();
    void layOutFrame();
    // The tooltip for a point and the area it holds for; empty off the bars.
    QString toolTipAt(const QPoint &point, QRect *area) const;

    DeviceTableModel *m_model;
    QAbstractProxyModel *m_proxy;
    QString m_title;
    QString m_axisTitle;
    std::array<QString, SegmentCount> m_names;
    std::array<QColor, SegmentCount> m_colors;
    Tips m_tips;
    QList<MemoryBarLayout::LegendEntry> m_legend;
    GpuOccupancy *m_occupancy = nullptr;
    // Each model keeps the colour it first got.
    mutable QHash<QString, int> m_modelColors;
    QList<MemoryBarLayout::Bar> m_bars;
    MemoryBarLayout m_barLayout;
    QTimer m_refreshTimer;
};

} // namespace vramscope
