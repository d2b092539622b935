#include "devicetablemodel.h"
#include "devicetableproxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace vramscope;

namespace {

constexpr quint64 GiB = 1024ULL * 1024 * 1024;
constexpr quint64 MiB = 1024ULL * 1024;

DeviceInfo gpu(const QString &id, quint64 freeMemory, const QString &pci = {},
               const QString &library = QStringLiteral("CUDA"), bool integrated = false)
{
    DeviceInfo device;
    device.deviceId = {id, library};
    device.name = id;
    device.description = QStringLiteral("GPU ") + id;
    device.pciId = pci;
    device.totalMemory = 24 * GiB;
    device.freeMemory = freeMemory;
    device.integrated = integrated;
    return device;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, DeviceTableModel::Name).data(Qt::DisplayRole).toString());
    return result;
}

} // namespace

class TestDeviceTableModel : public QObject
{
    Q_OBJECT

private slots:
    void mergesWithoutReset();
    void steadyPollsChangeNothing();
    void onlyTheSupplyingSightingChangesARow();
    void sameGpuIsOneRow_data();
    void sameGpuIsOneRow();
    void staleKeepsValues();
    void breakdownColumns();
    void removeSource();
    void rowLabels_data();
    void rowLabels();
    void proxyFormatsAndSortsLikeOllama();
};

void TestDeviceTableModel::mergesWithoutReset()
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.addSource(QStringLiteral("a"), {QStringLiteral("127.0.0.1:1"), false, false});
    model.setDevices(QStringLiteral("a"),
                     {gpu(QStringLiteral("0"), 20 * GiB, QStringLiteral("01")),
                      gpu(QStringLiteral("1"), 10 * GiB, QStringLiteral("02"))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 1);

    // GPU 1's free memory falls: one ranged dataChanged covering only its row.
    changed.clear();
    model.setDevices(QStringLiteral("a"),
                     {gpu(QStringLiteral("0"), 20 * GiB, QStringLiteral("01")),
                      gpu(QStringLiteral("1"), 4 * GiB, QStringLiteral("02"))});
    QCOMPARE(changed.size(), 1);
    const QModelIndex topLeft = changed.first().at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), DeviceTableModel::ColumnCount - 1);
    QCOMPARE(model.data(model.index(1, DeviceTableModel::Free)).toULongLong(), 4 * GiB);
    QCOMPARE(model.data(model.index(1, DeviceTableModel::Used)).toULongLong(), 20 * GiB);

    // GPU 0 goes, GPU 2 comes: one removal, one insertion, rows keep identity.
    model.setDevices(QStringLiteral("a"),
                     {gpu(QStringLiteral("1"), 4 * GiB, QStringLiteral("02")),
                      gpu(QStringLiteral("2"), 8 * GiB, QStringLiteral("03"))});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(names(model), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(resets.size(), 0);
}

void TestDeviceTableModel::steadyPollsChangeNothing()
{
    DeviceTableModel model;
    const QList<DeviceInfo> devices{gpu(QStringLiteral("0"), 20 * GiB, QStringLiteral("01"))};
    model.setDevices(QStringLiteral("a"), devices);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    for (int i = 0; i < 10; ++i)
        model.setDevices(QStringLiteral("a"), devices);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(resets.size(), 0);
}

void TestDeviceTableModel::onlyTheSupplyingSightingChangesARow()
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto shared = [](quint64 freeMemory) {
        return gpu(QStringLiteral("GPU-1"), freeMemory, QStringLiteral("01"));
    };
    model.setDevices(QStringLiteral("a"), {shared(20 * GiB)});
    model.setDevices(QStringLiteral("b"), {shared(20 * GiB), gpu(QStringLiteral("GPU-2"), 5 * GiB,
                                                                 QStringLiteral("02"))});
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // b's view of the shared GPU moves, but a came first and supplies it.
    model.setDevices(QStringLiteral("b"), {shared(12 * GiB), gpu(QStringLiteral("GPU-2"), 5 * GiB,
                                                                 QStringLiteral("02"))});
    QCOMPARE(changed.size(), 0);
    QCOMPARE(model.device(model.rowOfKey(QStringLiteral("pci:01"))).freeMemory, 20 * GiB);

    // b's own GPU moves: its row alone, all columns.
    model.setDevices(QStringLiteral("b"), {shared(12 * GiB), gpu(QStringLiteral("GPU-2"), 3 * GiB,
                                                                 QStringLiteral("02"))});
    QCOMPARE(changed.size(), 1);
    const int own = model.rowOfKey(QStringLiteral("pci:02"));
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), own);
    QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), own);
    QCOMPARE(model.device(own).freeMemory, 3 * GiB);

    // a's moves: the shared row takes a's values.
    changed.clear();
    model.setDevices(QStringLiteral("a"), {shared(16 * GiB)});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.device(model.rowOfKey(QStringLiteral("pci:01"))).freeMemory, 16 * GiB);

    // a reports another GPU in its place: the rows are worked out again.
    model.setDevices(QStringLiteral("a"),
                     {gpu(QStringLiteral("GPU-3"), GiB, QStringLiteral("03"))});
    QCOMPARE(model.rowCount(), 3);
    // b now supplies the shared GPU, with b's last values.
    QCOMPARE(model.rowSource(model.rowOfKey(QStringLiteral("pci:01"))), QStringLiteral("b"));
    QCOMPARE(model.device(model.rowOfKey(QStringLiteral("pci:01"))).freeMemory, 12 * GiB);
    QCOMPARE(model.rowOfKey(QStringLiteral("pci:03")), 2);
    QCOMPARE(model.rowOfKey(QStringLiteral("pci:nothing")), -1);
}

void TestDeviceTableModel::sameGpuIsOneRow_data()
{
    QTest::addColumn<QList<DeviceInfo>>("fromA");
    QTest::addColumn<QList<DeviceInfo>>("fromB");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("alsoSeen");

    const DeviceInfo cuda = gpu(QStringLiteral("GPU-1"), 20 * GiB, QStringLiteral("0000:01:00.0"));
    const DeviceInfo vulkan = gpu(QStringLiteral("0"), 20 * GiB, QStringLiteral("0000:01:00.0"),
                                  QStringLiteral("Vulkan"));
    const DeviceInfo other = gpu(QStringLiteral("GPU-2"), 20 * GiB, QStringLiteral("0000:02:00.0"));
    QTest::newRow("two runners, same GPU")
        << QList<DeviceInfo>{cuda} << QList<DeviceInfo>{cuda} << 1 << 1;
    QTest::newRow("one runner, two libraries")
        << QList<DeviceInfo>{cuda, vulkan} << QList<DeviceInfo>{} << 1 << 1;
    QTest::newRow("different GPUs")
        << QList<DeviceInfo>{cuda} << QList<DeviceInfo>{other} << 2 << 0;
    // Without PCI ids only id + library tell GPUs apart.
    QTest::newRow("no PCI id, same id")
        << QList<DeviceInfo>{gpu(QStringLiteral("0"), GiB)}
        << QList<DeviceInfo>{gpu(QStringLiteral("0"), GiB)} << 1 << 1;
    QTest::newRow("no PCI id, other library")
        << QList<DeviceInfo>{gpu(QStringLiteral("0"), GiB)}
        << QList<DeviceInfo>{gpu(QStringLiteral("0"), GiB, {}, QStringLiteral("ROCm"))} << 2 << 0;
}

void TestDeviceTableModel::sameGpuIsOneRow()
{
    QFETCH(QList<DeviceInfo>, fromA);
    QFETCH(QList<DeviceInfo>, fromB);
    QFETCH(int, rows);
    QFETCH(int, alsoSeen);
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDevices(QStringLiteral("a"), fromA);
    model.setDevices(QStringLiteral("b"), fromB);
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.data(model.index(0, 0), DeviceTableModel::AlsoSeenRole).toStringList().size(),
             alsoSeen);
}

void TestDeviceTableModel::staleKeepsValues()
{
    DeviceTableModel model;
    model.setDevices(QStringLiteral("a"), {gpu(QStringLiteral("0"), 20 * GiB)});
    model.setDevices(QStringLiteral("b"),
                     {gpu(QStringLiteral("1"), 10 * GiB, {}, QStringLiteral("ROCm"))});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStale(QStringLiteral("a"), true);
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.data(model.index(0, 0), DeviceTableModel::StaleRole).toBool());
    QVERIFY(!model.data(model.index(1, 0), DeviceTableModel::StaleRole).toBool());
    QCOMPARE(model.data(model.index(0, DeviceTableModel::Free)).toULongLong(), 20 * GiB);
}

void TestDeviceTableModel::breakdownColumns()
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // 24 GiB total, 14 GiB free: 10 GiB used.
    model.setDevices(QStringLiteral("a"), {gpu(QStringLiteral("0"), 14 * GiB)});
    QVERIFY(!model.data(model.index(0, DeviceTableModel::ModelWeights)).isValid());

    BackendMemory memory;
    DeviceMemory entry;
    entry.deviceId = {QStringLiteral("0"), QStringLiteral("CUDA")};
    entry.weights = {3 * GiB, 3 * GiB};
    entry.cache = {512 * MiB, 512 * MiB};
    entry.graph = 256 * MiB;
    memory.gpus = {entry};
    model.setMemory(memory);
    QCOMPARE(model.data(model.index(0, DeviceTableModel::ModelWeights)).toULongLong(), 6 * GiB);
    QCOMPARE(model.data(model.index(0, DeviceTableModel::KvCache)).toULongLong(), GiB);
    QCOMPARE(model.data(model.index(0, DeviceTableModel::ComputeGraph)).toULongLong(), 256 * MiB);
    // Not resident yet: the model's 7.25 GiB is still to come out of free,
    // and all 10 GiB of today's use is someone else's.
    QCOMPARE(model.data(model.index(0, DeviceTableModel::OtherUsed)).toULongLong(), 10 * GiB);
    QCOMPARE(model.pendingBytes(0), 7 * GiB + 256 * MiB);
    // Resident: the model is part of the 10 GiB used; 2.75 GiB is other.
    model.setModelResident(QStringLiteral("a"), true);
    QCOMPARE(model.data(model.index(0, DeviceTableModel::OtherUsed)).toULongLong(),
             2 * GiB + 768 * MiB);
    QCOMPARE(model.pendingBytes(0), quint64(0));
    model.setMemory({});
    QVERIFY(!model.data(model.index(0, DeviceTableModel::KvCache)).isValid());
}

void TestDeviceTableModel::removeSource()
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DeviceInfo shared = gpu(QStringLiteral("GPU-1"), 20 * GiB, QStringLiteral("01"));
    model.setDevices(QStringLiteral("a"), {shared});
    model.setDevices(QStringLiteral("b"),
                     {shared, gpu(QStringLiteral("GPU-2"), 5 * GiB, QStringLiteral("02"))});
    QCOMPARE(model.rowCount(), 2);
    // a goes: its GPU is still seen by b and stays, now from b.
    model.removeSource(QStringLiteral("a"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowSource(model.rowOfKey(QStringLiteral("pci:01"))), QStringLiteral("b"));
    model.removeSource(QStringLiteral("b"));
    QCOMPARE(model.rowCount(), 0);
}

void TestDeviceTableModel::rowLabels_data()
{
    QTest::addColumn<QList<DeviceInfo>>("fromA");
    QTest::addColumn<QList<DeviceInfo>>("fromB");
    QTest::addColumn<QStringList>("labels");

    auto named = [](const QString &name, const QString &id, const QString &pci,
                    const QString &library = QStringLiteral("CUDA")) {
        DeviceInfo device = gpu(id, GiB, pci, library);
        device.name = name;
        return device;
    };
    const QString cuda0 = QStringLiteral("CUDA0");
    QTest::newRow("names differ: names alone")
        << QList<DeviceInfo>{named(cuda0, QStringLiteral("GPU-1"), QStringLiteral("01"))}
        << QList<DeviceInfo>{named(QStringLiteral("CUDA1"), QStringLiteral("GPU-2"),
                                   QStringLiteral("02"))}
        << QStringList{cuda0, QStringLiteral("CUDA1")};
    // Sources a and b are labelled "host-a:1" and "host-b:2" below.
    QTest::newRow("a CUDA0 on each host: with the host")
        << QList<DeviceInfo>{named(cuda0, QStringLiteral("GPU-1"), QStringLiteral("01"))}
        << QList<DeviceInfo>{named(cuda0, QStringLiteral("GPU-2"), QStringLiteral("02"))}
        << QStringList{QStringLiteral("CUDA0 · host-a:1"), QStringLiteral("CUDA0 · host-b:2")};
    // Without PCI ids, one runner can show two GPUs of one name through two
    // libraries: the host does not tell them apart, library and id do.
    QTest::newRow("same name, same host: with library and id too")
        << QList<DeviceInfo>{named(cuda0, QStringLiteral("0"), {}),
                             named(cuda0, QStringLiteral("0"), {}, QStringLiteral("ROCm"))}
        << QList<DeviceInfo>{named(QStringLiteral("CUDA1"), QStringLiteral("1"), {})}
        << QStringList{QStringLiteral("CUDA0 · host-a:1 · CUDA 0"),
                       QStringLiteral("CUDA0 · host-a:1 · ROCm 0"), QStringLiteral("CUDA1")};
}

void TestDeviceTableModel::rowLabels()
{
    QFETCH(QList<DeviceInfo>, fromA);
    QFETCH(QList<DeviceInfo>, fromB);
    QFETCH(QStringList, labels);
    DeviceTableModel model;
    model.addSource(QStringLiteral("a"), {QStringLiteral("host-a:1"), false, true});
    model.addSource(QStringLiteral("b"), {QStringLiteral("host-b:2"), false, true});
    model.setDevices(QStringLiteral("a"), fromA);
    model.setDevices(QStringLiteral("b"), fromB);
    QCOMPARE(model.rowLabels(), labels);
}

void TestDeviceTableModel::proxyFormatsAndSortsLikeOllama()
{
    DeviceTableModel model;
    DeviceTableProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sortLikeOllama();
    model.addSource(QStringLiteral("a"), {QStringLiteral("127.0.0.1:9"), true, false});
    // ollama's order: discrete first, most free first; the integrated GPU
    // goes last although it has the most free memory; ties keep arrival.
    model.setDevices(QStringLiteral("a"),
                     {gpu(QStringLiteral("small"), 4 * GiB),
                      gpu(QStringLiteral("igpu"), 30 * GiB, {}, QStringLiteral("CUDA"), true),
                      gpu(QStringLiteral("big"), 20 * GiB), gpu(QStringLiteral("tieA"), 8 * GiB),
                      gpu(QStringLiteral("tieB"), 8 * GiB)});
    QCOMPARE(names(proxy),
             (QStringList{QStringLiteral("big"), QStringLiteral("tieA"), QStringLiteral("tieB"),
                          QStringLiteral("small"), QStringLiteral("igpu")}));

    const QModelIndex free = proxy.index(0, DeviceTableModel::Free);
    QCOMPARE(free.data().toString(), QStringLiteral("20.0 GiB"));
    QVERIFY(free.data(Qt::ToolTipRole).toString().contains(QLocale().toString(20 * GiB)));
    QCOMPARE(proxy.index(0, DeviceTableModel::Integrated).data().toString(), QStringLiteral("no"));
    QCOMPARE(proxy.index(4, DeviceTableModel::Integrated).data().toString(), QStringLiteral("yes"));
    QCOMPARE(proxy.index(0, DeviceTableModel::Source).data().toString(),
             QStringLiteral("127.0.0.1:9 (simulated)"));
    QCOMPARE(proxy.index(0, DeviceTableModel::MinimumReserve).data().toString(),
             QStringLiteral("457.0 MiB"));

    // Free memory changes reorder the rows live.
    model.setDevices(QStringLiteral("a"),
                     {gpu(QStringLiteral("small"), 22 * GiB),
                      gpu(QStringLiteral("igpu"), 30 * GiB, {}, QStringLiteral("CUDA"), true),
                      gpu(QStringLiteral("big"), 20 * GiB), gpu(QStringLiteral("tieA"), 8 * GiB),
                      gpu(QStringLiteral("tieB"), 8 * GiB)});
    QCOMPARE(names(proxy).first(), QStringLiteral("small"));
}

QTEST_MAIN(TestDeviceTableModel)
#include "tst_devicetablemodel.moc"
