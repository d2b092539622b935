#pragma once

#include "splitmeasurement.h"

#include <QWidget>

#include <memory>

class QAction;
class QUndoStack;

namespace vramscope {

namespace Ui {
class LayoutEditor;
}

class EditorController;
class LayerAssignmentModel;
struct LayoutPlan;

// The layer-assignment editor: try how a model's layers could be spread
// over the GPUs and see at once whether it fits. A strip of layers coloured
// by device, per-device rows with ranges in ollama's notation and fit bars,
// the whole list's text, count and hash, ollama's own plan with its
// reasons, and a runner's measurement of the split. It shows the
// controller's model and forwards what the user asks for; the controller
// does the work.
class LayoutEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LayoutEditor(EditorController *controller, QWidget *parent = nullptr);
    ~LayoutEditor() override;

    EditorController *controller() const { return m_controller; }
    LayerAssignmentModel *model() const;
    QUndoStack *undoStack() const;
    // Undo and redo of the split, with their shortcuts: the window puts
    // them in its Edit menu, so each key has one owner.
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    // The window's Open model, Open and Save plan actions, behind the
    // editor's buttons.
    void setFileActions(QAction *openModel, QAction *open, QAction *save);

private:
    void refresh();
    void updateRunnerState();
    void showMessage(const QString &text, bool error);
    void setTabOrderAfterRows();

    void assign(const QList<int> &layers, int device);
    void onPaste();
    void onLayerCountChanged(int count);
    void onPlanned(const LayoutPlan &plan);
    // The plan beside the server log's load of the model, when the controller has one.
    QString loggedLoadHtml() const;
    void onMeasurementFinished(SplitMeasurement::Outcome outcome, const QString &message);
    void copyText();
    void copyNumGpu();
    void copyEnvironment();

    std::unique_ptr<Ui::LayoutEditor> m_ui;
    EditorController *m_controller;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace vramscope
