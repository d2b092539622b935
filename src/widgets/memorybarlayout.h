#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRect>
#include <QStaticText>
#include <QString>

class QPainter;
class QPalette;

namespace vramscope {

// Where everything of the memory chart goes: the title, one horizontal
// stacked bar per GPU with its label, the GiB axis and the legend. Worked
// out when the data or the size change, so that painting only draws; plain
// geometry without a widget, so that the chart and its tests can ask what
// lies where.
class MemoryBarLayout
{
public:
    enum class Fill
    {
        Solid,
        Hatched
    };

    // A stretch of a bar. Each segment of the chart (weights, KV cache, ...)
    // is a list of parts: one each today, one per resident model later.
    struct Part
    {
        int segment = 0; // the chart's Segment
        QString label;
        quint64 bytes = 0;
        QColor color;
        Fill fill = Fill::Solid;
        QString tip; // what the number is and where it comes from
    };

    struct Bar
    {
        QString label; // unique among the bars
        QString description;
        quint64 total = 0; // the GPU's memory: what lies past it does not fit
        QList<Part> parts;

        quint64 extent() const;
    };

    struct LegendEntry
    {
        QString label;
        QColor color;
        Fill fill = Fill::Solid;
    };

    // The bar and part under a point: part -1 on the bar's row but off its
    // parts (its label, the room past it); bar -1 off every row.
    struct Hit
    {
        int bar = -1;
        int part = -1;
    };

    // Title, legend, labels and plot area, for bars with these labels. Call
    // when the size, the font, the texts or the labels change, then
    // placeBars().
    void setFrame(const QRect &area, const QFont &font, const QString &title,
                  const QString &axisTitle, const QList<LegendEntry> &legend,
                  const QList<Bar> &bars);
    // The axis and the bars' parts, for bars with the labels setFrame() saw.
    void placeBars(const QList<Bar> &bars);

    void draw(QPainter *painter, const QPalette &palette) const;

    Hit hitAt(const QPoint &point) const;
    // A part as drawn; empty for a part of no bytes.
    QRect partRect(int bar, int part) const;
    // A bar from 0 to the GPU's total.
    QRect capacityRect(int bar) const;
    // A bar's horizontal band, label included: what hovering it means.
    QRect rowRect(int bar) const;
    // The largest value on the axis, in GiB.
    double axisTop() const { return m_axisTop; }
    // Whether a bar's label is drawn: on thin rows only every few are.
    bool labelShown(int bar) const;

private:
    struct Label
    {
        QStaticText name;
        QStaticText description;
        QPointF namePos;
        QPointF descriptionPos;
        bool shown = false;
    };

    struct PlacedBar
    {
        QRect capacity;
        QRect overflow; // the parts past the total, if any
        QList<QRect> parts;
    };

    struct Tick
    {
        int x = 0;
        QStaticText text;
        QPointF pos;
    };

    struct LegendItem
    {
        QRect swatch;
        QStaticText text;
        QPointF pos;
        QColor color;
        Fill fill = Fill::Solid;
    };

    double slotHeight() const;
    int slotTop(int bar) const;
    void layOutLegend(const QList<LegendEntry> &legend, const QFontMetrics &metrics);
    void layOutLabels(const QList<Bar> &bars, const QFontMetrics &metrics);
    void layOutTicks(double top);
    static void fillPart(QPainter *painter, const QRect &rect, const QColor &color, Fill fill,
                         const QPalette &palette);

    QRect m_area;
    QFont m_font;
    QFont m_axisFont;
    int m_lineHeight = 0;
    QStaticText m_title;
    QPointF m_titlePos;
    QStaticText m_axisTitle;
    QPointF m_axisTitlePos;
    QRect m_plot;
    int m_barCount = 0;
    QList<Label> m_labels;
    QList<LegendItem> m_legend;
    double m_axisTop = 0.0;
    QList<Tick> m_ticks;
    QList<Bar> m_bars;
    QList<PlacedBar> m_placed;
};

} // namespace vramscope
