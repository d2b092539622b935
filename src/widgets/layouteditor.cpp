#include "layouteditor.h"

#include "devicecolors.h"
#include "devicelist.h"
#include "devicesplitrow.h"
#include "layerassignmentmodel.h"
#include "layerranges.h"
#include "layerstrip.h"
#include "layoutplan.h"
#include "planfile.h"
#include "runnerfit.h"
#include "ui_layouteditor.h"
#include "units.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>
#include <QUndoStack>

namespace vramscope {

namespace {

constexpr quint64 MiB = 1024 * 1024;

QString bytes(quint64 value)
{
    return Units::humanBytes2(value);
}

// "1.5 GiB" in a table cell, right-aligned.
QString cell(const QString &text)
{
    return u"<td align=\"right\">" + text.toHtmlEscaped() + u"</td>";
}

} // namespace

LayoutEditor::LayoutEditor(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LayoutEditor>()),
      m_model(new LayerAssignmentModel(this))
{
    m_ui->setupUi(this);
    m_ui->strip->setModel(m_model);
    // The rows keep the height they need (see rebuildRows()); the planner's
    // explanation gets the rest.
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
    QUndoStack *stack = m_model->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);
    m_ui->undoButton->setText(tr("Undo"));
    m_ui->redoButton->setText(tr("Redo"));
    m_ui->undoButton->setEnabled(false);
    m_ui->redoButton->setEnabled(false);
    connect(m_ui->undoButton, &QToolButton::clicked, undo, &QAction::trigger);
    connect(m_ui->redoButton, &QToolButton::clicked, redo, &QAction::trigger);
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

    m_ui->kvTypeCombo->addItem(tr("f16 (default)"), QString());
    m_ui->kvTypeCombo->addItem(QStringLiteral("q8_0"), QStringLiteral("q8_0"));
    m_ui->kvTypeCombo->addItem(QStringLiteral("q4_0"), QStringLiteral("q4_0"));

    connect(m_ui->strip, &LayerStrip::assignRequested, this, &LayoutEditor::assign);
    connect(m_ui->pasteEdit, &QLineEdit::returnPressed, this, &LayoutEditor::onPaste);
    connect(m_ui->pasteButton, &QPushButton::clicked, this, &LayoutEditor::onPaste);
    connect(m_ui->layerCountSpin, &QSpinBox::valueChanged, this,
            &LayoutEditor::onLayerCountChanged);
    connect(m_ui->numGpuSpin, &QSpinBox::valueChanged, this, &LayoutEditor::onSettingsChanged);
    connect(m_ui->overheadSpin, &QSpinBox::valueChanged, this, &LayoutEditor::onSettingsChanged);
    connect(m_ui->spreadCheck, &QCheckBox::toggled, this, &LayoutEditor::onSettingsChanged);
    connect(m_ui->requireFullCheck, &QCheckBox::toggled, this, &LayoutEditor::onSettingsChanged);
    connect(m_ui->planButton, &QPushButton::clicked, this, &LayoutEditor::onPlan);
    connect(m_ui->fitButton, &QPushButton::clicked, this, &LayoutEditor::onFit);
    connect(m_ui->openButton, &QToolButton::clicked, this, &LayoutEditor::onOpen);
    connect(m_ui->saveButton, &QToolButton::clicked, this, &LayoutEditor::onSave);
    connect(m_model, &LayerAssignmentModel::fitChanged, this, &LayoutEditor::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LayoutEditor::refresh);

    m_model->setSystem(SystemInfo::current());
    updateRunnerState();
    refresh();
}

LayoutEditor::~LayoutEditor()
{
    // The stack outlives this object's members: its last signals (while the
    // model is deleted as a child) must not reach the lambdas above.
    m_model->undoStack()->disconnect(this);
}

QUndoStack *LayoutEditor::undoStack() const
{
    return m_model->undoStack();
}

void LayoutEditor::setDevices(const QString &endpointLabel, const QList<DeviceInfo> &devices)
{
    m_endpointLabel = endpointLabel;
    m_model->setDevices(devices);
}

void LayoutEditor::setMemory(const BackendMemory &memory)
{
    QString error;
    if (!m_model->setMemory(memory, &error))
        showMessage(error, true);
}

void LayoutEditor::setSystem(const SystemInfo &system)
{
    m_model->setSystem(system);
}

void LayoutEditor::setRunner(QNetworkAccessManager *manager, const Endpoint &endpoint)
{
    if (!m_runner || m_runner->endpoint() != endpoint || m_runner->manager() != manager)
        m_health.reset();
    m_runner = RunnerClient(manager, endpoint);
    updateRunnerState();
}

void LayoutEditor::clearRunner()
{
    m_runner.reset();
    m_health.reset();
    updateRunnerState();
}

void LayoutEditor::setRunnerHealth(const RunnerHealth &health)
{
    m_health = health;
    updateRunnerState();
}

void LayoutEditor::updateRunnerState()
{
    const bool launched = !m_health || m_health->status == RunnerHealth::Status::Launched;
    m_ui->fitButton->setEnabled(canFit());
    m_ui->planButton->setEnabled(m_model->memory().has_value() || canFit());
    if (!m_runner) {
        m_ui->runnerLabel->setText(tr("No runner: the main window names one when an endpoint is "
                                      "selected."));
        m_ui->fitButton->setToolTip(tr("Needs a runner endpoint"));
        return;
    }
    const QString status =
        m_health ? RunnerHealth::statusName(m_health->status) : tr("status not known yet");
    m_ui->runnerLabel->setText(tr("Runner: %1 (%2)").arg(m_runner->endpoint().toString(), status));
    m_ui->fitButton->setToolTip(
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
    const int count = m_model->layerCount();
    const GpuLayersList list = m_model->gpuLayers();
    const QString where = m_endpointLabel.isEmpty() ? tr("no endpoint") : m_endpointLabel;
    const qsizetype gpus = m_model->devices().size();
    const QString layers = count == 1 ? tr("1 layer") : tr("%1 layers").arg(count);
    const QString devices = gpus == 1 ? tr("1 GPU") : tr("%1 GPUs").arg(gpus);
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
    const bool reported = m_model->memory().has_value();
    m_ui->layerCountSpin->setEnabled(!reported);
    m_ui->layerCountSpin->setToolTip(
        reported ? tr("The memory report fixes the layer count")
                 : tr("Without a memory report, set the model's layer count here (or fit on a "
                      "runner to learn it)"));
    // Without a report, planning asks a launched runner first (planOnRunner).
    m_ui->planButton->setEnabled(reported || canFit());

    QList<DeviceId> ids;
    for (const DeviceInfo &device : m_model->devices())
        ids.append(device.deviceId);
    if (ids != m_rowIds || !m_cpuRow)
        rebuildRows();
    for (DeviceSplitRow *row : std::as_const(m_rows))
        updateRow(row);
    updateCpuRow();
    emit splitMemoryChanged(m_model->fit().memory);
}

void LayoutEditor::rebuildRows()
{
    qDeleteAll(m_rows);
    m_rows.clear();
    delete m_cpuRow;
    m_rowIds.clear();
    QVBoxLayout *layout = m_ui->devicesLayout;
    // Remove the stretch from the last build.
    while (layout->count() > 0)
        delete layout->takeAt(0);
    const QList<DeviceInfo> &devices = m_model->devices();
    for (int device = 0; device < devices.size(); ++device) {
        auto *row = new DeviceSplitRow(device, m_ui->devicesWidget);
        row->setObjectName(u"deviceRow" + QString::number(device));
        const DeviceInfo &info = devices[device];
        QString title = QString::number(device) + u" \u00b7 " + m_model->deviceName(device);
        if (!info.description.isEmpty())
            title += u" \u2014 " + info.description;
        row->setTitle(title, tr("ID %1, library %2, PCI %3\ntotal %4, free %5")
                                 .arg(info.deviceId.id, info.deviceId.library,
                                      info.pciId.isEmpty() ? tr("unknown") : info.pciId,
                                      bytes(info.totalMemory), bytes(info.freeMemory)));
        connect(row, &DeviceSplitRow::rangesEdited, this, &LayoutEditor::onRangesEdited);
        connect(row, &DeviceSplitRow::layersDropped, this,
                [this](int target, const QList<int> &layers) { assign(layers, target); });
        layout->addWidget(row);
        m_rows.append(row);
        m_rowIds.append(info.deviceId);
    }
    m_cpuRow = new DeviceSplitRow(LayerSplit::Cpu, m_ui->devicesWidget);
    m_cpuRow->setObjectName(QStringLiteral("cpuRow"));
    m_cpuRow->setTitle(tr("CPU \u2014 system memory"),
                       tr("Layers no GPU holds run on the CPU from system memory, with the input "
                          "weights and the CPU's graph"));
    connect(m_cpuRow, &DeviceSplitRow::layersDropped, this,
            [this](int target, const QList<int> &layers) { assign(layers, target); });
    layout->addWidget(m_cpuRow);
    layout->addStretch(1);
    // Tab order: strip, the rows' fields in device order, then the tools.
    QWidget *previous = m_ui->pasteButton;
    for (DeviceSplitRow *row : std::as_const(m_rows)) {
        setTabOrder(previous, row->rangesEdit());
        previous = row->rangesEdit();
    }
    setTabOrder(previous, m_ui->toolsTabs);
    // Every row in view up to about four GPUs; more scroll.
    const int rowHeight = m_cpuRow->sizeHint().height() + layout->spacing();
    m_ui->devicesScroll->setMinimumHeight(
        qMin(m_ui->devicesWidget->sizeHint().height(), 5 * rowHeight));
}

void LayoutEditor::updateRow(DeviceSplitRow *row)
{
    const int device = row->device();
    const SplitFit::Device &fit = m_model->fit().devices.value(device);
    const GpuLayers group{fit.device.deviceId, fit.layers};
    row->setLayers(LayerRanges::format(fit.layers),
                   fit.layers.isEmpty() ? tr("no layers") : group.toString());
    const QList<FitBar::Part> parts{
        {tr("weights"), fit.weights, DeviceColors::color(device)},
        {tr("KV cache"), fit.cache, DeviceColors::cacheColor(device)},
        {tr("compute graph"), fit.graph, DeviceColors::graphColor(device)},
    };
    QString tip = tr("Needs: weights %1 + KV cache %2 + graph %3 = %4\n"
                     "Room: free %5 \u2212 backoff %6 \u2212 minimum %7 \u2212 overhead %8 = %9")
                      .arg(bytes(fit.weights), bytes(fit.cache), bytes(fit.graph),
                           bytes(fit.need()), bytes(fit.freeMemory), bytes(fit.backoffReserve),
                           bytes(fit.minimumMemory), bytes(fit.overhead), bytes(fit.room));
    if (!fit.fits())
        tip += u'\n' + tr("Short by %1").arg(bytes(fit.shortfall()));
    if (!fit.reportedByRunner && m_model->memory())
        tip += u'\n' + tr("The memory report has no entry for this GPU: its graph is unknown, "
                          "and ollama's own planner would put nothing here.");
    row->setFit(parts, fit.room, 0, tip);
}

void LayoutEditor::updateCpuRow()
{
    const SplitFit::Cpu &cpu = m_model->fit().cpu;
    m_cpuRow->setLayers(LayerRanges::format(cpu.layers), QString());
    const int id = LayerSplit::Cpu;
    const QList<FitBar::Part> parts{
        {tr("input weights"), cpu.inputWeights, DeviceColors::graphColor(id).lighter(115)},
        {tr("weights"), cpu.weights, DeviceColors::color(id)},
        {tr("KV cache"), cpu.cache, DeviceColors::cacheColor(id)},
        {tr("compute graph"), cpu.graph, DeviceColors::graphColor(id)},
    };
    const QString tip = tr("Needs: input weights %1 + weights %2 + KV cache %3 + graph %4 = %5\n"
                           "System memory: %6 free of %7, swap %8 free")
                            .arg(bytes(cpu.inputWeights), bytes(cpu.weights), bytes(cpu.cache),
                                 bytes(cpu.graph), bytes(cpu.need()), bytes(cpu.systemFree),
                                 bytes(cpu.systemTotal), bytes(cpu.systemSwap));
    m_cpuRow->setFit(parts, cpu.systemFree, cpu.systemSwap, tip);
    m_cpuRow->setError(cpu.refusal.isEmpty()
                           ? QString()
                           : tr("ollama would refuse to load: \u201c%1\u201d").arg(cpu.refusal));
}

void LayoutEditor::assign(const QList<int> &layers, int device)
{
    QString error;
    if (m_model->assign(layers, device, &error))
        showMessage(QString(), false);
    else
        showMessage(error, true);
}

void LayoutEditor::onRangesEdited(int device, const QString &ranges)
{
    DeviceSplitRow *row = m_rows.value(device);
    QString error;
    if (!m_model->setDeviceLayers(device, ranges, &error)) {
        if (row)
            row->setError(error);
        return;
    }
    if (row) {
        row->setError(QString());
        updateRow(row);
    }
}

void LayoutEditor::onPaste()
{
    QString error;
    if (!m_model->pasteGpuLayers(m_ui->pasteEdit->text(), &error)) {
        showMessage(tr("Pasted text not loaded: %1").arg(error), true);
        return;
    }
    showMessage(tr("Loaded the pasted split."), false);
    m_ui->pasteEdit->clear();
}

void LayoutEditor::onLayerCountChanged(int count)
{
    QString error;
    if (!m_model->setLayerCount(count, &error))
        showMessage(error, true);
}

LayoutSettings LayoutEditor::layoutSettings() const
{
    LayoutSettings settings = m_model->settings();
    settings.numGpu = m_ui->numGpuSpin->value();
    settings.gpuOverhead = quint64(m_ui->overheadSpin->value()) * MiB;
    settings.spread = m_ui->spreadCheck->isChecked();
    settings.requireFull = m_ui->requireFullCheck->isChecked();
    return settings;
}

FitSettings LayoutEditor::fitSettings() const
{
    FitSettings settings;
    settings.contextSize = m_ui->contextSpin->value();
    settings.parallel = m_ui->parallelSpin->value();
    settings.batchSize = m_ui->batchSpin->value();
    settings.flashAttention = m_ui->flashCheck->isChecked();
    settings.kvCacheType = m_ui->kvTypeCombo->currentData().toString();
    return settings;
}

void LayoutEditor::showSettings(const LayoutSettings &layout, const FitSettings &fit)
{
    const QSignalBlocker numGpu(m_ui->numGpuSpin);
    const QSignalBlocker overhead(m_ui->overheadSpin);
    const QSignalBlocker spread(m_ui->spreadCheck);
    const QSignalBlocker requireFull(m_ui->requireFullCheck);
    m_ui->numGpuSpin->setValue(layout.numGpu);
    // The field counts MiB; a plan's exact bytes stay in the model until edited.
    m_ui->overheadSpin->setValue(int(qMin<quint64>(layout.gpuOverhead / MiB, 1048576)));
    m_ui->spreadCheck->setChecked(layout.spread);
    m_ui->requireFullCheck->setChecked(layout.requireFull);
    m_ui->contextSpin->setValue(fit.contextSize);
    m_ui->parallelSpin->setValue(fit.parallel);
    m_ui->batchSpin->setValue(fit.batchSize);
    m_ui->flashCheck->setChecked(fit.flashAttention);
    const int type = m_ui->kvTypeCombo->findData(fit.kvCacheType);
    if (type < 0)
        m_ui->kvTypeCombo->addItem(fit.kvCacheType, fit.kvCacheType);
    m_ui->kvTypeCombo->setCurrentIndex(m_ui->kvTypeCombo->findData(fit.kvCacheType));
}

void LayoutEditor::onSettingsChanged()
{
    m_model->setSettings(layoutSettings());
}

bool LayoutEditor::canFit() const
{
    const bool launched = !m_health || m_health->status == RunnerHealth::Status::Launched;
    return m_runner && launched && !m_fit;
}

void LayoutEditor::planOnRunner()
{
    if (!canFit())
        return;
    m_autoPlan = AutoPlan::MeasureSplit;
    onFit();
}

void LayoutEditor::onPlan()
{
    if (!m_model->memory() && canFit()) {
        planOnRunner();
        return;
    }
    m_model->setSettings(layoutSettings());
    QString error;
    const std::optional<LayoutPlan> plan = m_model->planLikeOllama(&error);
    if (!plan) {
        m_ui->explanationView->setHtml(u"<p style=\"color:" + DeviceColors::shortColor().name() +
                                       u"\">" + error.toHtmlEscaped() + u"</p>");
        return;
    }
    m_ui->explanationView->setHtml(explanationHtml(*plan));
}

QString LayoutEditor::explanationHtml(const LayoutPlan &plan) const
{
    const LayoutExplanation &why = plan.explanation;
    QString html;
    html += u"<p>" +
            tr("ollama would choose <code>%1</code>: %2 of %3 layers on GPUs, hash %4.")
                .arg(plan.gpuLayers.toString().toHtmlEscaped())
                .arg(plan.gpuLayers.sum())
                .arg(why.layerSizes.size())
                .arg(plan.gpuLayers.hashHex()) +
            u"</p>";
    const LayoutSettings &settings = m_model->settings();
    html += u"<p>" +
            tr("Planned with num_gpu %1, GPU overhead %2, spread %3, require full %4.")
                .arg(QString::number(settings.numGpu), bytes(settings.gpuOverhead),
                     settings.spread ? tr("on") : tr("off"),
                     settings.requireFull ? tr("on") : tr("off"))
                .toHtmlEscaped() +
            u"</p>";
    if (plan.refused()) {
        html += u"<p style=\"color:" + DeviceColors::shortColor().name() + u"\"><b>" +
                tr("ollama would refuse to load:") + u"</b> \u201c" + plan.refusal.toHtmlEscaped() +
                u"\u201d</p>";
    }
    if (why.devices.isEmpty()) {
        html += u"<p>" + tr("No GPUs: every layer stays on the CPU.") + u"</p>";
    } else {
        html += u"<p>" +
                tr("GPUs in the order ollama considers them; available = free \u2212 backoff "
                   "\u2212 minimum \u2212 overhead \u2212 graph:") +
                u"</p><table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr>";
        for (const QString &header :
             {tr("GPU"), tr("free"), tr("backoff"), tr("minimum"), tr("overhead"), tr("graph"),
              tr("available"), tr("layers"), tr("layer bytes")})
            html += u"<th>" + header.toHtmlEscaped() + u"</th>";
        html += u"</tr>";
        for (const LayoutExplanation::DeviceBudget &budget : why.devices) {
            html += u"<tr><td>" + budget.device.name.toHtmlEscaped() + u"</td>";
            if (budget.reportedByRunner) {
                html += cell(bytes(budget.freeMemory)) + cell(bytes(budget.backoffReserve)) +
                        cell(bytes(budget.minimumMemory)) + cell(bytes(budget.overhead)) +
                        cell(bytes(budget.graph)) + cell(bytes(budget.available));
            } else {
                html += cell(bytes(budget.freeMemory)) + u"<td colspan=\"5\">" +
                        tr("not in the memory report: no room").toHtmlEscaped() + u"</td>";
            }
            html += u"<td>" +
                    (budget.layers.isEmpty() ? QStringLiteral("\u2013")
                                             : LayerRanges::format(budget.layers)) +
                    u"</td>" + cell(bytes(budget.layerBytes)) + u"</tr>";
        }
        html += u"</table>";
    }
    html += u"<p>" +
            tr("CPU: layers %1 (%2); with input weights and the CPU's graph %3. System memory: "
               "%4 free + %5 swap.")
                .arg(why.cpuLayers.isEmpty() ? QStringLiteral("\u2013")
                                             : LayerRanges::format(why.cpuLayers),
                     bytes(why.cpuLayerBytes), bytes(why.cpuBytes), bytes(why.systemFree),
                     bytes(why.systemSwap))
                .toHtmlEscaped() +
            u"</p>";
    // What kept the remaining layers off the GPUs.
    if (!why.cpuLayers.isEmpty()) {
        QString limit;
        if (settings.numGpu >= 0 &&
            plan.gpuLayers.sum() >= qMin<qsizetype>(settings.numGpu, why.layerSizes.size())) {
            limit = tr("num_gpu asks for %1 layers.").arg(settings.numGpu);
        } else {
            const QString smallest = bytes(why.smallestCpuLayer());
            const LayoutExplanation::DeviceBudget *roomiest = why.roomiestDevice();
            limit = !roomiest
                        ? tr("the smallest layer left on the CPU needs %1.").arg(smallest)
                        : tr("the smallest layer left on the CPU needs %1; the most room left on "
                             "one GPU is %2 (%3).")
                              .arg(smallest, bytes(roomiest->roomLeft()), roomiest->device.name);
        }
        html += u"<p>" + tr("Limit: %1").arg(limit).toHtmlEscaped() + u"</p>";
    }
    return html;
}

void LayoutEditor::onFit()
{
    if (!m_runner || m_fit)
        return;
    const LoadRequest request = fitSettings().request(m_model->gpuLayers());
    m_fit = new RunnerFit(*m_runner, request, this);
    connect(m_fit, &RunnerFit::finished, this, &LayoutEditor::onFitFinished);
    m_ui->fitStatusLabel->setPalette(palette());
    m_ui->fitStatusLabel->setText(
        tr("Asking %1 what %2 needs\u2026")
            .arg(m_runner->endpoint().toString(), request.gpuLayers.toString()));
    m_fit->start();
    updateRunnerState();
}

void LayoutEditor::onFitFinished()
{
    RunnerFit *fit = m_fit;
    QString message = fit->message();
    if (fit->memory()) {
        QString error;
        if (!m_model->setMemory(*fit->memory(), &error))
            message += u' ' + error;
    }
    const bool failed = fit->outcome() != RunnerFit::Outcome::Fitted;
    QPalette palette = m_ui->fitStatusLabel->palette();
    palette.setColor(QPalette::WindowText, fit->outcome() == RunnerFit::Outcome::DoesNotFit
                                               ? DeviceColors::swapColor()
                                           : failed ? DeviceColors::shortColor()
                                                    : this->palette().color(QPalette::WindowText));
    m_ui->fitStatusLabel->setPalette(palette);
    m_ui->fitStatusLabel->setText(message);
    const bool measured = fit->memory().has_value();
    fit->deleteLater();
    m_fit = nullptr;
    updateRunnerState();

    // planOnRunner(): plan with what the runner reported, then measure the
    // plan itself, as ollama does before it loads.
    const AutoPlan step = std::exchange(m_autoPlan, AutoPlan::Idle);
    if (step == AutoPlan::MeasureSplit && measured) {
        onPlan();
        m_autoPlan = AutoPlan::MeasurePlan;
        onFit();
    }
}

bool LayoutEditor::openFile(const QString &path)
{
    QString error;
    const std::optional<PlanFile> file = PlanFile::open(path, &error);
    if (!file) {
        showMessage(error, true);
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    switch (file->kind) {
    case PlanFile::Kind::Plan:
        if (!m_model->reset(file->devices, file->memory, file->system, file->layout,
                            file->layerCount, file->split, &error)) {
            showMessage(tr("%1: %2").arg(path, error), true);
            return false;
        }
        m_endpointLabel = file->endpoint;
        showSettings(file->layout, file->fit);
        refresh();
        showMessage(tr("Opened the plan %1.").arg(name), false);
        return true;
    case PlanFile::Kind::Devices:
        m_endpointLabel = name;
        m_model->setDevices(file->devices);
        showMessage(file->devices.size() == 1
                        ? tr("Opened %1: 1 device.").arg(name)
                        : tr("Opened %1: %2 devices.").arg(name).arg(file->devices.size()),
                    false);
        return true;
    case PlanFile::Kind::Memory:
    case PlanFile::Kind::FitAnswer:
        if (!m_model->setMemory(file->memory, &error)) {
            showMessage(tr("%1: %2").arg(path, error), true);
            return false;
        }
        showMessage(tr("Opened %1: a memory report of %2 layers.").arg(name).arg(file->layerCount),
                    false);
        return true;
    }
    return false;
}

bool LayoutEditor::savePlan(const QString &path)
{
    PlanFile plan;
    plan.endpoint = m_endpointLabel;
    plan.devices = m_model->devices();
    plan.memory = m_model->memory();
    plan.system = m_model->system();
    plan.layerCount = m_model->layerCount();
    plan.split = m_model->gpuLayers();
    plan.layout = m_model->settings();
    plan.fit = fitSettings();
    QString error;
    if (!plan.save(path, &error)) {
        showMessage(error, true);
        return false;
    }
    m_model->undoStack()->setClean();
    showMessage(tr("Saved the plan to %1.").arg(path), false);
    return true;
}

void LayoutEditor::onOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a plan, devices or a memory report"), QString(),
                                     tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void LayoutEditor::onSave()
{
    QFileDialog dialog(this, tr("Save plan"), QString(), tr("JSON files (*.json)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("json"));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        savePlan(dialog.selectedFiles().first());
}

void LayoutEditor::copyText()
{
    const QString text = m_model->gpuLayers().toString();
    QGuiApplication::clipboard()->setText(text);
    showMessage(tr("Copied %1").arg(text), false);
}

void LayoutEditor::copyNumGpu()
{
    const QString value = QString::number(m_model->split().gpuLayerCount());
    QGuiApplication::clipboard()->setText(value);
    showMessage(tr("Copied num_gpu %1: the number of layers on GPUs, for PARAMETER num_gpu in a "
                   "Modelfile or options.num_gpu in a request.")
                    .arg(value),
                false);
}

void LayoutEditor::copyEnvironment()
{
    // The devices the split uses, in the list's order.
    QList<DeviceInfo> used;
    for (int device : m_model->split().order()) {
        if (!m_model->split().layersOn(device).isEmpty())
            used.append(m_model->devices().value(device));
    }
    const QMap<QString, QString> environment = DeviceList::visibleDevicesEnv(used);
    if (environment.isEmpty()) {
        showMessage(tr("Nothing to copy: ollama sets a visible-devices variable only for ROCm "
                       "GPUs; CUDA and Vulkan GPUs are chosen by the split itself."),
                    false);
        return;
    }
    QStringList lines;
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        lines.append(it.key() + u'=' + it.value());
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    showMessage(tr("Copied %1").arg(lines.join(QStringLiteral(", "))), false);
}

} // namespace vramscope
