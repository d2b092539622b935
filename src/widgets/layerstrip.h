#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QMenu;

namespace vramscope {

class LayerAssignmentModel;

// The model's layers as a strip of cells in layer order, each coloured by
// the device that holds it (CPU layers grey and hatched). Drag across cells
// or use Shift+arrows to select a range; assign it with the context menu,
// keys 0-9 (device number) or C/Delete (CPU), or drag the selection onto a
// device's row. The strip asks for edits through assignRequested(); it
// never changes the model itself.
class LayerStrip : public QWidget
{
    Q_OBJECT

public:
    // The drag payload: the selected layers in range notation ("3-7, 9").
    static QString mimeType();

    explicit LayerStrip(QWidget *parent = nullptr);

    void setModel(LayerAssignmentModel *model);

    // The selected layers, ascending; empty for none.
    QList<int> selection() const;
    void setSelection(int first, int last);
    void clearSelection();

    // Where a layer is drawn, and which layer is at a point (-1 for none).
    QRect cellRect(int layer) const;
    int layerAt(const QPoint &point) const;

    // The context menu's choices for the current selection: one action per
    // device and one for the CPU. The caller owns the menu.
    QMenu *createAssignMenu(QWidget *parent);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void assignRequested(const QList<int> &layers, int device);
    void selectionChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    static constexpr int CellHeight = 30;
    static constexpr int MinCellWidth = 22;

    int layerCount() const;
    int columnsFor(int width) const;
    void select(int anchor, int current);
    void onModelChanged();
    void startDrag();
    QString toolTipFor(int layer) const;

    QPointer<LayerAssignmentModel> m_model;
    int m_anchor = -1;
    int m_current = -1;
    QPoint m_pressPoint;
    bool m_pressOnSelection = false;
    bool m_selecting = false;
};

} // namespace vramscope
