#include "bytecolumnsproxy.h"
#include "processtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace vramscope;

namespace {

const QString Digest = QString(64, u'a');

NativeGpu gpu(int index, const QString &pci, const QList<NativeProcess> &processes)
{
    NativeGpu result;
    result.vendor = QStringLiteral("NVIDIA");
    result.index = index;
    result.name = QStringLiteral("NVIDIA GeForce RTX 4090");
    result.pciId = pci;
    result.processes = processes;
    return result;
}

NativeProcess runner(quint32 pid, std::optional<quint64> memory)
{
    return {
        pid,
        u"/usr/local/bin/ollama runner --ollama-engine --model /root/.ollama/models/blobs/sha256-" +
            Digest + u" --port 40123",
        memory};
}

QString cell(const ProcessTableModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

// The Processes table: one row per GPU and process, merged by key on every
// probe round, runners named by the model their --model blob belongs to.
class TestProcessTableModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAndNames();
    void mergesWithoutReset();
    void sourcesStayApart();
    void whatOllamaSaysBesideTheDriver();
};

void TestProcessTableModel::rowsAndNames()
{
    ProcessTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGpus(QStringLiteral("gpus /"),
                  {gpu(0, QStringLiteral("0000:01:00.0"),
                       {runner(4242, 8ULL << 30), {777, QStringLiteral("python3 train.py"), {}}})});
    QCOMPARE(model.rowCount(), 2);
    // In key order: pid 777 before 4242 on the same GPU.
    QCOMPARE(model.data(model.index(0, ProcessTableModel::Pid)).toUInt(), 777u);
    QCOMPARE(cell(model, 0, ProcessTableModel::Model), QString());
    QVERIFY(!model.data(model.index(0, ProcessTableModel::Memory)).isValid());
    QCOMPARE(cell(model, 1, ProcessTableModel::Gpu),
             QStringLiteral("GPU0 \u00b7 NVIDIA GeForce RTX 4090"));
    QCOMPARE(model.data(model.index(1, ProcessTableModel::Memory)).toULongLong(), 8ULL << 30);
    // Without a name for the blob: its digest, shortened as ollama shows ids.
    QCOMPARE(cell(model, 1, ProcessTableModel::Model), u"sha256-" + Digest.left(12));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setModelNames({{Digest, QStringLiteral("llama3.2:3b")}});
    QCOMPARE(cell(model, 1, ProcessTableModel::Model), QStringLiteral("llama3.2:3b"));
    QCOMPARE(changed.size(), 1);
}

void TestProcessTableModel::mergesWithoutReset()
{
    ProcessTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QString pci = QStringLiteral("0000:01:00.0");
    model.setGpus(QStringLiteral("gpus /"), {gpu(0, pci, {runner(4242, 1ULL << 30)})});
    QCOMPARE(inserted.size(), 1);
    // Ten rounds: the runner's memory grows, a second process comes and goes.
    for (int round = 1; round <= 10; ++round) {
        QList<NativeProcess> processes{runner(4242, quint64(round) << 30)};
        if (round % 2 == 0)
            processes.prepend({100, QStringLiteral("Xorg"), 64ULL << 20});
        model.setGpus(QStringLiteral("gpus /"), {gpu(0, pci, processes)});
        QCOMPARE(model.rowCount(), round % 2 == 0 ? 2 : 1);
    }
    QCOMPARE(resets.size(), 0);
    // The runner kept its row, first; Xorg comes after it.
    QCOMPARE(model.data(model.index(0, ProcessTableModel::Pid)).toUInt(), 4242u);
    QCOMPARE(model.data(model.index(0, ProcessTableModel::Memory)).toULongLong(), 10ULL << 30);
    // Xorg came 5 times and went 4 times; the runner's memory changed in
    // rounds 2 to 10 (round 1 repeats the first round's 1 GiB).
    QCOMPARE(inserted.size(), 1 + 5);
    QCOMPARE(removed.size(), 4);
    QCOMPARE(changed.size(), 9);
}

void TestProcessTableModel::sourcesStayApart()
{
    ProcessTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGpus(QStringLiteral("gpus /"),
                  {gpu(0, QStringLiteral("0000:01:00.0"), {runner(1, {})})});
    model.setGpus(QStringLiteral("gpus /host"),
                  {gpu(0, QStringLiteral("0000:01:00.0"), {runner(1, {})})});
    QCOMPARE(model.rowCount(), 2);
    model.removeSource(QStringLiteral("gpus /"));
    QCOMPARE(model.rowCount(), 1);
    model.removeSource(QStringLiteral("gpus /host"));
    QCOMPARE(model.rowCount(), 0);
}

void TestProcessTableModel::whatOllamaSaysBesideTheDriver()
{
    ProcessTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGpus(QStringLiteral("gpus /"),
                  {gpu(0, QStringLiteral("0000:01:00.0"),
                       {runner(4242, 8ULL << 30), {777, QStringLiteral("python3 train.py"), {}}})});
    model.setModelNames({{Digest, QStringLiteral("from-the-store")}});
    // No server watched: a runner's claim is unknown, another program has none.
    QVERIFY(!model.data(model.index(1, ProcessTableModel::OllamaSays)).isValid());
    QCOMPARE(model.data(model.index(0, ProcessTableModel::OllamaSays)), QVariant(QString()));
    ByteColumnsProxy proxy({ProcessTableModel::Memory, ProcessTableModel::OllamaSays});
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.index(0, ProcessTableModel::OllamaSays).data().toString(), QString());
    QCOMPARE(proxy.index(1, ProcessTableModel::OllamaSays).data().toString(),
             QStringLiteral("unknown"));
    QVERIFY(proxy.index(1, ProcessTableModel::OllamaSays)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("No watched ollama server")));

    // A server lists the model loaded from that blob: its name wins, and
    // its VRAM (9 GiB on all GPUs) stands beside the driver's 8 GiB here.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setServerModels({{Digest, {QStringLiteral("qwen3:14b"), 9ULL << 30}}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(model, 1, ProcessTableModel::Model), QStringLiteral("qwen3:14b"));
    QCOMPARE(model.data(model.index(1, ProcessTableModel::OllamaSays)).toULongLong(), 9ULL << 30);
    QCOMPARE(proxy.index(1, ProcessTableModel::OllamaSays).data().toString(),
             QStringLiteral("9.0 GiB"));
    QCOMPARE(proxy.index(1, ProcessTableModel::Memory).data().toString(),
             QStringLiteral("8.0 GiB"));
    // The same again changes nothing.
    model.setServerModels({{Digest, {QStringLiteral("qwen3:14b"), 9ULL << 30}}});
    QCOMPARE(changed.size(), 1);
}

QTEST_GUILESS_MAIN(TestProcessTableModel)
#include "tst_processtablemodel.moc"
