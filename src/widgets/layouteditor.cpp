#include "layouteditor.h"

#include "bytecolumnsproxy.h"
#include "devicecolors.h"
#include "editorcontroller.h"
#include "layerassignmentmodel.h"
#include "layerstrip.h"
#include "layoutplan.h"
#include "llamaserverexplanationtext.h"
#include "loggedsplitexplanationtext.h"
#include "planexplanationtext.h"
#include "splitexport.h"
#include "ui_layouteditor.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QUndoStack>

namespace vramscope {

LayoutEditor::LayoutEditor(EditorController *controller, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LayoutEditor>()), m_controller(controller)
{
    m_ui->setupUi(this);
    LayerAssignmentModel *model = controller->model();
    m_ui->strip->setModel(model);
    m_ui->devicesWidget->setModel(model);
    auto *layerTable =
        new ByteColumnsProxy({LayerAssignmentModel::WeightsColumn,
                              LayerAssignmentModel::CacheColumn, LayerAssignmentModel::SizeColumn},
                             this);
    layerTable->setSourceModel(model);
    m_ui->layerTable->setModel(layerTable);
    m_ui->layerTable->verticalHeader()->hide();
    m_ui->layerTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->planSettings->setSettings(model->settings());
    m_ui->planSettings->setServerVersion(controller->serverVersion());
    m_ui->measureSettings->setSettings(controller->measureSettings());
    // The rows keep the height they need; the planner's explanation gets the rest.
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->splitTextEdit->setFont(fixed);
    m_ui->hashLabel->setFont(fixed);
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    QFont hint = m_ui->stripHint->font();
    hint.setPointSizeF(hint.pointSizeF() * 0.9);
    m_ui->stripHint->setFont(hint);
    m_ui->legendLabel->setText(
        tr("Bars: <b>solid</b> weights, <b>light</b> KV cache, <b>dark</b> compute graph, against "
           "the room ollama leaves (free memory minus its minimum reserve, GPU overhead and "
           "backoff; the black line). <span style=\"color:%1\"><b>Red</b></span>: short by the "
           "amount shown.")
            .arg(DeviceColors::shortColor().name()));

    // The buttons say just "Undo" and "Redo"; what they would undo is in
    // their tooltips, so that the header keeps its width.
    QUndoStack *stack = model->undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    // One action per key, here and in the window's menu: never ambiguous.
    addAction(m_undo);
    addAction(m_redo);
    m_ui->undoButton->setText(tr("Undo"));
    m_ui->redoButton->setText(tr("Redo"));
    m_ui->undoButton->setEnabled(false);
    m_ui->redoButton->setEnabled(false);
    connect(m_ui->undoButton, &QToolButton::clicked, m_undo, &QAction::trigger);
    connect(m_ui->redoButton, &QToolButton::clicked, m_redo, &QAction::trigger);
    connect(stack, &QUndoStack::canUndoChanged, m_ui->undoButton, &QWidget::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_ui->redoButton, &QWidget::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString &text) {
        m_ui->undoButton->setToolTip(
            tr("Undo: %1 (%2)")
                .arg(text, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    });
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString &text) {
        m_ui->redoButton->setToolTip(
            tr("Redo: %1 (%2)")
                .arg(text, QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText)));
    });

    auto *copyMenu = new QMenu(this);
    copyMenu->addAction(tr("ollama &text (GPULayers)"), this, &LayoutEditor::copyText)
        ->setObjectName(QStringLiteral("copyTextAction"));
    copyMenu->addAction(tr("&num_gpu value"), this, &LayoutEditor::copyNumGpu)
        ->setObjectName(QStringLiteral("copyNumGpuAction"));
    copyMenu->addAction(tr("Visible-devices &environment"), this, &LayoutEditor::copyEnvironment)
        ->setObjectName(QStringLiteral("copyEnvironmentAction"));
    m_ui->copyButton->setMenu(copyMenu);

    connect(m_ui->strip, &LayerStrip::assignRequested, this, &LayoutEditor::assign);
    connect(m_ui->devicesWidget, &DeviceRowsPanel::assignRequested, this, &LayoutEditor::assign);
    connect(m_ui->devicesWidget, &DeviceRowsPanel::rowsRebuilt, this,
            &LayoutEditor::setTabOrderAfterRows);
    connect(m_ui->pasteEdit, &QLineEdit::returnPressed, this, &LayoutEditor::onPaste);
    connect(m_ui->pasteButton, &QPushButton::clicked, this, &LayoutEditor::onPaste);
    connect(m_ui->layerCountSpin, &QSpinBox::valueChanged, this,
            &LayoutEditor::onLayerCountChanged);
    connect(m_ui->planSettings, &PlanSettingsForm::edited, model,
            &LayerAssignmentModel::setSettings);
    connect(m_ui->measureSettings, &MeasureSettingsForm::edited, controller,
            &EditorController::setMeasureSettings);
    connect(m_ui->planButton, &QPushButton::clicked, controller, &EditorController::plan);
    connect(m_ui->measureButton, &QPushButton::clicked, controller, &EditorController::measure);

    connect(model, &LayerAssignmentModel::fitChanged, this, &LayoutEditor::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &LayoutEditor::refresh);
    connect(controller, &EditorController::targetChanged, this, [this] {
        // An opened plan brings its own settings.
        m_ui->planSettings->setSettings(m_controller->model()->settings());
        m_ui->measureSettings->setSettings(m_controller->measureSettings());
        refresh();
    });
    connect(controller, &EditorController::runnerChanged, this, &LayoutEditor::updateRunnerState);
    connect(controller, &EditorController::message, this, &LayoutEditor::showMessage);
    connect(controller, &EditorController::planned, this, &LayoutEditor::onPlanned);
    connect(controller, &EditorController::plannedLlamaServer, this,
            [this](const LlamaServerPlan &plan) {
                const std::optional<LogComparison> &logged = m_controller->logComparison();
                m_ui->explanationView->setHtml(
                    LlamaServerExplanationText::html(plan, logged ? logged->measuredGraphs : 0) +
                    loggedLoadHtml());
            });
    connect(controller, &EditorController::serverVersionChanged, this,
            [this] { m_ui->planSettings->setServerVersion(m_controller->serverVersion()); });
    connect(controller, &EditorController::planFailed, this, [this](const QString &error) {
        m_ui->explanationView->setHtml(PlanExplanationText::errorHtml(error));
    });
    connect(controller, &EditorController::measurementStarted, this, [this](const QString &text) {
        m_ui->measureStatusLabel->setPalette(palette());
        m_ui->measureStatusLabel->setText(text);
    });
    connect(controller, &EditorController::measurementFinished, this,
            &LayoutEditor::onMeasurementFinished);

    updateRunnerState();
    refresh();
}

LayoutEditor::~LayoutEditor()
{
    // The stack outlives this widget (the controller owns the model): its
    // later signals must not reach the lambdas above.
    undoStack()->disconnect(this);
}

LayerAssignmentModel *LayoutEditor::model() const
{
    return m_controller->model();
}

QUndoStack *LayoutEditor::undoStack() const
{
    return model()->undoStack();
}

void LayoutEditor::setFileActions(QAction *openModel, QAction *open, QAction *save)
{
    m_ui->openModelButton->setDefaultAction(openModel);
    m_ui->openButton->setDefaultAction(open);
    m_ui->saveButton->setDefaultAction(save);
}

void LayoutEditor::updateRunnerState()
{
    const bool measurable = m_controller->canMeasure();
    m_ui->measureButton->setEnabled(measurable);
    m_ui->planButton->setEnabled(model()->memory().has_value() || measurable);
    if (!m_controller->hasRunner()) {
        m_ui->runnerLabel->setText(tr("No runner: select a Go runner (ollama v0.11.5 to v0.24) in "
                                      "the sources to measure splits on it."));
        m_ui->measureButton->setToolTip(tr("Needs a Go runner among the sources"));
        return;
    }
    const std::optional<SourceActivity> activity = m_controller->runnerActivity();
    const QString status = activity ? activity->text : tr("status not known yet");
    m_ui->runnerLabel->setText(tr("Runner: %1 (%2)").arg(m_controller->runnerLabel(), status));
    const bool launched = !activity || activity->phase == SourceActivity::Phase::Idle;
    m_ui->measureButton->setToolTip(
        launched
            ? tr("Ask the runner what this split needs (POST /load, operation fit); its "
                 "answer becomes the memory report in use")
            : tr("The runner is %1: it measures splits only before a model is loaded").arg(status));
}

void LayoutEditor::showMessage(const QString &text, bool error)
{
    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText, error ? DeviceColors::shortColor()
                                                 : this->palette().color(QPalette::WindowText));
    m_ui->messageLabel->setPalette(palette);
    m_ui->messageLabel->setText(text);
}

void LayoutEditor::refresh()
{
    const LayerAssignmentModel *model = this->model();
    const int count = model->layerCount();
    const GpuLayersList list = model->gpuLayers();
    const QString where =
        m_controller->targetLabel().isEmpty() ? tr("no source") : m_controller->targetLabel();
    const QString layers = tr("%n layer(s)", nullptr, count);
    const QString devices = tr("%n GPU(s)", nullptr, int(model->devices().size()));
    m_ui->titleLabel->setText(tr("Layer split for %1: %2, %3").arg(where, layers, devices));
    // Unchanged text keeps the user's selection; new text shows its start,
    // which says the most: the count and the first group.
    if (m_ui->splitTextEdit->text() != list.toString()) {
        m_ui->splitTextEdit->setText(list.toString());
        m_ui->splitTextEdit->setCursorPosition(0);
    }
    m_ui->countLabel->setText(tr("%1 of %2").arg(list.sum()).arg(count));
    m_ui->hashLabel->setText(list.hashHex());
    {
        const QSignalBlocker blocker(m_ui->layerCountSpin);
        m_ui->layerCountSpin->setValue(count);
    }
    const bool reported = model->memory().has_value();
    m_ui->layerCountSpin->setEnabled(!reported);
    m_ui->layerCountSpin->setToolTip(
        reported ? tr("The memory report fixes the layer count")
                 : tr("Without a memory report, set the model's layer count here (or measure "
                      "on a runner to learn it)"));
    m_ui->devicesWidget->refresh();
    updateRunnerState();
}

void LayoutEditor::setTabOrderAfterRows()
{
    // Strip, the rows' fields in device order, then the tools.
    QWidget *previous = m_ui->pasteButton;
    for (QWidget *field : m_ui->devicesWidget->focusChain()) {
        setTabOrder(previous, field);
        previous = field;
    }
    setTabOrder(previous, m_ui->toolsTabs);
    // Every row in view up to about four GPUs; more scroll.
    const QList<QWidget *> chain = m_ui->devicesWidget->focusChain();
    const int rows = int(chain.size()) + 1;
    const int rowHeight = m_ui->devicesWidget->sizeHint().height() / qMax(1, rows);
    m_ui->devicesScroll->setMinimumHeight(
        qMin(m_ui->devicesWidget->sizeHint().height(), 5 * rowHeight));
}

void LayoutEditor::assign(const QList<int> &layers, int device)
{
    QString error;
    if (model()->assign(layers, device, &error))
        showMessage(QString(), false);
    else
        showMessage(error, true);
}

void LayoutEditor::onPaste()
{
    QString error;
    if (!model()->pasteGpuLayers(m_ui->pasteEdit->text(), &error)) {
        showMessage(tr("Pasted text not loaded: %1").arg(error), true);
        return;
    }
    showMessage(tr("Loaded the pasted split."), false);
    m_ui->pasteEdit->clear();
}

void LayoutEditor::onLayerCountChanged(int count)
{
    QString error;
    if (!model()->setLayerCount(count, &error))
        showMessage(error, true);
}

void LayoutEditor::onPlanned(const LayoutPlan &plan)
{
    m_ui->explanationView->setHtml(PlanExplanationText::html(plan, model()->settings()) +
                                   loggedLoadHtml());
}

QString LayoutEditor::loggedLoadHtml() const
{
    const std::optional<LogComparison> &logged = m_controller->logComparison();
    return logged ? LoggedSplitExplanationText::html(*logged) : QString();
}

void LayoutEditor::onMeasurementFinished(SplitMeasurement::Outcome outcome, const QString &message)
{
    QPalette palette = m_ui->measureStatusLabel->palette();
    const QColor text = outcome == SplitMeasurement::Outcome::DoesNotFit ? DeviceColors::swapColor()
                        : outcome != SplitMeasurement::Outcome::Fits
                            ? DeviceColors::shortColor()
                            : this->palette().color(QPalette::WindowText);
    palette.setColor(QPalette::WindowText, text);
    m_ui->measureStatusLabel->setPalette(palette);
    m_ui->measureStatusLabel->setText(message);
}

void LayoutEditor::copyText()
{
    const QString text = SplitExport::text(*model());
    QGuiApplication::clipboard()->setText(text);
    showMessage(tr("Copied %1").arg(text), false);
}

void LayoutEditor::copyNumGpu()
{
    const QString value = SplitExport::numGpu(*model());
    QGuiApplication::clipboard()->setText(value);
    showMessage(tr("Copied num_gpu %1: the number of layers on GPUs, for PARAMETER num_gpu in a "
                   "Modelfile or options.num_gpu in a request.")
                    .arg(value),
                false);
}

void LayoutEditor::copyEnvironment()
{
    const QStringList lines = SplitExport::environment(*model());
    if (lines.isEmpty()) {
        showMessage(tr("Nothing to copy: ollama sets a visible-devices variable only for ROCm "
                       "GPUs; CUDA and Vulkan GPUs are chosen by the split itself."),
                    false);
        return;
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    showMessage(tr("Copied %1").arg(lines.join(QStringLiteral(", "))), false);
}

} // namespace vramscope
