#pragma once

#include <QStyledItemDelegate>

namespace vramscope {

// Draws an endpoint as two lines: its address (with "simulated" or
// "remote" marks) and its state, plus a progress bar while a model loads.
class SourceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // "ok · loading model 42%", "stale for 5 s: GET /info ... timed out", ...
    static QString stateLine(const QModelIndex &index);
    static QColor stateColor(const QModelIndex &index);
};

} // namespace vramscope
