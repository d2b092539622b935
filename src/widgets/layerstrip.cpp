#include "layerstrip.h"

#include "devicecolors.h"
#include "layerassignmentmodel.h"
#include "layerranges.h"
#include "units.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QToolTip>

namespace vramscope {

QString LayerStrip::mimeType()
{
    return QStringLiteral("application/x-vramscope-layers");
}

LayerStrip::LayerStrip(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Layer strip"));
    setToolTip(tr("One cell per layer, coloured by the device that holds it"));
}

void LayerStrip::setModel(LayerAssignmentModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &LayerAssignmentModel::splitChanged, this, &LayerStrip::onModelChanged);
        connect(model, &LayerAssignmentModel::inputChanged, this, &LayerStrip::onModelChanged);
        connect(model, &QAbstractItemModel::modelReset, this, &LayerStrip::onModelChanged);
    }
    onModelChanged();
}

int LayerStrip::layerCount() const
{
    return m_model ? m_model->layerCount() : 0;
}

QList<int> LayerStrip::selection() const
{
    QList<int> layers;
    if (m_anchor < 0 || m_current < 0)
        return layers;
    for (int layer = qMin(m_anchor, m_current); layer <= qMax(m_anchor, m_current); ++layer)
        layers.append(layer);
    return layers;
}

void LayerStrip::setSelection(int first, int last)
{
    if (first < 0 || last < 0 || first >= layerCount() || last >= layerCount()) {
        clearSelection();
        return;
    }
    select(first, last);
}

void LayerStrip::clearSelection()
{
    select(-1, -1);
}

void LayerStrip::select(int anchor, int current)
{
    if (anchor == m_anchor && current == m_current)
        return;
    m_anchor = anchor;
    m_current = current;
    const QList<int> layers = selection();
    setAccessibleDescription(layers.isEmpty()
                                 ? tr("No layers selected")
                                 : tr("Layers %1 selected").arg(LayerRanges::format(layers)));
    update();
    emit selectionChanged();
}

void LayerStrip::onModelChanged()
{
    // A selection past a shrunk model is dropped rather than clamped.
    if (qMax(m_anchor, m_current) >= layerCount())
        clearSelection();
    updateGeometry();
    update();
}

int LayerStrip::columnsFor(int width) const
{
    return qBound(1, width / MinCellWidth, qMax(1, layerCount()));
}

int LayerStrip::heightForWidth(int width) const
{
    const int count = layerCount();
    if (count == 0)
        return 2 * CellHeight;
    const int columns = columnsFor(width);
    return ((count + columns - 1) / columns) * CellHeight + 2;
}

QSize LayerStrip::sizeHint() const
{
    const int width = qMax(400, qMin(layerCount() * 28, 900));
    return QSize(width, heightForWidth(width));
}

QSize LayerStrip::minimumSizeHint() const
{
    return QSize(MinCellWidth * 8, CellHeight);
}

QRect LayerStrip::cellRect(int layer) const
{
    const int count = layerCount();
    if (layer < 0 || layer >= count)
        return QRect();
    const int columns = columnsFor(width());
    const int row = layer / columns;
    const int column = layer % columns;
    const double cell = double(width() - 1) / columns;
    const int left = int(column * cell);
    const int right = int((column + 1) * cell);
    return QRect(left, row * CellHeight + 1, right - left, CellHeight);
}

int LayerStrip::layerAt(const QPoint &point) const
{
    const int count = layerCount();
    if (count == 0 || point.x() < 0 || point.y() < 0 || point.x() >= width())
        return -1;
    const int columns = columnsFor(width());
    const double cell = double(width() - 1) / columns;
    const int column = qMin(columns - 1, int(point.x() / cell));
    const int layer = ((point.y() - 1) / CellHeight) * columns + column;
    return layer < count ? layer : -1;
}

QString LayerStrip::toolTipFor(int layer) const
{
    const int owner = m_model->split().owner(layer);
    QString holder = m_model->deviceName(owner);
    if (owner >= 0 && !m_model->devices().value(owner).description.isEmpty())
        holder += u" (" + m_model->devices().value(owner).description + u')';
    const SplitFit &fit = m_model->fit();
    return tr("Layer %1 on %2\nweights %3, KV cache %4")
        .arg(QString::number(layer), holder, Units::humanBytes2(fit.layerWeights.value(layer)),
             Units::humanBytes2(fit.layerCache.value(layer)));
}

bool LayerStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int layer = layerAt(help->pos());
        if (layer >= 0) {
            QToolTip::showText(help->globalPos(), toolTipFor(layer), this, cellRect(layer));
            return true;
        }
    }
    return QWidget::event(event);
}

void LayerStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int count = layerCount();
    if (count == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No layers yet: open a memory report, fit on a runner, or set a layer "
                            "count."));
        return;
    }
    const QList<int> selected = selection();
    const int first = selected.isEmpty() ? -1 : selected.first();
    const int last = selected.isEmpty() ? -1 : selected.last();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    const QColor highlight = palette().color(QPalette::Highlight);

    for (int layer = 0; layer < count; ++layer) {
        const QRect cell = cellRect(layer).adjusted(1, 1, -1, -1);
        const int owner = m_model->split().owner(layer);
        const QColor fill = owner == LayerSplit::Cpu
                                ? DeviceColors::color(LayerSplit::Cpu).lighter(125)
                                : DeviceColors::color(owner);
        painter.fillRect(cell, fill);
        if (owner == LayerSplit::Cpu)
            painter.fillRect(cell, DeviceColors::cpuHatch());
        const bool isSelected = layer >= first && layer <= last;
        if (isSelected) {
            QColor veil = highlight;
            veil.setAlpha(90);
            painter.fillRect(cell, veil);
        }
        const QString number = QString::number(layer);
        if (painter.fontMetrics().horizontalAdvance(number) + 4 <= cell.width()) {
            painter.setPen(DeviceColors::textOn(fill));
            painter.drawText(cell, Qt::AlignCenter, number);
        }
        if (isSelected) {
            painter.setPen(QPen(highlight.darker(120), 2));
            painter.drawRect(QRectF(cell).adjusted(1, 1, -1, -1));
        }
    }
    if (hasFocus() && m_current >= 0) {
        QPen pen(palette().color(QPalette::WindowText), 1, Qt::DashLine);
        painter.setPen(pen);
        painter.drawRect(cellRect(m_current).adjusted(0, 0, -1, -1));
    }
}

void LayerStrip::mousePressEvent(QMouseEvent *event)
{
    const int layer = layerAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || layer < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPoint = event->position().toPoint();
    m_pressOnSelection = selection().contains(layer) && !(event->modifiers() & Qt::ShiftModifier);
    if (m_pressOnSelection)
        return; // a drag of the selection, or a click that selects this cell alone
    m_selecting = true;
    if (event->modifiers() & Qt::ShiftModifier && m_anchor >= 0)
        select(m_anchor, layer);
    else
        select(layer, layer);
}

void LayerStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPoint point = event->position().toPoint();
    if (m_pressOnSelection) {
        if ((point - m_pressPoint).manhattanLength() >= QApplication::startDragDistance()) {
            m_pressOnSelection = false;
            startDrag();
        }
        return;
    }
    if (!m_selecting)
        return;
    // Past the ends the selection runs to the first or last layer.
    int layer = layerAt(QPoint(qBound(0, point.x(), width() - 1), qMax(0, point.y())));
    if (layer < 0)
        layer = layerCount() - 1;
    select(m_anchor, layer);
}

void LayerStrip::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pressOnSelection) {
        const int layer = layerAt(event->position().toPoint());
        if (layer >= 0)
            select(layer, layer);
    }
    m_pressOnSelection = false;
    m_selecting = false;
}

void LayerStrip::startDrag()
{
    const QList<int> layers = selection();
    if (layers.isEmpty())
        return;
    auto *mime = new QMimeData;
    const QString ranges = LayerRanges::format(layers);
    mime->setData(mimeType(), ranges.toUtf8());
    mime->setText(ranges);
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->exec(Qt::MoveAction);
}

void LayerStrip::keyPressEvent(QKeyEvent *event)
{
    const int count = layerCount();
    if (count == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    auto moveTo = [&](int layer) {
        layer = qBound(0, layer, count - 1);
        select(extend && m_anchor >= 0 ? m_anchor : layer, layer);
    };
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && !(event->modifiers() & Qt::ControlModifier)) {
        if (!selection().isEmpty())
            emit assignRequested(selection(), key - Qt::Key_0);
        return;
    }
    switch (key) {
    case Qt::Key_C:
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (!selection().isEmpty())
            emit assignRequested(selection(), LayerSplit::Cpu);
        return;
    case Qt::Key_Left:
        moveTo(m_current < 0 ? 0 : m_current - 1);
        return;
    case Qt::Key_Right:
        moveTo(m_current < 0 ? 0 : m_current + 1);
        return;
    case Qt::Key_Up:
        moveTo(m_current < 0 ? 0 : m_current - columnsFor(width()));
        return;
    case Qt::Key_Down:
        moveTo(m_current < 0 ? 0 : m_current + columnsFor(width()));
        return;
    case Qt::Key_Home:
        moveTo(0);
        return;
    case Qt::Key_End:
        moveTo(count - 1);
        return;
    case Qt::Key_Escape:
        clearSelection();
        return;
    default:
        break;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        select(0, count - 1);
        return;
    }
    QWidget::keyPressEvent(event);
}

QMenu *LayerStrip::createAssignMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const QList<int> layers = selection();
    if (!m_model || layers.isEmpty()) {
        menu->addAction(tr("Select layers first"))->setEnabled(false);
        return menu;
    }
    menu->addSection(tr("Put layers %1 on").arg(LayerRanges::format(layers)));
    const QList<DeviceInfo> &devices = m_model->devices();
    for (int device = 0; device < devices.size(); ++device) {
        QString label = m_model->deviceName(device);
        if (!devices[device].description.isEmpty())
            label += u" \u2014 " + devices[device].description;
        QPixmap swatch(12, 12);
        swatch.fill(DeviceColors::color(device));
        QAction *action = menu->addAction(QIcon(swatch), label);
        if (device < 10) {
            action->setShortcut(QKeySequence(Qt::Key_0 + device));
            action->setShortcutVisibleInContextMenu(true);
        }
        connect(action, &QAction::triggered, this,
                [this, layers, device] { emit assignRequested(layers, device); });
    }
    QAction *cpu = menu->addAction(tr("CPU (system memory)"));
    cpu->setShortcut(QKeySequence(Qt::Key_C));
    cpu->setShortcutVisibleInContextMenu(true);
    connect(cpu, &QAction::triggered, this,
            [this, layers] { emit assignRequested(layers, LayerSplit::Cpu); });
    return menu;
}

void LayerStrip::contextMenuEvent(QContextMenuEvent *event)
{
    // A right click outside the selection selects the cell under it first.
    const int layer = layerAt(event->pos());
    if (event->reason() == QContextMenuEvent::Mouse && layer >= 0 && !selection().contains(layer))
        select(layer, layer);
    QMenu *menu = createAssignMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QPoint at = event->reason() == QContextMenuEvent::Mouse || m_current < 0
                          ? event->globalPos()
                          : mapToGlobal(cellRect(m_current).bottomLeft());
    menu->popup(at);
}

} // namespace vramscope
