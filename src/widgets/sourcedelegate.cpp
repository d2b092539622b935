#include "sourcedelegate.h"

#include "sourceactivity.h"
#include "sourcelistmodel.h"
#include "sourcestate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace vramscope {

namespace {

constexpr int Margin = 6;
constexpr int BarHeight = 6;

// A load whose progress the source tells (a Go runner; llama-server does not).
bool showsProgress(const QModelIndex &index)
{
    const QVariant phase = index.data(SourceListModel::ActivityPhaseRole);
    return phase.isValid() &&
           SourceActivity::Phase(phase.toInt()) == SourceActivity::Phase::Loading &&
           index.data(SourceListModel::ProgressRole).isValid();
}

} // namespace

QString SourceDelegate::stateLine(const QModelIndex &index)
{
    const auto state = SourceState(index.data(SourceListModel::StateRole).toInt());
    QString line;
    switch (state) {
    case SourceState::Connecting:
        line = tr("connecting…");
        break;
    case SourceState::Ok:
        line = tr("ok");
        break;
    case SourceState::Stale:
        line = tr("stale");
        break;
    case SourceState::Unsupported:
        line = tr("unsupported: no /info (older runner)");
        break;
    case SourceState::Error:
        line = tr("runner error");
        break;
    case SourceState::Unreachable:
        line = tr("unreachable");
        break;
    case SourceState::TimedOut:
        line = tr("timed out");
        break;
    case SourceState::ProtocolError:
        line = tr("protocol error");
        break;
    }
    const QString activity = index.data(SourceListModel::ActivityTextRole).toString();
    if (state == SourceState::Ok && !activity.isEmpty()) {
        line += u" · " + activity;
        const QVariant progress = index.data(SourceListModel::ProgressRole);
        if (showsProgress(index) && progress.isValid())
            line += u' ' + QString::number(qRound(progress.toDouble() * 100)) + u'%';
    }
    const QVariant age = index.data(SourceListModel::AgeRole);
    if (state != SourceState::Ok && state != SourceState::Connecting && age.isValid())
        line += u' ' + tr("(data %n s old)", nullptr, int(age.toLongLong()));
    return line;
}

QColor SourceDelegate::stateColor(const QModelIndex &index)
{
    switch (SourceState(index.data(SourceListModel::StateRole).toInt())) {
    case SourceState::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case SourceState::Connecting:
    case SourceState::Stale:
        return QColor(0xb2, 0x6a, 0x00);
    default:
        return QColor(0xc6, 0x28, 0x28);
    }
}

void SourceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const QRect area = opt.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
    const QFontMetrics metrics(opt.font);
    // The kind first ("ollama server 127.0.0.1:11434"): several kinds share
    // one address style, and the kind is what a user looks for.
    QString heading = index.data(SourceListModel::KindRole).toString() + u"  " + title;
    if (index.data(SourceListModel::SimulatedRole).toBool())
        heading += u"  " + tr("[simulated]");
    if (index.data(SourceListModel::DiscoveredRole).toBool())
        heading += u"  " + tr("[found here]");
    if (index.data(SourceListModel::RemoteRole).toBool())
        heading += u"  " + tr("[remote]");
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(area.left(), area.top(), area.width(), metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(heading, Qt::ElideRight, area.width()));
    painter->setFont(opt.font);
    painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : stateColor(index));
    const QRect stateRect(area.left(), area.top() + metrics.height(), area.width(),
                          metrics.height());
    painter->drawText(stateRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(stateLine(index), Qt::ElideRight, area.width()));
    if (showsProgress(index)) {
        const double progress =
            qBound(0.0, index.data(SourceListModel::ProgressRole).toDouble(), 1.0);
        const QRect bar(area.left(), stateRect.bottom() + 3, area.width(), BarHeight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(opt.palette.color(QPalette::Mid));
        painter->drawRoundedRect(bar, 2, 2);
        painter->setBrush(opt.palette.color(QPalette::Highlight));
        painter->drawRoundedRect(
            QRect(bar.topLeft(), QSize(int(bar.width() * progress), bar.height())), 2, 2);
    }
    painter->restore();
}

QSize SourceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    const QFontMetrics metrics(option.font);
    return QSize(240, 2 * metrics.height() + BarHeight + 3 + Margin);
}

bool SourceDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                               const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QString tip = index.data(SourceListModel::KindRole).toString() + u": " +
                  index.data(Qt::DisplayRole).toString() + u'\n' + stateLine(index);
    const QString message = index.data(SourceListModel::MessageRole).toString();
    if (!message.isEmpty())
        tip += u'\n' + message;
    QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

} // namespace vramscope
