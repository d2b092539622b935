#include "layouteditor.h"

#include "editorcontroller.h"
#include "poller.h"
#include "runnersource.h"
#include "serverlogparser.h"
#include "sourcereport.h"

#include "devicesplitrow.h"
#include "estimatememory.h"
#include "fakerunnerprocess.h"
#include "fitbar.h"
#include "ggufreader.h"
#include "layerassignmentmodel.h"
#include "layerstrip.h"
#include "layoutplanner.h"
#include "modelestimate.h"
#include "modelstore.h"
#include "planfile.h"
#include "testmodels.h"
#include "translations.h"
#include "units.h"
#include "wireformat.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

using namespace vramscope;

namespace {

// tests/data/info_cuda.json, memory_2gpu.json and system.json: two CUDA GPUs
// (the same two the fake runner's two-nvidia scenario has) and a 33-layer
// model whose layers 0..31 weigh 208 MiB + 32 MiB cache, layer 32 501 MiB.
const QString Gpu0 = QStringLiteral("GPU-3f1c9a2e-6b1d-4c2f-9e0a-5d7b8c1e2f30");
const QString Gpu1 = QStringLiteral("GPU-8d2e4f60-1a3b-4c5d-8e7f-9a0b1c2d3e4f");
constexpr quint64 MiB = 1024 * 1024;
constexpr quint64 Minimum = 457 * MiB;
constexpr quint64 Free0 = 24855248896;
constexpr quint64 Free1 = 25054822400;

QString dataPath(const char *name)
{
    return QStringLiteral(VRAMSCOPE_TEST_DATA "/") + QLatin1StringView(name);
}

QByteArray readData(const char *name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return file.readAll();
}

QList<DeviceInfo> devices(const char *name = "info_cuda.json")
{
    return *WireFormat::readDeviceInfoList(readData(name), nullptr);
}

// The editor as the window builds it: the widget over a controller, which
// takes its devices from the sources a poller watches.
struct EditorUnderTest
{
    Poller poller;
    EditorController controller{&poller};
    LayoutEditor widget{&controller};

    // Watches the runner and has the editor follow it, as selecting it in
    // the sources does; returns once its devices are in.
    bool follow(QNetworkAccessManager *manager, const Endpoint &endpoint)
    {
        poller.addSource(std::make_unique<RunnerSource>(RunnerClient(manager, endpoint)));
        controller.follow(RunnerSource::idOf(endpoint));
        return QTest::qWaitFor([this] { return controller.model()->devices().size() == 2; }, 20000);
    }
};

// The test data in the editor's model, as a file or a runner would give it.
void load(LayoutEditor &editor)
{
    editor.model()->setDevices(devices());
    editor.model()->setMemory(*WireFormat::readBackendMemory(readData("memory_2gpu.json"), nullptr),
                              nullptr);
    editor.model()->setSystem(*WireFormat::readSystemInfo(readData("system.json"), nullptr));
}

template <typename T> T *child(const LayoutEditor &editor, const char *name)
{
    T *widget = editor.findChild<T *>(QLatin1StringView(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

QString splitText(const LayoutEditor &editor)
{
    return child<QLineEdit>(editor, "splitTextEdit")->text();
}

QString hashText(const LayoutEditor &editor)
{
    return child<QLabel>(editor, "hashLabel")->text();
}

DeviceSplitRow *row(const LayoutEditor &editor, int device)
{
    const QByteArray name =
        device < 0 ? QByteArray("cpuRow") : "deviceRow" + QByteArray::number(device);
    return child<DeviceSplitRow>(editor, name.constData());
}

// Drags across the strip from one layer's cell to another's with the mouse.
void dragSelect(LayerStrip *strip, int from, int to)
{
    QTest::mousePress(strip, Qt::LeftButton, Qt::NoModifier, strip->cellRect(from).center());
    QTest::mouseMove(strip, strip->cellRect(to).center());
    QTest::mouseRelease(strip, Qt::LeftButton, Qt::NoModifier, strip->cellRect(to).center());
}

// Types into a device's range field and presses Enter.
void typeRanges(LayoutEditor &editor, int device, const QString &text)
{
    QLineEdit *edit = row(editor, device)->rangesEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

// Shows the editor at a size where every cell of a 33-layer strip has room.
void show(LayoutEditor &editor)
{
    editor.resize(1000, 900);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
}

// The GPUs of info_cuda.json and no memory yet, models looked up in store.
void useStore(EditorUnderTest &fixture, const QString &store)
{
    fixture.widget.model()->setDevices(devices());
    fixture.widget.model()->setSystem(
        *WireFormat::readSystemInfo(readData("system.json"), nullptr));
    fixture.controller.setModelRoots({store});
    show(fixture.widget);
}

} // namespace

class TestLayoutEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stripDragAndKeys();
    void stripContextMenu();
    void dropOnDevice();
    void rangeFields();
    void rangeFieldErrors();
    void paste();
    void undoRedoButtons();
    void fitBars();
    void fitBarsShortAndSwap();
    void planLikeOllama();
    void planRefusal();
    void planLikeTodaysOllamaByChoice();
    void watchedServerDecidesTheEra();
    void copyActions();
    void visibleDevicesEnvironment();
    void savedPlanOpensAgain();
    void opensRunnerFiles();
    void planKeepsAnOpenedPlansExactOverhead();
    void layersTable();
    void openModelFromTheStore();
    void measureComparesWithTheEstimate();
    void planBesideTheLoggedLoad();
    void splitMemorySignal();
    void fitOnRunner();
    void fitOnRunnerThatDoesNotFit();
    void fitOnBusyRunner();
    void fitRefusedByRunner();
    void screenshot();
};

void TestLayoutEditor::initTestCase()
{
    // The window's English, plural forms included ("33 layers", "1 GPU").
    Translations::install(QLocale(QLocale::English));
}

void TestLayoutEditor::stripDragAndKeys()
{
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    load(editor);
    show(editor);
    auto *strip = child<LayerStrip>(editor, "strip");
    QCOMPARE(splitText(editor), QStringLiteral("[]"));
    QCOMPARE(hashText(editor), QStringLiteral("cbf29ce484222325"));

    dragSelect(strip, 0, 19);
    QCOMPARE(strip->selection().size(), 20);
    QTest::keyClick(strip, Qt::Key_0);
    // Shift+click extends from the anchor; "1" puts 20..32 on GPU 1.
    QTest::mouseClick(strip, Qt::LeftButton, Qt::NoModifier, strip->cellRect(20).center());
    QTest::mouseClick(strip, Qt::LeftButton, Qt::ShiftModifier, strip->cellRect(32).center());
    QCOMPARE(strip->selection().size(), 13);
    QTest::keyClick(strip, Qt::Key_1);
    QCOMPARE(splitText(editor),
             u"33[ID:" + Gpu0 + u" Layers:20(0..19) ID:" + Gpu1 + u" Layers:13(20..32)]");
    // FNV-1a 64 of both groups, computed with a separate Python script.
    QCOMPARE(hashText(editor), QStringLiteral("dad11e0330a4ef68"));
    QCOMPARE(child<QLabel>(editor, "countLabel")->text(), QStringLiteral("33 of 33"));

    // The keyboard alone: End, Shift+Left, C puts 31 and 32 on the CPU.
    QTest::keyClick(strip, Qt::Key_End);
    QTest::keyClick(strip, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(strip->selection(), (QList<int>{31, 32}));
    QTest::keyClick(strip, Qt::Key_C);
    QCOMPARE(splitText(editor),
             u"31[ID:" + Gpu0 + u" Layers:20(0..19) ID:" + Gpu1 + u" Layers:11(20..30)]");
    // A device number with no device is refused and says so.
    QTest::keyClick(strip, Qt::Key_7);
    QCOMPARE(child<QLabel>(editor, "messageLabel")->text(),
             QStringLiteral("There is no device 7: the devices are numbered 0 to 1."));
    QCOMPARE(editor.undoStack()->count(), 3);
}

void TestLayoutEditor::stripContextMenu()
{
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    load(editor);
    show(editor);
    auto *strip = child<LayerStrip>(editor, "strip");
    strip->setSelection(3, 7);
    std::unique_ptr<QMenu> menu(strip->createAssignMenu(nullptr));
    QAction *second = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().startsWith(QStringLiteral("CUDA1")))
            second = action;
    }
    QVERIFY(second);
    QCOMPARE(second->text(), QStringLiteral("CUDA1 \u2014 NVIDIA GeForce RTX 3090"));
    second->trigger();
    QCOMPARE(splitText(editor), u"5[ID:" + Gpu1 + u" Layers:5(3..7)]");
}

void TestLayoutEditor::dropOnDevice()
{
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    load(editor);
    show(editor);
    // What the strip's drag carries for a selection of 10..12 and 15.
    QMimeData mime;
    mime.setData(LayerStrip::mimeType(), QByteArrayLiteral("10-12, 15"));
    DeviceSplitRow *target = row(editor, 0);
    QDragEnterEvent enter(QPoint(5, 5), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QCOMPARE(splitText(editor), u"4[ID:" + Gpu0 + u" Layers:4[10 11 12 15]]");
    QCOMPARE(target->notation(), u"ID:" + Gpu0 + u" Layers:4[10 11 12 15]");
    QCOMPARE(target->rangesEdit()->text(), QStringLiteral("10-12, 15"));
}

void TestLayoutEditor::rangeFields()
{
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    load(editor);
    show(editor);
    typeRanges(editor, 0, QStringLiteral("0-19"));
    typeRanges(editor, 1, QStringLiteral("20-31"));
    QCOMPARE(splitText(editor),
             u"32[ID:" + Gpu0 + u" Layers:20(0..19) ID:" + Gpu1 + u" Layers:12(20..31)]");
    QCOMPARE(hashText(editor), QStringLiteral("41e6e73472289248"));
    QCOMPARE(row(editor, 0)->notation(), u"ID:" + Gpu0 + u" Layers:20(0..19)");
    QCOMPARE(row(editor, -1)->rangesEdit()->text(), QStringLiteral("32"));
    // A set that is not a run is shown as ollama prints it.
    typeRanges(editor, 0, QStringLiteral("0-4, 9"));
    QCOMPARE(row(editor, 0)->notation(), u"ID:" + Gpu0 + u" Layers:6[0 1 2 3 4 9]");
}

void TestLayoutEditor::rangeFieldErrors()
{
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    load(editor);
    show(editor);
    typeRanges(editor, 1, QStringLiteral("20-32"));
    const QString before = splitText(editor);
    typeRanges(editor, 0, QStringLiteral("0-19, 25"));
    QCOMPARE(row(editor, 0)->error(),
             QStringLiteral("Layer 25 is on CUDA1 already; a layer goes on one device only. Take "
                            "it off there first, or drag it over."));
    QCOMPARE(row(editor, 0)->rangesEdit()->text(), QStringLiteral("0-19, 25"));
    QCOMPARE(splitText(editor), before);
    typeRanges(editor, 0, QStringLiteral("0-40"));
    QCOMPARE(row(editor, 0)->error(),
             QStringLiteral("Not a set of layers: layer 40 is past the model's last layer (32)."));
    QCOMPARE(splitText(editor), before);
    // Escape gives the field back the device's layers.
    QTest::keyClick(row(editor, 0)->rangesEdit(), Qt::Key_Escape);
    QCOMPARE(row(editor, 0)->error(), QString());
    QCOMPARE(row(editor, 0)->rangesEdit()->text(), QString());
    // A correction clears the error.
    typeRanges(editor, 0, QStringLiteral("0-19"));
    QCOMPARE(row(editor, 0)->error(), QString());
    QCOMPARE(editor.undoStack()->count(), 2);
}

void TestLayoutEditor::paste()
{
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    load(editor);
    show(editor);
    auto *pasteEdit = child<QLineEdit>(editor, "pasteEdit");
    pasteEdit->setText(u"msg=load request=\"{Operation:fit GPULayers:2[ID:" + Gpu1 +
                       u" Layers:2[3 7]] MainGPU:0}\"");
    QTest::keyClick(pasteEdit, Qt::Key_Return);
    QCOMPARE(splitText(editor), u"2[ID:" + Gpu1 + u" Layers:2[3 7]]");
    QCOMPARE(hashText(editor), QStringLiteral("42f2d622c0e92eb5"));
    QCOMPARE(pasteEdit->text(), QString());

    pasteEdit->setText(QStringLiteral("GPULayers:1[ID:GPU-elsewhere Layers:1(0..0)]"));
    child<QPushButton>(editor, "pasteButton")->click();
    QCOMPARE(child<QLabel>(editor, "messageLabel")->text(),
             QStringLiteral("Pasted text not loaded: ID:GPU-elsewhere is not one of the devices"));
    QCOMPARE(splitText(editor), u"2[ID:" + Gpu1 + u" Layers:2[3 7]]");
}

void TestLayoutEditor::undoRedoButtons()
{
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    load(editor);
    show(editor);
    typeRanges(editor, 0, QStringLiteral("0-9"));
    typeRanges(editor, 1, QStringLiteral("10-19"));
    const QString twoGroups = splitText(editor);
    QCOMPARE(hashText(editor), QStringLiteral("bba8bb6f9c6dd228"));
    auto *undo = child<QToolButton>(editor, "undoButton");
    auto *redo = child<QToolButton>(editor, "redoButton");
    QCOMPARE(undo->toolTip(), QStringLiteral("Undo: Set the layers of CUDA1 to 10-19 (Ctrl+Z)"));
    QVERIFY(!redo->isEnabled());
    undo->click();
    QCOMPARE(splitText(editor), u"10[ID:" + Gpu0 + u" Layers:10(0..9)]");
    QCOMPARE(row(editor, 1)->rangesEdit()->text(), QString());
    // The editor's own shortcut, as a keyboard user would press it.
    QTest::keyClick(child<LayerStrip>(editor, "strip"), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(splitText(editor), QStringLiteral("[]"));
    QVERIFY(!undo->isEnabled());
    redo->click();
    redo->click();
    QCOMPARE(splitText(editor), twoGroups);
    QCOMPARE(hashText(editor), QStringLiteral("bba8bb6f9c6dd228"));
    QCOMPARE(row(editor, 1)->rangesEdit()->text(), QStringLiteral("10-19"));
}

void TestLayoutEditor::fitBars()
{
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    load(editor);
    show(editor);
    typeRanges(editor, 0, QStringLiteral("0-19"));
    typeRanges(editor, 1, QStringLiteral("20-32"));

    // GPU 0: 20 x 208 MiB weights, 20 x 32 MiB cache, graph 288 MiB.
    const FitBar *bar0 = row(editor, 0)->fitBar();
    QCOMPARE(bar0->parts().size(), 3);
    QCOMPARE(bar0->parts()[0].bytes, 4160 * MiB);
    QCOMPARE(bar0->parts()[1].bytes, 640 * MiB);
    QCOMPARE(bar0->parts()[2].bytes, 288 * MiB);
    QCOMPARE(bar0->need(), 5088 * MiB);
    QCOMPARE(bar0->room(), Free0 - Minimum);
    QCOMPARE(bar0->state(), FitBar::State::Fits);
    // 5088 MiB = 4.97 GiB; room 24376049664 B = 22.70 GiB; left 17.73 GiB.
    QCOMPARE(bar0->caption(), QStringLiteral("5.0 GiB of 22.7 GiB (17.7 GiB left)"));

    // GPU 1: 12 x 208 MiB + 501 MiB (525336576), 12 x 32 MiB, graph 144 MiB.
    const FitBar *bar1 = row(editor, 1)->fitBar();
    QCOMPARE(bar1->parts()[0].bytes, 2496 * MiB + 525336576);
    QCOMPARE(bar1->parts()[1].bytes, 384 * MiB);
    QCOMPARE(bar1->parts()[2].bytes, 144 * MiB);
    QCOMPARE(bar1->room(), Free1 - Minimum);

    // CPU: nothing but the input weights (501 MiB) against 56 GiB free and
    // 8 GiB of swap.
    const FitBar *cpu = row(editor, -1)->fitBar();
    QCOMPARE(cpu->need(), quint64(525336576));
    QCOMPARE(cpu->room(), quint64(60129542144));
    QCOMPARE(cpu->swap(), quint64(8589934592));
    QCOMPARE(cpu->state(), FitBar::State::Fits);
}

void TestLayoutEditor::fitBarsShortAndSwap()
{
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    load(editor);
    show(editor);
    typeRanges(editor, 0, QStringLiteral("0-19"));
    typeRanges(editor, 1, QStringLiteral("20-32"));
    // A GPU overhead of 20000 MiB, reserved as ollama does.
    child<QSpinBox>(editor, "overheadSpin")->setValue(20000);
    // GPU 0's room: 24855248896 - 457 MiB - 20000 MiB = 3404529664 (3.17
    // GiB); it needs 5088 MiB = 5335154688: short by 1930625024 (1.80 GiB).
    const FitBar *bar0 = row(editor, 0)->fitBar();
    QCOMPARE(bar0->room(), quint64(3404529664));
    QCOMPARE(bar0->state(), FitBar::State::Short);
    QCOMPARE(bar0->shortfall(), quint64(1930625024));
    QCOMPARE(bar0->caption(), QStringLiteral("needs 5.0 GiB, room 3.2 GiB: short by 1.8 GiB"));
    // GPU 1: room 25054822400 - 457 MiB - 20000 MiB = 3604103168; needs
    // 2880 MiB + 525336576 + 144 MiB = 3696230400: short by 92127232 (87.9 MiB).
    QCOMPARE(row(editor, 1)->fitBar()->shortfall(), quint64(92127232));
    QVERIFY(row(editor, 1)->fitBar()->caption().endsWith(QStringLiteral("short by 87.9 MiB")));

    // System memory: 400 MiB free and 200 MiB of swap against the CPU's
    // share. All on the CPU: 32 x 240 MiB + 501 MiB + 501 MiB input weights.
    SystemInfo small;
    small.totalMemory = 16384 * MiB;
    small.freeMemory = 8000 * MiB;
    small.freeSwap = 1000 * MiB;
    editor.model()->setSystem(small);
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    const FitBar *cpu = row(editor, -1)->fitBar();
    QCOMPARE(cpu->need(), 7680 * MiB + 2 * quint64(525336576));
    // 8682 MiB needed, 8000 free, 1000 swap: 682 MiB go to swap.
    QCOMPARE(cpu->state(), FitBar::State::Swaps);
    QCOMPARE(cpu->caption(), QStringLiteral("8.5 GiB of 7.8 GiB: 682.0 MiB goes to swap"));
    small.freeSwap = 0;
    editor.model()->setSystem(small);
    QCOMPARE(cpu->state(), FitBar::State::Short);
    QCOMPARE(cpu->shortfall(), 682 * MiB);
    QCOMPARE(row(editor, -1)->error(),
             QStringLiteral("ollama would refuse to load: \u201cmodel requires more system memory "
                            "(8.5 GiB) than is available (7.8 GiB)\u201d"));
}

void TestLayoutEditor::planLikeOllama()
{
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    load(editor);
    show(editor);
    child<QPushButton>(editor, "planButton")->click();
    // Worked by hand in tst_layerassignmentmodel: GPU 1 takes 0..16, GPU 0 17..32.
    QCOMPARE(splitText(editor),
             u"33[ID:" + Gpu1 + u" Layers:17(0..16) ID:" + Gpu0 + u" Layers:16(17..32)]");
    QCOMPARE(hashText(editor), QStringLiteral("008b81e380215b70"));
    const QString explanation = child<QTextBrowser>(editor, "explanationView")->toPlainText();
    QVERIFY2(explanation.contains(QStringLiteral("33 of 33 layers on GPUs, hash 008b81e380215b70")),
             qPrintable(explanation));
    QVERIFY(!explanation.contains(QStringLiteral("refuse")));
    // One undo step takes the plan back.
    editor.undoStack()->undo();
    QCOMPARE(splitText(editor), QStringLiteral("[]"));
}

void TestLayoutEditor::planRefusal()
{
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    load(editor);
    show(editor);
    // 23000 MiB of overhead leaves GPU 1 25054822400 - 457 MiB - 144 MiB -
    // 23000 MiB = 307380224 (one 240 MiB layer) and GPU 0 nothing: not the
    // whole model, so require-full refuses in ollama's words.
    child<QSpinBox>(editor, "overheadSpin")->setValue(23000);
    child<QCheckBox>(editor, "requireFullCheck")->setChecked(true);
    child<QPushButton>(editor, "planButton")->click();
    // Pass 1 places nothing (the 501 MiB output layer fits nowhere); pass 2
    // drops it and puts layer 31 on GPU 1. GPU 0, tried first from the end,
    // stays in ollama's list as an empty group: its text keeps the space.
    QCOMPARE(splitText(editor), u"1[ID:" + Gpu1 + u" Layers:1(31..31) ]");
    const QString explanation = child<QTextBrowser>(editor, "explanationView")->toPlainText();
    QVERIFY2(explanation.contains(
                 QStringLiteral("ollama would refuse to load: \u201cunable to load full model on "
                                "GPU\u201d")),
             qPrintable(explanation));
}

void TestLayoutEditor::planLikeTodaysOllamaByChoice()
{
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    load(editor);
    show(editor);
    QVERIFY(!child<QSpinBox>(editor, "fitTargetSpin")->isEnabled());
    child<QComboBox>(editor, "eraCombo")->setCurrentIndex(1);
    // Today's knobs replace the Go scheduler's.
    QVERIFY(child<QSpinBox>(editor, "fitTargetSpin")->isEnabled());
    QVERIFY(!child<QSpinBox>(editor, "overheadSpin")->isEnabled());
    QVERIFY(!child<QCheckBox>(editor, "requireFullCheck")->isEnabled());
    // As tst_layoutcommand's "fit target, back to front": a 23000 MiB
    // margin leaves targets of 738000896 (GPU 0) and 937574400 (GPU 1);
    // from the back GPU 1 takes the output layer and layer 31, GPU 0 layer 30.
    child<QSpinBox>(editor, "fitTargetSpin")->setValue(23000);
    child<QCheckBox>(editor, "spreadCheck")->setChecked(true);
    child<QPushButton>(editor, "planButton")->click();
    QCOMPARE(splitText(editor),
             u"3[ID:" + Gpu0 + u" Layers:1(30..30) ID:" + Gpu1 + u" Layers:2(31..32)]");
    const QString explanation = child<QTextBrowser>(editor, "explanationView")->toPlainText();
    QVERIFY2(explanation.contains(QStringLiteral("By the rules of ollama \u2265 0.30")),
             qPrintable(explanation));
    QVERIFY2(explanation.contains(QStringLiteral("-ngl 3, tensor split 1,2.")),
             qPrintable(explanation));
    editor.undoStack()->undo();
    QCOMPARE(splitText(editor), QStringLiteral("[]"));
}

void TestLayoutEditor::watchedServerDecidesTheEra()
{
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    load(editor);
    show(editor);
    auto serverReports = [&fixture](const char *version) {
        SourceReport report;
        report.ollama = OllamaSnapshot();
        report.ollama->version = OllamaVersion::parse(QLatin1StringView(version), nullptr);
        emit fixture.poller.reported({QStringLiteral("ollama"), QStringLiteral("127.0.0.1:11434")},
                                     report);
    };
    // A v0.30 server: today's rules, and the user cannot pick others.
    serverReports("0.30.2");
    QComboBox *era = child<QComboBox>(editor, "eraCombo");
    QCOMPARE(era->currentIndex(), 1);
    QVERIFY(!era->isEnabled());
    QVERIFY(era->toolTip().contains(QStringLiteral("0.30.2")));
    // Another knob edited meanwhile leaves the user's own choice alone.
    child<QCheckBox>(editor, "spreadCheck")->setChecked(true);
    QCOMPARE(fixture.controller.model()->settings().era, OllamaVersion::Era::GoRunner);
    child<QCheckBox>(editor, "spreadCheck")->setChecked(false);
    // 8682 MiB predicted fits in 80% of GPU 1 (more free than GPU 0): alone.
    child<QPushButton>(editor, "planButton")->click();
    QCOMPARE(splitText(editor), u"33[ID:" + Gpu1 + u" Layers:33(0..32)]");
    QVERIFY(child<QTextBrowser>(editor, "explanationView")
                ->toPlainText()
                .contains(QStringLiteral("80% of its available memory holds the prediction")));
    // A v0.24 server: the Go scheduler, as planLikeOllama() worked out.
    serverReports("0.24.0");
    QCOMPARE(era->currentIndex(), 0);
    child<QPushButton>(editor, "planButton")->click();
    QCOMPARE(splitText(editor),
             u"33[ID:" + Gpu1 + u" Layers:17(0..16) ID:" + Gpu0 + u" Layers:16(17..32)]");
    QVERIFY(child<QTextBrowser>(editor, "explanationView")
                ->toPlainText()
                .contains(QStringLiteral("By the rules of ollama \u2264 0.24")));
}

void TestLayoutEditor::copyActions()
{
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    load(editor);
    show(editor);
    typeRanges(editor, 0, QStringLiteral("0-19"));
    typeRanges(editor, 1, QStringLiteral("20-31"));
    child<QAction>(editor, "copyTextAction")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"32[ID:" + Gpu0 + u" Layers:20(0..19) ID:" + Gpu1 + u" Layers:12(20..31)]");
    child<QAction>(editor, "copyNumGpuAction")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("32"));
    // CUDA GPUs need no variable: nothing is copied, and the editor says why.
    child<QAction>(editor, "copyEnvironmentAction")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("32"));
    QVERIFY(child<QLabel>(editor, "messageLabel")
                ->text()
                .startsWith(QStringLiteral("Nothing to copy: ollama sets a visible-devices "
                                           "variable only for ROCm GPUs")));
}

void TestLayoutEditor::visibleDevicesEnvironment()
{
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    editor.model()->setDevices(devices("info_rocm.json"));
    show(editor);
    child<QSpinBox>(editor, "layerCountSpin")->setValue(4);
    // ROCm1 (filtered id 2) first, then ROCm0 (filtered id 0).
    typeRanges(editor, 1, QStringLiteral("0-1"));
    typeRanges(editor, 0, QStringLiteral("2-3"));
    child<QAction>(editor, "copyEnvironmentAction")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("ROCR_VISIBLE_DEVICES=2,0"));
}

void TestLayoutEditor::savedPlanOpensAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QString text;
    QString hash;
    {
        EditorUnderTest fixture;
        LayoutEditor &editor = fixture.widget;
        load(editor);
        show(editor);
        typeRanges(editor, 1, QStringLiteral("0-9, 12"));
        typeRanges(editor, 0, QStringLiteral("20-32"));
        child<QSpinBox>(editor, "overheadSpin")->setValue(512);
        child<QSpinBox>(editor, "contextSpin")->setValue(8192);
        text = splitText(editor);
        hash = hashText(editor);
        QVERIFY(editor.controller()->savePlan(path));
        QVERIFY(editor.undoStack()->isClean());
    }
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    show(editor);
    QVERIFY(editor.controller()->openFile(path));
    QCOMPARE(splitText(editor), text);
    QCOMPARE(hashText(editor), hash);
    // Group order survives: GPU 1 was given layers first.
    QVERIFY(text.startsWith(u"24[ID:" + Gpu1 + u" Layers:11[0 1 2 3 4 5 6 7 8 9 12]"));
    QCOMPARE(child<QSpinBox>(editor, "overheadSpin")->value(), 512);
    QCOMPARE(child<QSpinBox>(editor, "contextSpin")->value(), 8192);
    QCOMPARE(editor.model()->settings().gpuOverhead, 512 * MiB);
    QCOMPARE(row(editor, 0)->fitBar()->room(), Free0 - Minimum - 512 * MiB);
    QCOMPARE(child<QLabel>(editor, "titleLabel")->text(),
             QStringLiteral("Layer split for plan.json: 33 layers, 2 GPUs"));
    QCOMPARE(editor.undoStack()->count(), 0);
}

void TestLayoutEditor::opensRunnerFiles()
{
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    show(editor);
    QVERIFY(editor.controller()->openFile(dataPath("info_cuda.json")));
    QCOMPARE(child<QLabel>(editor, "messageLabel")->text(),
             QStringLiteral("Opened info_cuda.json: 2 devices."));
    QVERIFY(editor.controller()->openFile(dataPath("memory_2gpu.json")));
    QCOMPARE(editor.model()->layerCount(), 33);
    QVERIFY(!editor.controller()->openFile(dataPath("no-such-file.json")));
    QVERIFY(child<QLabel>(editor, "messageLabel")
                ->text()
                .startsWith(QStringLiteral("Could not open ")));
}

void TestLayoutEditor::planKeepsAnOpenedPlansExactOverhead()
{
    // A plan saved with an overhead that is no whole number of MiB, chosen
    // where half a MiB decides: CUDA0's room for layers is 24074059776 B
    // minus the overhead (see tst_layoutcommand), and five 240 MiB layers
    // need 1258291200 B, so 22815769576 B of overhead leaves 1000 B too
    // little, while the same rounded down to MiB (22815244288 B) leaves room.
    constexpr quint64 Overhead = 22815769576;
    PlanFile plan;
    plan.devices = devices();
    plan.memory = *WireFormat::readBackendMemory(readData("memory_partial_offload.json"), nullptr);
    plan.system = *WireFormat::readSystemInfo(readData("system.json"), nullptr);
    plan.layerCount = 33;
    plan.layout.gpuOverhead = Overhead;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("overhead.json"));
    QVERIFY(plan.save(path, nullptr));

    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    show(editor);
    QVERIFY(editor.controller()->openFile(path));
    QSignalSpy planned(editor.controller(), &EditorController::planned);
    child<QPushButton>(editor, "planButton")->click();
    QCOMPARE(planned.size(), 1);
    QCOMPARE(editor.model()->settings().gpuOverhead, Overhead);
    // The same numbers through the planner itself, as `vramscope layout` runs it.
    const LayoutPlan exact =
        LayoutPlanner::plan(plan.devices, *plan.memory, plan.system, plan.layout);
    QCOMPARE(editor.model()->gpuLayers().toString(), exact.gpuLayers.toString());
    LayoutSettings rounded = plan.layout;
    rounded.gpuOverhead = Overhead / MiB * MiB;
    const LayoutPlan roundedPlan =
        LayoutPlanner::plan(plan.devices, *plan.memory, plan.system, rounded);
    QVERIFY(roundedPlan.gpuLayers.sum() != exact.gpuLayers.sum());
}

void TestLayoutEditor::layersTable()
{
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    load(editor);
    show(editor);
    // The Layers tab is a view of the assignment model itself.
    auto *table = child<QTableView>(editor, "layerTable");
    QAbstractItemModel *rows = table->model();
    QCOMPARE(rows->rowCount(), 33);
    // Layer 5 of memory_2gpu.json: 208 MiB of weights and 32 MiB of cache.
    QCOMPARE(rows->index(5, LayerAssignmentModel::WeightsColumn).data().toString(),
             QStringLiteral("208.0 MiB"));
    QCOMPARE(rows->index(5, LayerAssignmentModel::SizeColumn).data().toString(),
             QStringLiteral("240.0 MiB"));
    QCOMPARE(rows->index(5, LayerAssignmentModel::SizeColumn).data(Qt::ToolTipRole).toString(),
             QLocale().toString(240ULL * MiB) + QStringLiteral(" bytes"));
    // Editing a holder there is an edit like any other: the strip, the text
    // and the undo stack follow.
    const int edits = editor.undoStack()->count();
    QVERIFY(rows->setData(rows->index(5, LayerAssignmentModel::DeviceColumn), 1));
    QCOMPARE(editor.model()->split().owner(5), 1);
    QCOMPARE(rows->index(5, LayerAssignmentModel::DeviceColumn).data().toString(),
             QStringLiteral("CUDA1"));
    QCOMPARE(editor.undoStack()->count(), edits + 1);
    // Every other layer is still on the CPU, where a report starts them.
    QCOMPARE(splitText(editor), u"1[ID:" + Gpu1 + u" Layers:1(5..5)]");
}

void TestLayoutEditor::openModelFromTheStore()
{
    // No runner anywhere: a model of the store, estimated from its file,
    // for the two GPUs of info_cuda.json.
    QTemporaryDir store;
    QVERIFY(TestModels::writeStore(store.path()));
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    useStore(fixture, store.path());
    QVERIFY(!fixture.controller.openModel(QStringLiteral("nosuch:model")));
    QVERIFY(child<QLabel>(editor, "messageLabel")
                ->text()
                .startsWith(QStringLiteral(
                    "Could not open the model nosuch:model: model 'nosuch:model' not found")));

    QVERIFY(fixture.controller.openModel(QStringLiteral("tiny")));
    QCOMPARE(fixture.controller.modelLabel(), QStringLiteral("tiny"));
    // tiny: 2 layers and the output layer.
    LayerAssignmentModel *model = editor.model();
    QCOMPARE(model->layerCount(), 3);
    // A layer: 4608 B of weights; its f16 cache holds 2 KV heads x (16 + 16)
    // x 2 B for each of 4096 tokens = 524288 B.
    const auto sizeOf = [model](int layer) {
        return model->data(model->index(layer, LayerAssignmentModel::SizeColumn)).toULongLong();
    };
    QCOMPARE(sizeOf(0), 4608ULL + 524288);
    QVERIFY(
        child<QLabel>(editor, "messageLabel")->text().startsWith(QStringLiteral("Estimated tiny")));

    // A longer context is estimated again at once: twice the cache.
    child<QSpinBox>(editor, "contextSpin")->setValue(8192);
    QCOMPARE(sizeOf(0), 4608ULL + 2 * 524288);
    // q8_0: 34 bytes per 32 elements instead of 64.
    auto *kvType = child<QComboBox>(editor, "kvTypeCombo");
    kvType->setCurrentIndex(kvType->findData(QStringLiteral("q8_0")));
    QCOMPARE(sizeOf(0), 4608ULL + 2 * 524288 * 34 / 64);

    // ollama's plan on the estimate, as the planner makes it from the same numbers.
    QSignalSpy planned(editor.controller(), &EditorController::planned);
    child<QPushButton>(editor, "planButton")->click();
    QCOMPARE(planned.size(), 1);
    const LayoutPlan expected =
        LayoutPlanner::plan(model->devices(), *model->memory(), model->system(), model->settings());
    QCOMPARE(model->gpuLayers().toString(), expected.gpuLayers.toString());
    QCOMPARE(model->gpuLayers().sum(), 3);
    // A measurement or an opened report replaces the estimate.
    QVERIFY(editor.controller()->openFile(dataPath("memory_2gpu.json")));
    QCOMPARE(fixture.controller.modelLabel(), QString());
    QCOMPARE(model->layerCount(), 33);
}

void TestLayoutEditor::measureComparesWithTheEstimate()
{
    // A fake runner whose model has tiny's shape (3 layers of 4608 B, the
    // last, the output layer, 2448 B more: 7056 B; 128 B of cache per layer
    // and token) and a graph of 8 MiB: the runner's figures, beside the
    // estimate of tiny.
    QTemporaryDir dir;
    QVERIFY(TestModels::writeStore(dir.path()));
    QFile twoNvidia(QStringLiteral(VRAMSCOPE_SOURCE_DIR "/resources/scenarios/two-nvidia.json"));
    QVERIFY(twoNvidia.open(QIODevice::ReadOnly));
    QJsonObject scenario = QJsonDocument::fromJson(twoNvidia.readAll()).object();
    scenario.insert(QStringLiteral("model"),
                    QJsonObject{{QStringLiteral("layers"), 3},
                                {QStringLiteral("layer_weights"), 4608},
                                {QStringLiteral("output_weights"), 2448},
                                {QStringLiteral("kv_bytes_per_token"), 128},
                                {QStringLiteral("graph"), 8 * 1048576},
                                {QStringLiteral("cpu_graph"), 1048576},
                                {QStringLiteral("input_weights"), 12800}});
    // Its own load: the model's 2 layers and output on the first GPU.
    QJsonObject load = scenario.value(QStringLiteral("load")).toObject();
    load.insert(QStringLiteral("layers"),
                QStringLiteral("3[ID:GPU-3f1c9a2e-6b1d-4c2f-9e0a-5d7b8c1e2f30 Layers:3(0..2)]"));
    scenario.insert(QStringLiteral("load"), load);
    QFile file(dir.filePath(QStringLiteral("tiny-runner.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(scenario).toJson());
    file.close();
    FakeRunnerProcess runner;
    QVERIFY2(runner.start({QStringLiteral("--scenario"), file.fileName(),
                           QStringLiteral("--load-after"), QStringLiteral("never")}),
             qPrintable(runner.error()));
    QNetworkAccessManager manager;
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    QVERIFY(fixture.follow(&manager, runner.endpoint()));
    fixture.controller.setModelRoots({dir.path()});
    show(editor);
    QVERIFY(fixture.controller.openModel(QStringLiteral("tiny")));
    QVERIFY(editor.model()->assign({0, 1, 2}, 0, nullptr));
    // What the estimate says for this very split, computed on its own.
    WireError error;
    const std::optional<QString> blob =
        ModelStore::resolve(QStringLiteral("tiny"), {dir.path()}, nullptr);
    QVERIFY(blob);
    const std::optional<GgufFile> gguf = GgufReader::readFile(*blob, &error);
    QVERIFY2(gguf, qPrintable(error.toString()));
    const BackendMemory estimated =
        EstimateMemory::build(*ModelEstimate::compute(*gguf, EstimateSettings(), nullptr),
                              editor.model()->devices(), {0, 0, 0});

    child<QPushButton>(editor, "measureButton")->click();
    auto *status = child<QLabel>(editor, "measureStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("The runner measured")),
                             30000);
    // The runner's figures are now in use, and both are shown per device.
    QVERIFY(editor.model()->memory());
    const BackendMemory measured = *editor.model()->memory();
    QCOMPARE(fixture.controller.modelLabel(), QString());
    const QString cuda0 = u"CUDA0: measured " + Units::humanBytes2(measured.gpus[0].size()) +
                          u" (graph " + Units::humanBytes2(measured.gpus[0].graph) +
                          u"), estimated " + Units::humanBytes2(estimated.gpus[0].size()) +
                          u" (graph " + Units::humanBytes2(estimated.gpus[0].graph) + u')';
    QVERIFY2(status->text().contains(u"Against the estimate of tiny: " + cuda0),
             qPrintable(status->text()));
    // The runner's graph is the scenario's 8 MiB, not the estimate's.
    QCOMPARE(measured.gpus[0].graph, 8ULL * 1048576);
}

void TestLayoutEditor::planBesideTheLoggedLoad()
{
    // tiny opened from the store, and a watched server log in which today's
    // ollama loaded it with -c 2048 -np 2 on CUDA1 alone (TestModels).
    QTemporaryDir store;
    QVERIFY(TestModels::writeStore(store.path()));
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    useStore(fixture, store.path());
    QVERIFY(fixture.controller.openModel(QStringLiteral("tiny")));
    const std::optional<QString> blob =
        ModelStore::resolve(QStringLiteral("tiny"), {store.path()}, nullptr);
    QVERIFY(blob);
    ServerLogParser parser;
    parser.addData(TestModels::llamaServerLoadLog(*blob));
    parser.finish();
    SourceReport report;
    report.serverLog = ServerLogSnapshot::of(parser);
    emit fixture.poller.reported({QStringLiteral("serverlog"), QStringLiteral("/var/log/ollama")},
                                 report);

    // 1024 tokens x 2 is the load's -c 2048 -np 2: compared.
    child<QSpinBox>(editor, "contextSpin")->setValue(1024);
    child<QSpinBox>(editor, "parallelSpin")->setValue(2);
    child<QComboBox>(editor, "eraCombo")->setCurrentIndex(1);
    child<QPushButton>(editor, "planButton")->click();
    // CUDA1 alone takes all 3 layers (as `layout --log` worked out in
    // tst_modelcommands), as the load did.
    QCOMPARE(splitText(editor), u"3[ID:" + Gpu1 + u" Layers:3(0..2)]");
    auto *explanation = child<QTextBrowser>(editor, "explanationView");
    QString text = explanation->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("(started 2026-06-03T10:15:02.200+02:00) offloaded 3 of "
                                          "3 layers; this plan 3 of 3: they agree.")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(
                 "This plan uses the compute buffer that load measured, on 1 device.")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Compute buffers are estimates.")), qPrintable(text));
    const std::optional<LogComparison> &logged = fixture.controller.logComparison();
    QVERIFY(logged && logged->split);
    QCOMPARE(logged->measuredGraphs, 1);
    QCOMPARE(logged->split->devices.at(1).loggedLayers, 3);

    // Another context: the load is named, not compared, and its compute
    // buffers are not taken.
    child<QSpinBox>(editor, "contextSpin")->setValue(4096);
    child<QPushButton>(editor, "planButton")->click();
    text = explanation->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("ran with other settings (-c 2048, -np 2, KV cache f16): "
                                          "not compared.")),
             qPrintable(text));
    QVERIFY(!fixture.controller.logComparison()->split);
    QVERIFY(!text.contains(QStringLiteral("that load measured")));
    QVERIFY(text.contains(QStringLiteral("Compute buffers are estimates.")));

    // Without a model open there is nothing to compare.
    QVERIFY(editor.controller()->openFile(dataPath("memory_2gpu.json")));
    child<QPushButton>(editor, "planButton")->click();
    QVERIFY(!fixture.controller.logComparison());
    QVERIFY(!explanation->toPlainText().contains(QStringLiteral("server log")));
}

void TestLayoutEditor::splitMemorySignal()
{
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    load(editor);
    show(editor);
    QSignalSpy spy(editor.controller(), &EditorController::breakdownChanged);
    typeRanges(editor, 0, QStringLiteral("0-19"));
    QVERIFY(spy.count() >= 1);
    const BackendMemory memory = spy.last().first().value<BackendMemory>();
    QCOMPARE(memory.gpus.size(), 2);
    QCOMPARE(memory.gpus[0].weightsTotal(), 4160 * MiB);
    QCOMPARE(memory.gpus[0].cacheTotal(), 640 * MiB);
    QCOMPARE(memory.gpus[0].graph, 288 * MiB);
    // GPU 1 holds nothing: no graph there.
    QCOMPARE(memory.gpus[1].size(), quint64(0));
    // The CPU keeps 12 x 240 MiB + 501 MiB, plus 501 MiB of input weights.
    QCOMPARE(memory.cpu.size(), 2880 * MiB + 525336576);
    QCOMPARE(memory.inputWeights, quint64(525336576));
}

void TestLayoutEditor::fitOnRunner()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start({QStringLiteral("--scenario"), QStringLiteral("two-nvidia"),
                           QStringLiteral("--load-after"), QStringLiteral("never")}),
             qPrintable(runner.error()));
    QNetworkAccessManager manager;
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    QVERIFY(fixture.follow(&manager, runner.endpoint()));
    show(editor);
    // No report yet: the user says 32 layers and splits them 16/16.
    child<QSpinBox>(editor, "layerCountSpin")->setValue(32);
    typeRanges(editor, 0, QStringLiteral("0-15"));
    typeRanges(editor, 1, QStringLiteral("16-31"));
    QCOMPARE(hashText(editor), QStringLiteral("1c5636412fd50848"));
    auto *measureButton = child<QPushButton>(editor, "measureButton");
    QVERIFY(measureButton->isEnabled());
    measureButton->click();
    auto *status = child<QLabel>(editor, "measureStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("The runner measured")),
                             30000);
    QVERIFY(editor.model()->memory());
    // The scenario's model: 864 MiB per layer, the last 1 GiB more; 4096
    // bytes of cache per layer per token x 4096 tokens = 16 MiB; a graph of
    // 768 MiB on each GPU in use; input weights 500 MiB.
    const BackendMemory &memory = *editor.model()->memory();
    QCOMPARE(memory.inputWeights, 500 * MiB);
    QCOMPARE(memory.gpus[0].weights[0], 864 * MiB);
    QCOMPARE(memory.gpus[0].cache[0], 16 * MiB);
    QCOMPARE(memory.gpus[1].weights[31], 1888 * MiB);
    QCOMPARE(memory.gpus[1].graph, 768 * MiB);
    // The bars follow: GPU 0 needs 16 x (864 + 16) MiB + 768 MiB.
    QCOMPARE(row(editor, 0)->fitBar()->need(), 14848 * MiB);
    // GPU 1: 16 x 880 MiB + 1 GiB + 768 MiB.
    QCOMPARE(row(editor, 1)->fitBar()->need(), 15872 * MiB);
    // The split and its history (count, two ranges) stay.
    QCOMPARE(hashText(editor), QStringLiteral("1c5636412fd50848"));
    QCOMPARE(editor.undoStack()->count(), 3);
    QVERIFY(measureButton->isEnabled());
}

void TestLayoutEditor::fitOnRunnerThatDoesNotFit()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start({QStringLiteral("--scenario"), QStringLiteral("two-nvidia"),
                           QStringLiteral("--load-after"), QStringLiteral("never")}),
             qPrintable(runner.error()));
    QNetworkAccessManager manager;
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    QVERIFY(fixture.follow(&manager, runner.endpoint()));
    show(editor);
    child<QSpinBox>(editor, "layerCountSpin")->setValue(32);
    // All 32 on GPU 0: 32 x 880 MiB + 1 GiB + 768 MiB = 29952 MiB, more
    // than its 23.1 GiB free.
    typeRanges(editor, 0, QStringLiteral("0-31"));
    child<QPushButton>(editor, "measureButton")->click();
    auto *status = child<QLabel>(editor, "measureStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(
        status->text().startsWith(QStringLiteral("The runner says this split does not fit")),
        30000);
    // What it attempted is the report in use; the bar turns red.
    QVERIFY(editor.model()->memory());
    QCOMPARE(row(editor, 0)->fitBar()->need(), 29952 * MiB);
    QCOMPARE(row(editor, 0)->fitBar()->state(), FitBar::State::Short);
    QCOMPARE(row(editor, 0)->fitBar()->shortfall(), 29952 * MiB - (Free0 - Minimum));
}

void TestLayoutEditor::fitOnBusyRunner()
{
    FakeRunnerProcess runner;
    // Loading from the start, for 100 s: /health says "loading model".
    QVERIFY2(runner.start({QStringLiteral("--scenario"), QStringLiteral("two-nvidia"),
                           QStringLiteral("--load-after"), QStringLiteral("0"),
                           QStringLiteral("--load-seconds"), QStringLiteral("100")}),
             qPrintable(runner.error()));
    QNetworkAccessManager manager;
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    QVERIFY(fixture.follow(&manager, runner.endpoint()));
    load(editor);
    show(editor);
    child<QPushButton>(editor, "measureButton")->click();
    auto *status = child<QLabel>(editor, "measureStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("is busy")), 30000);
    QCOMPARE(status->text(),
             u"The runner at " + runner.endpoint().toString() +
                 u" is busy (loading model). A runner measures a split only before a model is "
                 u"loaded, while /health says \"launched\"; start a fresh runner to measure.");
    // The report in use is untouched.
    QCOMPARE(editor.model()->memory()->inputWeights, quint64(525336576));
    // Told by the poller, the editor no longer offers to measure.
    QTRY_VERIFY_WITH_TIMEOUT(!child<QPushButton>(editor, "measureButton")->isEnabled(), 20000);
}

void TestLayoutEditor::fitRefusedByRunner()
{
    FakeRunnerProcess runner;
    QVERIFY2(
        runner.start({QStringLiteral("--scenario"), QStringLiteral("two-nvidia"),
                      QStringLiteral("--load-after"), QStringLiteral("never"),
                      QStringLiteral("--fault"), QStringLiteral("/load=500:model already loaded")}),
        qPrintable(runner.error()));
    QNetworkAccessManager manager;
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    QVERIFY(fixture.follow(&manager, runner.endpoint()));
    load(editor);
    show(editor);
    child<QPushButton>(editor, "measureButton")->click();
    auto *status = child<QLabel>(editor, "measureStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("The runner refused")),
                             30000);
    QCOMPARE(status->text(),
             u"The runner refused: POST /load at " + runner.endpoint().toString() +
                 u": HTTP 500: model already loaded. It has loaded a model since it said "
                 u"\"launched\"; start a fresh runner to measure.");
    QCOMPARE(editor.model()->memory()->inputWeights, quint64(525336576));
}

void TestLayoutEditor::screenshot()
{
    // Two GPUs and the CPU as a user would leave them after asking ollama
    // and moving layers about: three layers on the CPU, and with a 19000 MiB
    // GPU overhead GPU 0 (0-17: 18 x 240 + 288 = 4608 MiB) is 361 MiB over
    // its room of 24855248896 - 457 MiB - 19000 MiB.
    EditorUnderTest fixture;
    LayoutEditor &editor = fixture.widget;
    load(editor);
    show(editor);
    child<QPushButton>(editor, "planButton")->click();
    auto *strip = child<LayerStrip>(editor, "strip");
    dragSelect(strip, 0, 17);
    QTest::keyClick(strip, Qt::Key_0);
    dragSelect(strip, 18, 29);
    QTest::keyClick(strip, Qt::Key_1);
    dragSelect(strip, 30, 32);
    QTest::keyClick(strip, Qt::Key_C);
    child<QSpinBox>(editor, "overheadSpin")->setValue(19000);
    strip->setFocus();
    QCOMPARE(row(editor, 0)->fitBar()->shortfall(), quint64(378732544));
    QCOMPARE(row(editor, 1)->fitBar()->state(), FitBar::State::Fits);
    // Let pending layouts run, as they would before a real paint.
    QCoreApplication::sendPostedEvents();
    const QPixmap shot = editor.grab();
    QVERIFY(!shot.isNull());
    QCOMPARE(shot.size(), editor.size() * shot.devicePixelRatio());
    // VRAMSCOPE_SCREENSHOT=path keeps it for the README.
    const QString path = qEnvironmentVariable("VRAMSCOPE_SCREENSHOT");
    if (!path.isEmpty())
        QVERIFY(shot.save(path));
}

QTEST_MAIN(TestLayoutEditor)
#include "tst_layouteditor.moc"
