#include "memorybarlayout.h"

#include "devicecolors.h"
#include "saturating.h"
#include "units.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPalette>

#include <cmath>

namespace vramscope {

namespace {

constexpr double GiB = double(Units::GibiByte);
constexpr int Margin = 9;
constexpr int Gap = 6;
constexpr int Swatch = 12;
constexpr int LegendSpacing = 16;
// Of a row's height, the bar's; the rest keeps bars apart.
constexpr double BarShare = 0.6;
// Labels take at most this share of the width; longer ones are elided.
constexpr double LabelShare = 0.4;
constexpr int MinTickSpacing = 64;
// Bars thinner than this get no outline, which would hide their colour.
constexpr int OutlinedFrom = 6;

// a over b, as an opaque colour: share 1 is all a.
QColor mixed(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                            float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}

QStaticText plainText(const QString &text)
{
    QStaticText result(text);
    result.setTextFormat(Qt::PlainText);
    return result;
}

// Steps of a power of two, or 1.5 times one from 1 GiB up: 0.25, 0.5, 1,
// 1.5, 2, 3, 4, 6, 8, 12, 16, 24 ... GiB, the sizes GPUs come in.
double axisStep(double top, int maxSteps)
{
    const double wanted = top / maxSteps;
    for (double power = 0.25;; power *= 2) {
        if (power >= wanted)
            return power;
        if (power >= 1.0 && power * 1.5 >= wanted)
            return power * 1.5;
    }
}

} // namespace

quint64 MemoryBarLayout::Bar::extent() const
{
    quint64 sum = 0;
    for (const Part &part : parts)
        sum = saturatingAdd(sum, part.bytes);
    return sum;
}

void MemoryBarLayout::setFrame(const QRect &area, const QFont &font, const QString &title,
                               const QString &axisTitle, const QList<LegendEntry> &legend,
                               const QList<Bar> &bars)
{
    m_area = area;
    m_font = font;
    const QFontMetrics metrics(font);
    m_lineHeight = metrics.height();
    m_title = plainText(title);
    m_titlePos =
        QPointF(area.center().x() - metrics.horizontalAdvance(title) / 2.0, area.top() + Margin);

    layOutLegend(legend, metrics);
    const int legendTop = m_legend.isEmpty() ? area.bottom() - Margin : m_legend.first().pos.y();
    const int axisTitleTop = legendTop - Gap - m_lineHeight;
    // Below the plot: tick marks, their numbers, the axis' title.
    m_plot.setTop(area.top() + Margin + m_lineHeight + Gap);
    m_plot.setBottom(qMax(m_plot.top(), axisTitleTop - m_lineHeight - 6));
    m_plot.setRight(area.right() - Margin - metrics.horizontalAdvance(QStringLiteral("000")) / 2);
    m_barCount = int(bars.size());
    layOutLabels(bars, metrics); // sets the plot's left edge
    m_axisTitle = plainText(axisTitle);
    // In bold, as Qt Charts draws the axis' title in the chart beside it.
    m_axisFont = font;
    m_axisFont.setBold(true);
    m_axisTitlePos =
        QPointF(m_plot.center().x() - QFontMetrics(m_axisFont).horizontalAdvance(axisTitle) / 2.0,
                axisTitleTop);
    m_axisTop = 0.0; // the ticks move with the plot
}

void MemoryBarLayout::layOutLegend(const QList<LegendEntry> &legend, const QFontMetrics &metrics)
{
    m_legend.clear();
    // Entries flow into centred rows, as many as the width needs.
    QList<int> widths;
    QList<int> rowOf;
    QList<int> rowWidths{0};
    const int room = m_area.width() - 2 * Margin;
    for (const LegendEntry &entry : legend) {
        const int width = Swatch + 4 + metrics.horizontalAdvance(entry.label);
        if (rowWidths.last() > 0 && rowWidths.last() + LegendSpacing + width > room)
            rowWidths.append(0);
        rowWidths.last() += (rowWidths.last() > 0 ? LegendSpacing : 0) + width;
        widths.append(width);
        rowOf.append(int(rowWidths.size()) - 1);
    }
    const int rowHeight = m_lineHeight + 2;
    const int top = m_area.bottom() - Margin - int(rowWidths.size()) * rowHeight + 1;
    int x = 0;
    for (int i = 0; i < legend.size(); ++i) {
        if (i == 0 || rowOf[i] != rowOf[i - 1])
            x = m_area.left() + (m_area.width() - rowWidths[rowOf[i]]) / 2;
        const int y = top + rowOf[i] * rowHeight;
        LegendItem item;
        item.swatch = QRect(x, y + (m_lineHeight - Swatch) / 2, Swatch, Swatch);
        item.text = plainText(legend[i].label);
        item.pos = QPointF(x + Swatch + 4, y);
        item.color = legend[i].color;
        item.fill = legend[i].fill;
        m_legend.append(item);
        x += widths[i] + LegendSpacing;
    }
}

void MemoryBarLayout::layOutLabels(const QList<Bar> &bars, const QFontMetrics &metrics)
{
    m_labels.clear();
    m_labels.resize(bars.size());
    const double slot = slotHeight();
    const bool twoLines = slot >= 2 * m_lineHeight + 2;
    // On rows thinner than a line, every few labels, as axes do.
    const int every =
        bars.isEmpty() || twoLines ? 1 : qMax(1, int(std::ceil((m_lineHeight + 2) / slot)));
    int widest = 0;
    for (int i = 0; i < bars.size(); i += every) {
        widest = qMax(widest, metrics.horizontalAdvance(bars[i].label));
        if (twoLines)
            widest = qMax(widest, metrics.horizontalAdvance(bars[i].description));
    }
    const int width = qMin(widest, int(m_area.width() * LabelShare));
    m_plot.setLeft(m_area.left() + Margin + width + Gap);
    const int right = m_plot.left() - Gap;
    // elidedText() measures finer than horizontalAdvance(): a label that
    // fits by the latter must stay whole.
    const auto fitted = [&](const QString &text) {
        return metrics.horizontalAdvance(text) <= width
                   ? text
                   : metrics.elidedText(text, Qt::ElideRight, width);
    };
    for (int i = 0; i < bars.size(); i += every) {
        Label &label = m_labels[i];
        label.shown = true;
        const double middle = slotTop(i) + slot / 2.0;
        const QString name = fitted(bars[i].label);
        label.name = plainText(name);
        label.namePos =
            QPointF(right - metrics.horizontalAdvance(name),
                    std::round(twoLines ? middle - m_lineHeight : middle - m_lineHeight / 2.0));
        if (!twoLines)
            continue;
        const QString description = fitted(bars[i].description);
        label.description = plainText(description);
        label.descriptionPos =
            QPointF(right - metrics.horizontalAdvance(description), std::round(middle));
    }
}

double MemoryBarLayout::slotHeight() const
{
    return m_barCount > 0 ? m_plot.height() / double(m_barCount) : 0.0;
}

int MemoryBarLayout::slotTop(int bar) const
{
    return m_plot.top() + int(std::lround(bar * slotHeight()));
}

void MemoryBarLayout::layOutTicks(double top)
{
    m_axisTop = top;
    m_ticks.clear();
    const double step = axisStep(top, qMax(2, m_plot.width() / MinTickSpacing));
    const QFontMetrics metrics(m_font);
    const QLocale locale;
    for (double value = 0.0; value <= top + step / 2; value += step) {
        Tick tick;
        tick.x = m_plot.left() + int(std::lround(value / top * m_plot.width()));
        const QString text = locale.toString(value, 'g', 6);
        tick.text = plainText(text);
        tick.pos = QPointF(tick.x - metrics.horizontalAdvance(text) / 2.0, m_plot.bottom() + 1 + 5);
        m_ticks.append(tick);
    }
}

void MemoryBarLayout::placeBars(const QList<Bar> &bars)
{
    m_bars = bars;
    quint64 largest = Units::GibiByte;
    for (const Bar &bar : bars)
        largest = qMax(largest, qMax(bar.total, bar.extent()));
    const double step = axisStep(largest / GiB, qMax(2, m_plot.width() / MinTickSpacing));
    // The small margin keeps a bar that ends on a step from adding a step.
    const double top = std::ceil(largest / GiB / step - 1e-9) * step;
    if (top != m_axisTop)
        layOutTicks(top);

    const double pixelsPerByte = m_plot.width() / (top * GiB);
    const auto x = [&](quint64 bytes) {
        return m_plot.left() + int(std::lround(double(bytes) * pixelsPerByte));
    };
    const double slot = slotHeight();
    const int thickness = qMax(1, int(std::lround(slot * BarShare)));
    m_placed.resize(bars.size());
    for (int i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars[i];
        PlacedBar &placed = m_placed[i];
        const int y = slotTop(i) + int(std::lround((slot - thickness) / 2.0));
        const auto span = [&](quint64 from, quint64 to) {
            return QRect(QPoint(x(from), y), QPoint(x(to) - 1, y + thickness - 1));
        };
        placed.parts.resize(bar.parts.size());
        quint64 start = 0;
        for (int j = 0; j < bar.parts.size(); ++j) {
            const quint64 end = saturatingAdd(start, bar.parts[j].bytes);
            placed.parts[j] = span(start, end);
            start = end;
        }
        placed.capacity = span(0, bar.total);
        placed.overflow = start > bar.total ? span(bar.total, start) : QRect();
    }
}

void MemoryBarLayout::fillPart(QPainter *painter, const QRect &rect, const QColor &color, Fill fill,
                               const QPalette &palette)
{
    if (fill == Fill::Hatched) {
        painter->fillRect(rect, palette.base());
        painter->fillRect(rect, QBrush(color, Qt::BDiagPattern));
        return;
    }
    painter->fillRect(rect, color);
}

void MemoryBarLayout::draw(QPainter *painter, const QPalette &palette) const
{
    // A card on the window's colour, as Qt Charts draws the charts beside it.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.base());
    painter->drawRoundedRect(QRectF(m_area).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    painter->restore();
    painter->setFont(m_font);
    // Lines are filled rectangles in opaque colours: translucent lines are
    // blended scanline by scanline, which Qt hands to its thread pool, and
    // waking it costs more than the drawing.
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = mixed(text, base, 0.6);
    const QColor grid = mixed(palette.color(QPalette::Mid), base, 0.3);
    painter->setPen(text);
    painter->drawStaticText(m_titlePos, m_title);

    for (const Tick &tick : m_ticks)
        painter->fillRect(tick.x, m_plot.top(), 1, m_plot.height(), grid);

    const bool outlined = !m_placed.isEmpty() && m_placed.first().capacity.height() >= OutlinedFrom;
    for (int i = 0; i < m_placed.size() && i < m_bars.size(); ++i) {
        const PlacedBar &placed = m_placed[i];
        const QList<Part> &parts = m_bars[i].parts;
        for (int j = 0; j < placed.parts.size(); ++j) {
            const QRect &rect = placed.parts[j];
            if (rect.isEmpty())
                continue;
            fillPart(painter, rect, parts[j].color, parts[j].fill, palette);
            if (outlined) {
                painter->setPen(parts[j].color.darker(130));
                painter->drawRect(rect.adjusted(0, 0, -1, -1));
            }
        }
        if (placed.overflow.isEmpty())
            continue;
        // Past the GPU's total: veiled in the warning colour, behind its edge.
        QColor veil = DeviceColors::shortColor();
        veil.setAlpha(150);
        painter->fillRect(placed.overflow, veil);
        painter->fillRect(placed.overflow,
                          QBrush(DeviceColors::shortColor().darker(150), Qt::DiagCrossPattern));
        painter->setPen(DeviceColors::shortColor());
        painter->drawRect(placed.overflow.adjusted(0, 0, -1, -1));
        painter->fillRect(placed.capacity.right(), placed.capacity.top() - 2, 2,
                          placed.capacity.height() + 4, text);
    }

    // The axes, the ticks and their numbers.
    const int axis = m_plot.bottom() + 1;
    painter->fillRect(m_plot.left(), m_plot.top(), 1, m_plot.height() + 1, muted);
    painter->fillRect(m_plot.left(), axis, m_plot.width() + 1, 1, muted);
    for (const Tick &tick : m_ticks)
        painter->fillRect(tick.x, axis, 1, 5, muted);
    painter->setPen(text);
    for (const Tick &tick : m_ticks)
        painter->drawStaticText(tick.pos, tick.text);
    painter->setFont(m_axisFont);
    painter->drawStaticText(m_axisTitlePos, m_axisTitle);
    painter->setFont(m_font);

    for (const Label &label : m_labels) {
        if (!label.shown)
            continue;
        painter->setPen(text);
        painter->drawStaticText(label.namePos, label.name);
        painter->setPen(muted);
        painter->drawStaticText(label.descriptionPos, label.description);
    }

    for (const LegendItem &item : m_legend) {
        fillPart(painter, item.swatch, item.color, item.fill, palette);
        painter->setPen(item.color.darker(130));
        painter->drawRect(item.swatch.adjusted(0, 0, -1, -1));
        painter->setPen(text);
        painter->drawStaticText(item.pos, item.text);
    }
}

MemoryBarLayout::Hit MemoryBarLayout::hitAt(const QPoint &point) const
{
    Hit hit;
    if (m_barCount == 0 || m_placed.size() != m_barCount || point.x() < m_area.left() ||
        point.x() > m_area.right() || point.y() < m_plot.top() || point.y() > m_plot.bottom())
        return hit;
    int bar = qBound(0, int((point.y() - m_plot.top()) / slotHeight()), m_barCount - 1);
    // Rows start on rounded pixels: step over a boundary the division missed.
    if (bar > 0 && point.y() < slotTop(bar))
        --bar;
    else if (bar + 1 < m_barCount && point.y() >= slotTop(bar + 1))
        ++bar;
    hit.bar = bar;
    const QList<QRect> &parts = m_placed[bar].parts;
    for (int j = 0; j < parts.size(); ++j) {
        if (!parts[j].isEmpty() && point.x() >= parts[j].left() && point.x() <= parts[j].right())
            hit.part = j;
    }
    return hit;
}

QRect MemoryBarLayout::partRect(int bar, int part) const
{
    if (bar < 0 || bar >= m_placed.size() || part < 0 || part >= m_placed[bar].parts.size())
        return QRect();
    const QRect &rect = m_placed[bar].parts[part];
    return rect.isEmpty() ? QRect() : rect;
}

QRect MemoryBarLayout::capacityRect(int bar) const
{
    return bar >= 0 && bar < m_placed.size() ? m_placed[bar].capacity : QRect();
}

QRect MemoryBarLayout::rowRect(int bar) const
{
    if (bar < 0 || bar >= m_barCount)
        return QRect();
    return QRect(m_area.left(), slotTop(bar), m_area.width(), slotTop(bar + 1) - slotTop(bar));
}

bool MemoryBarLayout::labelShown(int bar) const
{
    return bar >= 0 && bar < m_labels.size() && m_labels[bar].shown;
}

} // namespace vramscope
