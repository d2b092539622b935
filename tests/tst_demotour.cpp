// What a new user does first, end to end, against the real demo runners:
// start the demo (which plans on its launched runner by itself), watch the
// first runner load, open the layer editor, plan like ollama, move layers
// between the two GPUs, ask the runner what that needs and save the plan. With
// VRAMSCOPE_SCREENSHOT_DIR set it also writes the README's screenshots.
#include "devicetablemodel.h"
#include "editorcontroller.h"
#include "layerassignmentmodel.h"
#include "layerstrip.h"
#include "layouteditor.h"
#include "mainwindow.h"
#include "modeltablemodel.h"
#include "sourcelistmodel.h"
#include "translations.h"
#include "workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vramscope;

namespace {

constexpr int WaitMs = 20000;

int phaseOf(const SourceListModel *sources, int row)
{
    const QVariant phase = sources->data(sources->index(row), SourceListModel::ActivityPhaseRole);
    return phase.isValid() ? phase.toInt() : -1;
}

// The rows of one kind of source, in the order they were added.
QList<int> rowsOfKind(const SourceListModel *sources, const QString &kind)
{
    QList<int> rows;
    for (int row = 0; row < sources->rowCount(); ++row) {
        if (sources->entry(row).id.kind == kind)
            rows.append(row);
    }
    return rows;
}

void keepScreenshot(QWidget *window, const QString &name)
{
    const QString folder = qEnvironmentVariable("VRAMSCOPE_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(window->grab().save(folder + u'/' + name, "PNG"));
}

} // namespace

class TestDemoTour : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tour();
};

void TestDemoTour::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("VRAMSCOPE_FAKERUNNER", VRAMSCOPE_FAKERUNNER_BINARY);
    Translations::install(QLocale(QLocale::English));
}

void TestDemoTour::tour()
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    Workspace workspace(&network);
    MainWindow window(&workspace, SettingsStore(SettingsStore::Mode::Ignore));
    window.resize(1440, 900);
    window.show();
    window.startDemo();

    // Today's ollama with its llama-server, and the Go-runner era's server
    // with two runners; those see the same two GPUs, shown once each.
    SourceListModel *endpoints = workspace.sourceModel();
    QTRY_COMPARE_WITH_TIMEOUT(endpoints->rowCount(), 5, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(workspace.deviceModel()->rowCount(), 2, WaitMs);
    for (int row = 0; row < endpoints->rowCount(); ++row)
        QVERIFY(endpoints->data(endpoints->index(row), SourceListModel::SimulatedRole).toBool());
    QCOMPARE(rowsOfKind(endpoints, QStringLiteral("ollama")).size(), 2);
    QCOMPARE(rowsOfKind(endpoints, QStringLiteral("llama-server")).size(), 1);
    const QList<int> goRunners = rowsOfKind(endpoints, QStringLiteral("runner"));
    QCOMPARE(goRunners.size(), 2);
    const int loading = goRunners.first();
    const int launched = goRunners.last();
    QTRY_COMPARE_WITH_TIMEOUT(phaseOf(endpoints, launched), int(SourceActivity::Phase::Idle),
                              WaitMs);

    // The demo plans on the launched runner by itself, as ollama does before
    // it loads: measure, plan like ollama, measure the plan.
    auto *list = window.findChild<QListView *>(QStringLiteral("sourceList"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    LayoutEditor *editor = window.layoutEditor();
    auto *fit = editor->findChild<QPushButton *>(QStringLiteral("measureButton"));
    auto *plan = editor->findChild<QPushButton *>(QStringLiteral("planButton"));
    LayerAssignmentModel *model = editor->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        model->memory().has_value() && model->gpuLayers().sum() == 32 && fit->isEnabled(), WaitMs);
    QCOMPARE(list->currentIndex().row(), launched);
    QCOMPARE(model->layerCount(), 32); // the two-nvidia scenario's model
    // The monitor's bars show that split.
    QVERIFY(workspace.deviceModel()
                ->data(workspace.deviceModel()->index(0, DeviceTableModel::ModelWeights))
                .toULongLong() > 0);

    // The user plans again from the editor tab.
    tabs->setCurrentIndex(tabs->indexOf(window.findChild<QWidget *>(QStringLiteral("editorTab"))));
    plan->click();
    const GpuLayersList planned = model->gpuLayers();
    QCOMPARE(planned.sum(), 32);
    QCOMPARE(planned.groups.size(), 2);

    // Move layers 0-3 to the other GPU from the strip, as a user would: select,
    // then the device's number key.
    auto *strip = editor->findChild<LayerStrip *>();
    QVERIFY(strip);
    const int firstHolder = model->split().owner(0);
    const int other = firstHolder == 0 ? 1 : 0;
    strip->setSelection(0, 3);
    QTest::keyClick(strip, Qt::Key(Qt::Key_0 + other));
    for (int layer = 0; layer <= 3; ++layer)
        QCOMPARE(model->split().owner(layer), other);
    QVERIFY(model->gpuLayers().toString() != planned.toString());
    QVERIFY(model->gpuLayers().hashHex() != planned.hashHex());
    QCOMPARE(model->gpuLayers().sum(), 32);

    // Ask again: the runner measures the edited split.
    const BackendMemory before = *model->memory();
    QTRY_VERIFY_WITH_TIMEOUT(fit->isEnabled(), WaitMs);
    fit->click();
    QTRY_VERIFY_WITH_TIMEOUT(model->memory() && !(*model->memory() == before), WaitMs);
    keepScreenshot(&window, QStringLiteral("layout-editor.png"));

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.json"));
    QVERIFY(editor->controller()->savePlan(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(saved.readAll()).object();
    QCOMPARE(json.value(QLatin1StringView("split_text")).toString(), model->gpuLayers().toString());

    // Meanwhile the first Go runner loads and today's model loads too; the
    // monitor shows them filling, with today's model in the Models table.
    tabs->setCurrentIndex(0);
    list->setCurrentIndex(endpoints->index(loading));
    QTRY_VERIFY_WITH_TIMEOUT(
        endpoints->data(endpoints->index(loading), SourceListModel::ProgressRole).toDouble() > 0.6,
        WaitMs);
    ModelTableModel *models = workspace.modelTable();
    QTRY_COMPARE_WITH_TIMEOUT(models->rowCount(), 2, WaitMs);
    keepScreenshot(&window, QStringLiteral("dashboard.png"));
    QTRY_COMPARE_WITH_TIMEOUT(phaseOf(endpoints, loading), int(SourceActivity::Phase::Ready),
                              WaitMs);
    // The second runner never loads.
    QCOMPARE(phaseOf(endpoints, launched), int(SourceActivity::Phase::Idle));
    // Each model is one row, named by its server, with its runner beside it.
    QTRY_VERIFY_WITH_TIMEOUT(models->row(0).state == ModelRunner::State::Ready &&
                                 models->row(1).state == ModelRunner::State::Ready,
                             WaitMs);
    QStringList names{models->row(0).name, models->row(1).name};
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("llama3.1:8b"), QStringLiteral("qwen3:14b")}));
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("2 models loaded · ")),
             qPrintable(window.statusBar()->currentMessage()));
    for (int row = 0; row < 2; ++row) {
        QVERIFY(models->row(row).listedByServer);
        QVERIFY(!models->row(row).endpoint.isEmpty());
    }
}

QTEST_MAIN(TestDemoTour)
#include "tst_demotour.moc"
