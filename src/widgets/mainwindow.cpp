#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "demorunner.h"
#include "devicetablemodel.h"
#include "devicetableproxy.h"
#include "endpointdelegate.h"
#include "endpointdialog.h"
#include "endpointlistmodel.h"
#include "layerassignmentmodel.h"
#include "layouteditor.h"
#include "memorybarchart.h"
#include "memoryhistory.h"
#include "memoryhistorychart.h"
#include "poller.h"
#include "pollerfeed.h"
#include "units.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSettings>
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

MainWindow::MainWindow(QNetworkAccessManager *network, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()),
      m_poller(new Poller(network, this)), m_deviceModel(new DeviceTableModel(this)),
      m_deviceProxy(new DeviceTableProxy(this)), m_endpointModel(new EndpointListModel(this)),
      m_history(std::make_unique<MemoryHistory>()),
      m_feed(new PollerFeed(m_poller, m_deviceModel, m_endpointModel, m_history.get(), this)),
      m_demo(new DemoRunner(this)), m_network(network)
{
    m_ui->setupUi(this);
    m_ui->demoErrorLabel->hide();

    m_deviceProxy->setSourceModel(m_deviceModel);
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
    // The breakdown lives in the charts; the table keeps to what /info says.
    for (int column = DeviceTableModel::ModelWeights; column < DeviceTableModel::ColumnCount;
         ++column)
        m_ui->deviceTable->setColumnHidden(column, true);

    m_ui->endpointList->setModel(m_endpointModel);
    m_ui->endpointList->setItemDelegate(new EndpointDelegate(m_ui->endpointList));

    m_barChart = new MemoryBarChart(m_deviceModel, m_deviceProxy, m_ui->barChartHost);
    fill(m_ui->barChartHost, m_barChart);
    m_historyChart = new MemoryHistoryChart(m_history.get(), m_deviceModel, m_ui->historyChartHost);
    fill(m_ui->historyChartHost, m_historyChart);
    connect(m_feed, &PollerFeed::historyChanged, m_historyChart,
            &MemoryHistoryChart::scheduleRefresh);
    m_ui->dashboardSplitter->setStretchFactor(0, 1);
    m_ui->dashboardSplitter->setStretchFactor(1, 2);

    m_editor = new LayoutEditor(m_ui->editorTab);
    fill(m_ui->editorTab, m_editor);
    // The dashboard's bars show the breakdown of the split being edited.
    connect(m_editor, &LayoutEditor::splitMemoryChanged, m_deviceModel,
            &DeviceTableModel::setMemory);
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_ui->editMenu->addAction(undo);
    m_ui->editMenu->addAction(redo);
    // The editor follows the endpoint selected on the left.
    connect(m_poller, &Poller::devicesUpdated, this, [this](const Endpoint &endpoint) {
        if (selectedEndpoint() == endpoint)
            feedEditor();
    });
    connect(m_poller, &Poller::healthUpdated, this,
            [this](const Endpoint &endpoint, const RunnerHealth &health) {
                if (selectedEndpoint() == endpoint)
                    m_editor->setRunnerHealth(health);
                planOnDemoRunner(endpoint, health);
            });

    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->addEndpointAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_ui->openAction->setShortcut(QKeySequence::Open);
    m_ui->savePlanAction->setShortcut(QKeySequence::Save);
    m_ui->startDemoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_ui->viewMenu->addAction(m_ui->endpointsDock->toggleViewAction());
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->addEndpointAction, &QAction::triggered, this, &MainWindow::promptAddEndpoint);
    connect(m_ui->addEndpointButton, &QPushButton::clicked, this, &MainWindow::promptAddEndpoint);
    connect(m_ui->addButton, &QToolButton::clicked, this, &MainWindow::promptAddEndpoint);
    connect(m_ui->editButton, &QToolButton::clicked, this, &MainWindow::editSelectedEndpoint);
    connect(m_ui->removeButton, &QToolButton::clicked, this, &MainWindow::removeSelectedEndpoint);
    connect(m_ui->endpointList, &QListView::doubleClicked, this, &MainWindow::editSelectedEndpoint);
    connect(m_ui->startDemoAction, &QAction::triggered, this, &MainWindow::startDemo);
    connect(m_ui->startDemoButton, &QPushButton::clicked, this, &MainWindow::startDemo);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::openFile);
    connect(m_ui->savePlanAction, &QAction::triggered, this, &MainWindow::savePlan);
    connect(m_ui->ollamaOrderAction, &QAction::triggered, this, [this] {
        m_deviceProxy->sortLikeOllama();
        m_ui->deviceTable->horizontalHeader()->setSortIndicator(DeviceTableModel::Free,
                                                                Qt::DescendingOrder);
    });
    connect(m_ui->endpointList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_ui->intervalSpin, &QDoubleSpinBox::valueChanged, this, &MainWindow::applyInterval);

    connect(m_demo, &DemoRunner::started, this,
            [this](const Endpoint &endpoint) { addEndpoint(endpoint, {}, true); });
    // Not a modal box: the demo can fail while nobody is looking (--demo,
    // screenshots); the empty page and the status bar say what happened.
    connect(m_demo, &DemoRunner::failed, this, [this](const QString &message) {
        m_demoError = message;
        m_ui->demoErrorLabel->setText(message);
        m_ui->demoErrorLabel->setVisible(true);
        m_ui->startDemoAction->setEnabled(true);
        m_ui->startDemoButton->setEnabled(true);
        updateStatusBar();
    });

    connect(m_feed, &PollerFeed::historyChanged, this, &MainWindow::updateStatusBar);
    connect(m_endpointModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateStatusBar);
    onSelectionChanged();
    updatePage();
    updateStatusBar();
}

MainWindow::~MainWindow() = default;

void MainWindow::addEndpoint(const Endpoint &endpoint, std::chrono::milliseconds interval,
                             bool simulated)
{
    m_feed->addEndpoint(endpoint, interval, simulated);
    const int row = m_endpointModel->rowOf(endpoint.toString());
    if (row >= 0 && !m_ui->endpointList->currentIndex().isValid())
        m_ui->endpointList->setCurrentIndex(m_endpointModel->index(row));
    updatePage();
    updateStatusBar();
}

void MainWindow::removeEndpoint(const Endpoint &endpoint)
{
    m_feed->removeEndpoint(endpoint);
    // The demo's runners share one process: removing either stops both.
    if (m_demo->endpoints().contains(endpoint)) {
        for (const Endpoint &other : m_demo->endpoints()) {
            if (other != endpoint)
                m_feed->removeEndpoint(other);
        }
        m_demo->stop();
        m_ui->startDemoAction->setEnabled(true);
        m_ui->startDemoButton->setEnabled(true);
    }
    updatePage();
    updateStatusBar();
}

bool MainWindow::hasEndpoints() const
{
    return m_endpointModel->rowCount() > 0;
}

void MainWindow::setMemory(const BackendMemory &memory)
{
    m_deviceModel->setMemory(memory);
}

void MainWindow::startDemo()
{
    if (m_demo->isRunning())
        return;
    m_ui->startDemoAction->setEnabled(false);
    m_ui->startDemoButton->setEnabled(false);
    m_ui->demoErrorLabel->hide();
    m_demoError.clear();
    m_demoPlanned = false;
    statusBar()->showMessage(tr("Starting the demo runner…"));
    m_demo->start();
}

void MainWindow::promptAddEndpoint()
{
    EndpointDialog dialog(this);
    dialog.setWindowTitle(tr("Add Endpoint"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    addEndpoint(dialog.endpoint(), dialog.interval());
    saveSettings();
}

void MainWindow::editSelectedEndpoint()
{
    const std::optional<Endpoint> current = selectedEndpoint();
    if (!current)
        return;
    EndpointDialog dialog(this);
    dialog.setWindowTitle(tr("Edit Endpoint"));
    dialog.setEndpoint(*current, m_poller->interval(*current));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.endpoint() == *current) {
        m_feed->setInterval(*current, dialog.interval());
    } else {
        const bool simulated = m_demo->endpoints().contains(*current);
        m_feed->removeEndpoint(*current);
        addEndpoint(dialog.endpoint(), dialog.interval(), simulated);
    }
    onSelectionChanged();
    saveSettings();
}

void MainWindow::removeSelectedEndpoint()
{
    if (const std::optional<Endpoint> current = selectedEndpoint()) {
        removeEndpoint(*current);
        saveSettings();
    }
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open"), QString(),
        tr("Plans, /info bodies and memory reports (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_ui->mainTabs->setCurrentWidget(m_ui->editorTab);
    m_editor->openFile(path);
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
    m_editor->savePlan(path);
}

void MainWindow::planOnDemoRunner(const Endpoint &endpoint, const RunnerHealth &health)
{
    // The demo's second runner stays launched: plan on it as ollama would, so
    // the editor and the bars show a real split from the first seconds.
    const QList<Endpoint> demo = m_demo->endpoints();
    if (m_demoPlanned || demo.size() < 2 || endpoint != demo.last() ||
        health.status != RunnerHealth::Status::Launched || m_editor->model()->memory())
        return;
    m_demoPlanned = true;
    m_ui->endpointList->setCurrentIndex(
        m_endpointModel->index(m_endpointModel->rowOf(endpoint.toString())));
    m_editor->planOnRunner();
}

void MainWindow::feedEditor()
{
    const std::optional<Endpoint> current = selectedEndpoint();
    if (!current) {
        m_editor->clearRunner();
        return;
    }
    m_editor->setDevices(current->toString(), m_poller->devices(*current));
    m_editor->setRunner(m_network, *current);
    if (const std::optional<RunnerHealth> health = m_poller->health(*current))
        m_editor->setRunnerHealth(*health);
}

std::optional<Endpoint> MainWindow::selectedEndpoint() const
{
    const QModelIndex index = m_ui->endpointList->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    const QString key = index.data(EndpointListModel::KeyRole).toString();
    for (const Endpoint &endpoint : m_poller->endpoints()) {
        if (endpoint.toString() == key)
            return endpoint;
    }
    return std::nullopt;
}

void MainWindow::onSelectionChanged()
{
    const std::optional<Endpoint> current = selectedEndpoint();
    feedEditor();
    m_ui->editButton->setEnabled(current.has_value());
    m_ui->removeButton->setEnabled(current.has_value());
    m_ui->intervalSpin->setEnabled(current.has_value());
    if (current) {
        const QSignalBlocker blocker(m_ui->intervalSpin);
        m_ui->intervalSpin->setValue(double(m_poller->interval(*current).count()) / 1000.0);
    }
}

void MainWindow::applyInterval(double seconds)
{
    if (const std::optional<Endpoint> current = selectedEndpoint()) {
        m_feed->setInterval(*current, std::chrono::milliseconds(qRound64(seconds * 1000.0)));
        saveSettings();
    }
}

void MainWindow::updatePage()
{
    m_ui->pages->setCurrentWidget(hasEndpoints() ? m_ui->dashboardPage : m_ui->emptyPage);
}

void MainWindow::updateStatusBar()
{
    if (!hasEndpoints()) {
        statusBar()->showMessage(m_demoError.isEmpty() ? tr("No endpoint is being watched")
                                                       : m_demoError);
        return;
    }
    int ok = 0;
    for (const EndpointListModel::Entry &entry : m_endpointModel->entries()) {
        if (entry.status.state == EndpointState::Ok)
            ++ok;
    }
    quint64 used = 0;
    quint64 total = 0;
    for (int row = 0; row < m_deviceModel->rowCount(); ++row) {
        const DeviceInfo device = m_deviceModel->device(row);
        total += device.totalMemory;
        used += device.totalMemory > device.freeMemory ? device.totalMemory - device.freeMemory : 0;
    }
    statusBar()->showMessage(tr("%1 of %2 endpoints ok · %3 GPUs · %4 of %5 used")
                                 .arg(ok)
                                 .arg(m_endpointModel->rowCount())
                                 .arg(m_deviceModel->rowCount())
                                 .arg(Units::humanBytes2(used), Units::humanBytes2(total)));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const int count = settings.beginReadArray(QStringLiteral("endpoints"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        QString error;
        const bool remote = settings.value(QStringLiteral("allowRemote")).toBool();
        const std::optional<Endpoint> endpoint = Endpoint::parse(
            settings.value(QStringLiteral("address")).toString(),
            remote ? Endpoint::RemotePolicy::AllowRemote : Endpoint::RemotePolicy::LoopbackOnly,
            &error);
        if (endpoint)
            addEndpoint(*endpoint, std::chrono::milliseconds(
                                       settings.value(QStringLiteral("intervalMs"), 0).toInt()));
    }
    settings.endArray();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    // The demo runner gets a new port every time: never saved.
    settings.beginWriteArray(QStringLiteral("endpoints"));
    int index = 0;
    for (const Endpoint &endpoint : m_poller->endpoints()) {
        if (m_demo->endpoints().contains(endpoint))
            continue;
        settings.setArrayIndex(index++);
        settings.setValue(QStringLiteral("address"), endpoint.toString());
        settings.setValue(QStringLiteral("allowRemote"), endpoint.isRemote());
        settings.setValue(QStringLiteral("intervalMs"),
                          qint64(m_poller->interval(endpoint).count()));
    }
    settings.endArray();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_demo->stop();
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
