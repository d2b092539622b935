#include "endpointdelegate.h"

#include "endpointlistmodel.h"
#include "endpointstate.h"
#include "runnerhealth.h"

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

bool loading(const QModelIndex &index)
{
    const QVariant health = index.data(EndpointListModel::HealthStatusRole);
    return health.isValid() &&
           RunnerHealth::Status(health.toInt()) == RunnerHealth::Status::LoadingModel;
}

} // namespace

QString EndpointDelegate::stateLine(const QModelIndex &index)
{
    const auto state = EndpointState(index.data(EndpointListModel::StateRole).toInt());
    QString line;
    switch (state) {
    case EndpointState::Connecting:
        line = tr("connecting…");
        break;
    case EndpointState::Ok:
        line = tr("ok");
        break;
    case EndpointState::Stale:
        line = tr("stale");
        break;
    case EndpointState::Unsupported:
        line = tr("unsupported: no /info (older runner)");
        break;
    case EndpointState::Error:
        line = tr("runner error");
        break;
    case EndpointState::Unreachable:
        line = tr("unreachable");
        break;
    case EndpointState::TimedOut:
        line = tr("timed out");
        break;
    case EndpointState::ProtocolError:
        line = tr("protocol error");
        break;
    }
    const QVariant health = index.data(EndpointListModel::HealthStatusRole);
    if (state == EndpointState::Ok && health.isValid()) {
        const auto status = RunnerHealth::Status(health.toInt());
        line += u" · " + RunnerHealth::statusName(status);
        if (status == RunnerHealth::Status::LoadingModel)
            line += u' ' +
                    QString::number(
                        qRound(index.data(EndpointListModel::ProgressRole).toDouble() * 100)) +
                    u'%';
    }
    const QDateTime lastGood = index.data(EndpointListModel::LastGoodRole).toDateTime();
    if (state != EndpointState::Ok && state != EndpointState::Connecting && lastGood.isValid()) {
        const qint64 seconds = lastGood.secsTo(QDateTime::currentDateTimeUtc());
        line += u' ' + tr("(data %1 s old)").arg(seconds);
    }
    return line;
}

QColor EndpointDelegate::stateColor(const QModelIndex &index)
{
    switch (EndpointState(index.data(EndpointListModel::StateRole).toInt())) {
    case EndpointState::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case EndpointState::Connecting:
    case EndpointState::Stale:
        return QColor(0xb2, 0x6a, 0x00);
    default:
        return QColor(0xc6, 0x28, 0x28);
    }
}

void EndpointDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
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
    QString heading = title;
    if (index.data(EndpointListModel::SimulatedRole).toBool())
        heading += u"  " + tr("[simulated]");
    if (index.data(EndpointListModel::RemoteRole).toBool())
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
    if (loading(index)) {
        const double progress =
            qBound(0.0, index.data(EndpointListModel::ProgressRole).toDouble(), 1.0);
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

QSize EndpointDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    const QFontMetrics metrics(option.font);
    return QSize(240, 2 * metrics.height() + BarHeight + 3 + Margin);
}

bool EndpointDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QString tip = index.data(Qt::DisplayRole).toString() + u'\n' + stateLine(index);
    const QString message = index.data(EndpointListModel::MessageRole).toString();
    if (!message.isEmpty())
        tip += u'\n' + message;
    QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

} // namespace vramscope
