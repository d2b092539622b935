#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "bytecolumnsproxy.h"
#include "devicetablemodel.h"
#include "devicetableproxy.h"
#include "editorcontroller.h"
#include "layouteditor.h"
#include "memorybarchart.h"
#include "memoryhistory.h"
#include "memoryhistorychart.h"
#include "modelstore.h"
#include "modeltablemodel.h"
#include "modeltableproxy.h"
#include "processtablemodel.h"
#include "sourcelistmodel.h"
#include "sourcesdock.h"
#include "units.h"
#include "workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace vramscope {

namespace {

void fill(QWidget *host, QWidget *child)
{
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(child);
}

} // namespace

MainWindow::MainWindow(Workspace *workspace, SettingsStore settings, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_workspace(workspace),
      m_settings(settings), m_deviceProxy(new DeviceTableProxy(this)),
      m_sourcesDock(new SourcesDock(workspace, this))
{
    m_ui->setupUi(this);
    m_ui->demoErrorLabel->hide();
    m_sourcesDock->setObjectName(QStringLiteral("sourcesDock"));
    addDockWidget(Qt::LeftDockWidgetArea, m_sourcesDock);
    setUpModelTable();
    setUpDeviceTable();
    setUpProcessTable();

    m_barChart = new MemoryBarChart(workspace->deviceModel(), m_deviceProxy, m_ui->barChartHost);
    m_barChart->setOccupancy(workspace->occupancy());
    fill(m_ui->barChartHost, m_barChart);
    m_historyChart = new MemoryHistoryChart(workspace->history(), workspace->deviceModel(),
                                            m_ui->historyChartHost);
    fill(m_ui->historyChartHost, m_historyChart);
    connect(workspace, &Workspace::historyChanged, m_historyChart,
            &MemoryHistoryChart::scheduleRefresh);
    // Models first, as users name them (DESIGN.md), then devices, then charts.
    m_ui->dashboardSplitter->setStretchFactor(0, 1);
    m_ui->dashboardSplitter->setStretchFactor(1, 1);
    m_ui->dashboardSplitter->setStretchFactor(2, 3);

    m_editor = new LayoutEditor(workspace->editor(), m_ui->editorTab);
    fill(m_ui->editorTab, m_editor);
    setUpActions();

    // The editor follows the source chosen on the left; the demo's plan
    // makes the controller follow its runner, and the list shows it.
    connect(m_sourcesDock, &SourcesDock::sourceChosen, workspace->editor(),
            &EditorController::follow);
    connect(workspace->editor(), &EditorController::targetChanged, this,
            &MainWindow::onEditorTargetChanged);
    connect(m_sourcesDock, &SourcesDock::userSourcesEdited, this, &MainWindow::saveSources);

    connect(workspace, &Workspace::demoFailed, this, &MainWindow::onDemoFailed);
    connect(workspace, &Workspace::demoRunningChanged, this, [this](bool running) {
        m_ui->startDemoAction->setEnabled(!running);
        m_ui->startDemoButton->setEnabled(!running);
    });
    connect(workspace, &Workspace::sourcesChanged, this, &MainWindow::updatePage);
    connect(workspace, &Workspace::sourcesChanged, this, &MainWindow::updateStatusBar);
    connect(workspace, &Workspace::historyChanged, this, &MainWindow::updateStatusBar);
    connect(workspace->sourceModel(), &QAbstractItemModel::dataChanged, this,
            &MainWindow::updateStatusBar);
    connect(workspace->modelTable(), &QAbstractItemModel::rowsInserted, this,
            &MainWindow::updateStatusBar);
    connect(workspace->modelTable(), &QAbstractItemModel::rowsRemoved, this,
            &MainWindow::updateStatusBar);
    updatePage();
    updateStatusBar();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpModelTable()
{
    auto *models = new ModelTableProxy(this);
    models->setSourceModel(m_workspace->modelTable());
    m_ui->modelTable->setModel(models);
    QHeaderView *header = m_ui->modelTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
}

void MainWindow::setUpProcessTable()
{
    auto *processes =
        new ByteColumnsProxy({ProcessTableModel::Memory, ProcessTableModel::OllamaSays}, this);
    processes->setSourceModel(m_workspace->processModel());
    m_ui->processTable->setModel(processes);
    m_ui->processTable->verticalHeader()->hide();
    QHeaderView *header = m_ui->processTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
}

void MainWindow::setUpDeviceTable()
{
    m_deviceProxy->setSourceModel(m_workspace->deviceModel());
    m_ui->deviceTable->setModel(m_deviceProxy);
    m_deviceProxy->sortLikeOllama();
    QHeaderView *header = m_ui->deviceTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Every poll re-measures the columns: the rows in view are enough, all
    // 64 rows of a large rig cost more than the rest of the tick.
    header->setResizeContentsPrecision(0);
    header->setSortIndicator(DeviceTableModel::Free, Qt::DescendingOrder);
    header->setSectionsMovable(true);
    // What people scan for first on the left; long ids at the end.
    const QList<int> visualOrder{DeviceTableModel::Name,           DeviceTableModel::Description,
                                 DeviceTableModel::Total,          DeviceTableModel::Used,
                                 DeviceTableModel::Free,           DeviceTableModel::MinimumReserve,
                                 DeviceTableModel::Library,        DeviceTableModel::Compute,
                                 DeviceTableModel::Driver,         DeviceTableModel::Integrated,
                                 DeviceTableModel::FlashAttention, DeviceTableModel::Source,
                                 DeviceTableModel::PciId,          DeviceTableModel::Id};
    for (int visual = 0; visual < visualOrder.size(); ++visual)
        header->moveSection(header->visualIndex(visualOrder[visual]), visual);
    // The breakdown lives in the charts; the table keeps to what sources say.
    for (int column = DeviceTableModel::ModelWeights; column < DeviceTableModel::ColumnCount;
         ++column)
        m_ui->deviceTable->setColumnHidden(column, true);
}

void MainWindow::setUpActions()
{
    // One undo and one redo for the window: the editor's own, here with
    // their shortcuts, so that no key is claimed twice.
    m_ui->editMenu->addAction(m_editor->undoAction());
    m_ui->editMenu->addAction(m_editor->redoAction());
    // One Open and one Save plan: the editor's buttons trigger these.
    m_editor->setFileActions(m_ui->openModelAction, m_ui->openAction, m_ui->savePlanAction);

    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->addSourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_ui->openAction->setShortcut(QKeySequence::Open);
    m_ui->openModelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_ui->savePlanAction->setShortcut(QKeySequence::Save);
    m_ui->startDemoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_ui->viewMenu->addAction(m_sourcesDock->toggleViewAction());
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->addSourceAction, &QAction::triggered, m_sourcesDock, &SourcesDock::promptAdd);
    connect(m_ui->addSourceButton, &QPushButton::clicked, m_sourcesDock, &SourcesDock::promptAdd);
    connect(m_ui->startDemoAction, &QAction::triggered, this, &MainWindow::startDemo);
    connect(m_ui->startDemoButton, &QPushButton::clicked, this, &MainWindow::startDemo);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::openFile);
    connect(m_ui->openModelAction, &QAction::triggered, this, &MainWindow::openModel);
    connect(m_ui->watchLogAction, &QAction::triggered, this, &MainWindow::watchServerLog);
    connect(m_ui->savePlanAction, &QAction::triggered, this, &MainWindow::savePlan);
    connect(m_ui->ollamaOrderAction, &QAction::triggered, this, [this] {
        m_deviceProxy->sortLikeOllama();
        m_ui->deviceTable->horizontalHeader()->setSortIndicator(DeviceTableModel::Free,
                                                                Qt::DescendingOrder);
    });
}

void MainWindow::startDemo()
{
    if (m_workspace->isDemoRunning())
        return;
    m_ui->demoErrorLabel->hide();
    m_demoError.clear();
    statusBar()->showMessage(tr("Starting the demo…"));
    m_workspace->startDemo();
}

void MainWindow::onDemoFailed(const QString &message)
{
    // Not a modal box: the demo can fail while nobody is looking (--demo,
    // screenshots); the empty page and the status bar say what happened.
    m_demoError = message;
    m_ui->demoErrorLabel->setText(message);
    m_ui->demoErrorLabel->setVisible(true);
    updateStatusBar();
}

void MainWindow::onEditorTargetChanged()
{
    if (const std::optional<SourceId> followed = m_workspace->editor()->followed())
        m_sourcesDock->setCurrentSource(*followed);
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open"), QString(),
        tr("Plans, /info bodies and memory reports (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_ui->mainTabs->setCurrentWidget(m_ui->editorTab);
    m_workspace->editor()->openFile(path);
}

void MainWindow::watchServerLog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Watch Server Log"), QString(),
                                                      tr("Logs (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_workspace->addSource(QStringLiteral("log"), path, false, {}, Workspace::Origin::User,
                                &error)) {
        QMessageBox::warning(this, tr("Watch Server Log"), error);
        return;
    }
    saveSources();
}

void MainWindow::openModel()
{
    // The models of the user's stores by name, or any GGUF file.
    QStringList names;
    for (const QString &root : m_workspace->editor()->modelRoots()) {
        for (const StoredModel &model : ModelStore(root).models()) {
            if (model.problem.isEmpty() && !names.contains(model.name))
                names.append(model.name);
        }
    }
    const QString otherFile = tr("Another GGUF file…");
    QString chosen = otherFile;
    if (!names.isEmpty()) {
        bool ok = false;
        chosen = QInputDialog::getItem(this, tr("Open Model"),
                                       tr("A model of your ollama store, or its name:"),
                                       names + QStringList{otherFile}, 0, true, &ok);
        if (!ok || chosen.isEmpty())
            return;
    }
    if (chosen == otherFile) {
        chosen = QFileDialog::getOpenFileName(this, tr("Open Model"), QString(),
                                              tr("GGUF models (*.gguf);;All files (*)"));
        if (chosen.isEmpty())
            return;
    }
    m_ui->mainTabs->setCurrentWidget(m_ui->editorTab);
    m_workspace->editor()->openModel(chosen);
}

void MainWindow::savePlan()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Plan"), QStringLiteral("plan.json"),
                                                tr("vramscope plans (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".json"))
        path += u".json";
    m_ui->mainTabs->setCurrentWidget(m_ui->editorTab);
    m_workspace->editor()->savePlan(path);
}

void MainWindow::updatePage()
{
    m_ui->pages->setCurrentWidget(m_workspace->hasSources() ? m_ui->dashboardPage
                                                            : m_ui->emptyPage);
}

void MainWindow::updateStatusBar()
{
    if (!m_workspace->hasSources()) {
        statusBar()->showMessage(m_demoError.isEmpty() ? tr("No source is being watched")
                                                       : m_demoError);
        return;
    }
    const SourceListModel *sources = m_workspace->sourceModel();
    int ok = 0;
    for (const SourceListModel::Entry &entry : sources->entries()) {
        if (entry.status.state == SourceState::Ok)
            ++ok;
    }
    const DeviceTableModel *devices = m_workspace->deviceModel();
    quint64 used = 0;
    quint64 total = 0;
    for (int row = 0; row < devices->rowCount(); ++row) {
        const DeviceInfo device = devices->device(row);
        total += device.totalMemory;
        used += device.usedMemory();
    }
    // What users name first, when there is any (DESIGN.md's status bar).
    const int models = m_workspace->modelTable()->rowCount();
    const QString loaded =
        models > 0 ? tr("%n model(s) loaded", nullptr, models) + u" · " : QString();
    //: %1 of %2 sources ok, %3 GPUs, used of total memory
    statusBar()->showMessage(
        loaded + tr("%1 of %n source(s) ok", nullptr, sources->rowCount()).arg(ok) + u" · " +
        tr("%n GPU(s)", nullptr, devices->rowCount()) + u" · " +
        tr("%1 of %2 used").arg(Units::humanBytes2(used), Units::humanBytes2(total)));
}

QStringList MainWindow::restoreSettings()
{
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    return m_workspace->restoreSources(m_settings.sources());
}

void MainWindow::saveSources() const
{
    m_settings.setSources(m_workspace->userSources());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // A first start (no saved layout): the sources list wide enough for
    // "llama-server runner  127.0.0.1:36183  [found here]".
    if (!m_dockSized && m_settings.windowState().isEmpty())
        resizeDocks({m_sourcesDock}, {fontMetrics().averageCharWidth() * 48}, Qt::Horizontal);
    m_dockSized = true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindow(saveGeometry(), saveState());
    saveSources();
    m_workspace->stopDemo();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About vramscope"),
        tr("<h3>vramscope %1</h3>"
           "<p>Watch each GPU's memory fill while ollama loads a model, try how a model's layers "
           "could be split across GPUs, and see before loading whether a split fits.</p>"
           "<p>Its device model follows ollama's package <code>ml</code> (v0.12.10).</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace vramscope
