#include "fitbar.h"

#include "devicecolors.h"
#include "saturating.h"
#include "units.h"

#include <QPainter>
#include <QPainterPath>

#include <limits>

namespace vramscope {

FitBar::FitBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
}

void FitBar::setValues(const QList<Part> &parts, quint64 room, quint64 swap)
{
    m_parts = parts;
    m_room = room;
    m_swap = swap;
    setAccessibleDescription(caption());
    update();
}

quint64 FitBar::need() const
{
    quint64 total = 0;
    for (const Part &part : m_parts)
        total = saturatingAdd(total, part.bytes);
    return total;
}

FitBar::State FitBar::state() const
{
    const quint64 total = need();
    if (total <= m_room)
        return State::Fits;
    return total <= saturatingAdd(m_room, m_swap) ? State::Swaps : State::Short;
}

quint64 FitBar::shortfall() const
{
    const quint64 total = need();
    const quint64 limit = saturatingAdd(m_room, m_swap);
    return total > limit ? total - limit : 0;
}

QString FitBar::caption() const
{
    const quint64 total = need();
    switch (state()) {
    case State::Fits:
        return tr("%1 of %2 (%3 left)")
            .arg(Units::humanBytes2(total), Units::humanBytes2(m_room),
                 Units::humanBytes2(m_room - total));
    case State::Swaps:
        return tr("%1 of %2: %3 goes to swap")
            .arg(Units::humanBytes2(total), Units::humanBytes2(m_room),
                 Units::humanBytes2(total - m_room));
    case State::Short:
        return m_swap > 0 ? tr("needs %1, room %2 + swap %3: short by %4")
                                .arg(Units::humanBytes2(total), Units::humanBytes2(m_room),
                                     Units::humanBytes2(m_swap), Units::humanBytes2(shortfall()))
                          : tr("needs %1, room %2: short by %3")
                                .arg(Units::humanBytes2(total), Units::humanBytes2(m_room),
                                     Units::humanBytes2(shortfall()));
    }
    return QString();
}

QSize FitBar::sizeHint() const
{
    return QSize(360, fontMetrics().height() + 10);
}

QSize FitBar::minimumSizeHint() const
{
    return QSize(120, fontMetrics().height() + 10);
}

void FitBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF bar = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const quint64 total = need();
    const quint64 limit = saturatingAdd(m_room, m_swap);
    // The scale holds whichever is larger, the need or the room.
    const double scale = double(qMax<quint64>(qMax(total, limit), 1));
    auto x = [&](quint64 bytes) { return bar.left() + bar.width() * (double(bytes) / scale); };

    painter.fillRect(bar, palette().base());
    if (m_swap > 0) {
        const QRectF swapArea(QPointF(x(m_room), bar.top()), QPointF(x(limit), bar.bottom()));
        painter.fillRect(swapArea, QBrush(DeviceColors::swapColor().lighter(170)));
        painter.fillRect(swapArea, QBrush(DeviceColors::swapColor(), Qt::BDiagPattern));
    }
    quint64 start = 0;
    for (const Part &part : m_parts) {
        const quint64 end = saturatingAdd(start, part.bytes);
        painter.fillRect(QRectF(QPointF(x(start), bar.top()), QPointF(x(end), bar.bottom())),
                         part.color);
        start = end;
    }
    // What lies past the room is drawn over in the warning colour.
    const State current = state();
    if (current != State::Fits) {
        const QColor warning =
            current == State::Short ? DeviceColors::shortColor() : DeviceColors::swapColor();
        const QRectF over(QPointF(x(m_room), bar.top()), QPointF(x(total), bar.bottom()));
        QColor veil = warning;
        veil.setAlpha(150);
        painter.fillRect(over, veil);
        painter.fillRect(over, QBrush(warning.darker(150), Qt::DiagCrossPattern));
    }
    // The room's edge.
    painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
    painter.drawLine(QPointF(x(m_room), bar.top()), QPointF(x(m_room), bar.bottom()));
    painter.setPen(
        QPen(current == State::Short ? DeviceColors::shortColor() : palette().color(QPalette::Mid),
             current == State::Short ? 2 : 1));
    painter.drawRect(bar);

    // The caption on a light plate, so that it reads over any colour.
    const QString text = caption();
    QFont font = painter.font();
    font.setBold(current == State::Short);
    painter.setFont(font);
    const QRectF textRect = painter.fontMetrics().boundingRect(text).toRectF();
    QRectF plate(0, 0, textRect.width() + 10, textRect.height() + 2);
    plate.moveCenter(bar.center());
    QColor plateColor = palette().color(QPalette::Base);
    plateColor.setAlpha(215);
    QPainterPath rounded;
    rounded.addRoundedRect(plate, 3, 3);
    painter.fillPath(rounded, plateColor);
    painter.setPen(current == State::Short ? DeviceColors::shortColor().darker(130)
                                           : palette().color(QPalette::Text));
    painter.drawText(plate, Qt::AlignCenter, text);
}

} // namespace vramscope
