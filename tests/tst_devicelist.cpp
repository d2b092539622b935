#include "devicelist.h"

#include <QTest>

using namespace vramscope;
using namespace Qt::StringLiterals;

using Env = QMap<QString, QString>;

// Expected values follow ollama's ml/device.go (v0.12.10) and PROTOCOL.md §5.
class TestDeviceList : public QObject
{
    Q_OBJECT

private slots:
    void lessByFreeMemory_data();
    void lessByFreeMemory();
    void largestFirst_data();
    void largestFirst();
    void byLibrary_data();
    void byLibrary();
    void libraryPaths_data();
    void libraryPaths();
    void flashAttentionSupported_data();
    void flashAttentionSupported();
    void visibleDevicesEnv_data();
    void visibleDevicesEnv();
};

namespace {

// A device known by its id, for checking orders.
DeviceInfo gpu(const QString &id, quint64 freeMemory, bool integrated = false)
{
    DeviceInfo info;
    info.deviceId = {id, u"CUDA"_s};
    info.freeMemory = freeMemory;
    info.integrated = integrated;
    return info;
}

DeviceInfo onLibrary(const QString &id, const QString &library)
{
    DeviceInfo info;
    info.deviceId = {id, library};
    return info;
}

DeviceInfo cuda(int computeMajor, int computeMinor, int driverMajor)
{
    DeviceInfo info;
    info.deviceId = {u"0"_s, u"CUDA"_s};
    info.name = u"CUDA0"_s;
    info.computeMajor = computeMajor;
    info.computeMinor = computeMinor;
    info.driverMajor = driverMajor;
    return info;
}

DeviceInfo named(const QString &library, const QString &name)
{
    DeviceInfo info;
    info.deviceId = {u"0"_s, library};
    info.name = name;
    return info;
}

DeviceInfo rocm(const QString &id, const QString &filteredId)
{
    DeviceInfo info;
    info.deviceId = {id, u"ROCm"_s};
    info.filteredId = filteredId;
    return info;
}

QStringList ids(const QList<DeviceInfo> &devices)
{
    QStringList result;
    for (const DeviceInfo &device : devices)
        result.append(device.deviceId.id);
    return result;
}

} // namespace

void TestDeviceList::lessByFreeMemory_data()
{
    QTest::addColumn<DeviceInfo>("a");
    QTest::addColumn<DeviceInfo>("b");
    QTest::addColumn<bool>("expected");
    QTest::newRow("integrated before discrete") << gpu(u"a"_s, 100, true) << gpu(u"b"_s, 1) << true;
    QTest::newRow("discrete not before integrated")
        << gpu(u"a"_s, 1) << gpu(u"b"_s, 100, true) << false;
    QTest::newRow("both discrete, less free") << gpu(u"a"_s, 1) << gpu(u"b"_s, 2) << true;
    QTest::newRow("both discrete, more free") << gpu(u"a"_s, 2) << gpu(u"b"_s, 1) << false;
    QTest::newRow("both discrete, equal") << gpu(u"a"_s, 2) << gpu(u"b"_s, 2) << false;
    QTest::newRow("both integrated, less free")
        << gpu(u"a"_s, 1, true) << gpu(u"b"_s, 2, true) << true;
    QTest::newRow("both integrated, more free")
        << gpu(u"a"_s, 2, true) << gpu(u"b"_s, 1, true) << false;
    QTest::newRow("largest values")
        << gpu(u"a"_s, 9223372036854775806ULL) << gpu(u"b"_s, 9223372036854775807ULL) << true;
}

void TestDeviceList::lessByFreeMemory()
{
    QFETCH(DeviceInfo, a);
    QFETCH(DeviceInfo, b);
    QFETCH(bool, expected);
    QCOMPARE(DeviceList::lessByFreeMemory(a, b), expected);
}

void TestDeviceList::largestFirst_data()
{
    QTest::addColumn<QList<DeviceInfo>>("devices");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QList<DeviceInfo>() << QStringList();
    QTest::newRow("one") << QList<DeviceInfo>{gpu(u"a"_s, 5)} << QStringList{u"a"_s};
    QTest::newRow("free descending")
        << QList<DeviceInfo>{gpu(u"a"_s, 10), gpu(u"b"_s, 30), gpu(u"c"_s, 20)}
        << QStringList{u"b"_s, u"c"_s, u"a"_s};
    QTest::newRow("already in order")
        << QList<DeviceInfo>{gpu(u"a"_s, 30), gpu(u"b"_s, 20), gpu(u"c"_s, 10)}
        << QStringList{u"a"_s, u"b"_s, u"c"_s};
    // Stable: equal devices keep their input order.
    QTest::newRow("ties keep input order")
        << QList<DeviceInfo>{gpu(u"a"_s, 10), gpu(u"b"_s, 20), gpu(u"c"_s, 10), gpu(u"d"_s, 20)}
        << QStringList{u"b"_s, u"d"_s, u"a"_s, u"c"_s};
    QTest::newRow("all equal") << QList<DeviceInfo>{gpu(u"a"_s, 7), gpu(u"b"_s, 7), gpu(u"c"_s, 7),
                                                    gpu(u"d"_s, 7)}
                               << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
    // Integrated GPUs go last even when they have more free memory.
    QTest::newRow("integrated last")
        << QList<DeviceInfo>{gpu(u"igpu"_s, 100, true), gpu(u"dgpu"_s, 10)}
        << QStringList{u"dgpu"_s, u"igpu"_s};
    QTest::newRow("mixed") << QList<DeviceInfo>{gpu(u"i1"_s, 50, true), gpu(u"d1"_s, 10),
                                                gpu(u"i2"_s, 70, true), gpu(u"d2"_s, 10),
                                                gpu(u"d3"_s, 40),       gpu(u"i3"_s, 50, true)}
                           << QStringList{u"d3"_s, u"d1"_s, u"d2"_s, u"i2"_s, u"i1"_s, u"i3"_s};
}

void TestDeviceList::largestFirst()
{
    QFETCH(QList<DeviceInfo>, devices);
    QFETCH(QStringList, expected);
    QCOMPARE(ids(DeviceList::largestFirst(devices)), expected);
}

void TestDeviceList::byLibrary_data()
{
    QTest::addColumn<QList<DeviceInfo>>("devices");
    // Each group as "id id ...", groups in order.
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QList<DeviceInfo>() << QStringList();
    QTest::newRow("one library") << QList<DeviceInfo>{onLibrary(u"a"_s, u"CUDA"_s),
                                                      onLibrary(u"b"_s, u"CUDA"_s)}
                                 << QStringList{u"a b"_s};
    QTest::newRow("first appearance order")
        << QList<DeviceInfo>{onLibrary(u"a"_s, u"CUDA"_s), onLibrary(u"b"_s, u"ROCm"_s),
                             onLibrary(u"c"_s, u"CUDA"_s), onLibrary(u"d"_s, u"Vulkan"_s),
                             onLibrary(u"e"_s, u"ROCm"_s)}
        << QStringList{u"a c"_s, u"b e"_s, u"d"_s};
    QTest::newRow("later library first")
        << QList<DeviceInfo>{onLibrary(u"a"_s, u"Vulkan"_s), onLibrary(u"b"_s, u"CUDA"_s),
                             onLibrary(u"c"_s, u"Vulkan"_s)}
        << QStringList{u"a c"_s, u"b"_s};
    // lib == requested is an exact comparison.
    QTest::newRow("case matters") << QList<DeviceInfo>{onLibrary(u"a"_s, u"CUDA"_s),
                                                       onLibrary(u"b"_s, u"cuda"_s)}
                                  << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("empty library is a group")
        << QList<DeviceInfo>{onLibrary(u"a"_s, QString()), onLibrary(u"b"_s, u"CUDA"_s),
                             onLibrary(u"c"_s, QString())}
        << QStringList{u"a c"_s, u"b"_s};
}

void TestDeviceList::byLibrary()
{
    QFETCH(QList<DeviceInfo>, devices);
    QFETCH(QStringList, expected);
    QStringList groups;
    for (const QList<DeviceInfo> &group : DeviceList::byLibrary(devices)) {
        QVERIFY(!group.isEmpty());
        for (const DeviceInfo &device : group)
            QCOMPARE(device.deviceId.library, group.first().deviceId.library);
        groups.append(ids(group).join(u' '));
    }
    QCOMPARE(groups, expected);
}

void TestDeviceList::libraryPaths_data()
{
    QTest::addColumn<QList<QStringList>>("devicePaths");
    QTest::addColumn<QStringList>("expected");
    const QString ollama = u"/usr/lib/ollama"_s;
    const QString v12 = u"/usr/lib/ollama/cuda_v12"_s;
    const QString v13 = u"/usr/lib/ollama/cuda_v13"_s;
    const QString rocm = u"/usr/lib/ollama/rocm"_s;
    QTest::newRow("no devices") << QList<QStringList>() << QStringList{ollama};
    QTest::newRow("device without paths") << QList<QStringList>{{}} << QStringList{ollama};
    QTest::newRow("ollama's folder not repeated")
        << QList<QStringList>{{ollama, v12}} << QStringList{ollama, v12};
    QTest::newRow("shared folders once")
        << QList<QStringList>{{ollama, v12}, {ollama, v12}, {ollama, rocm}}
        << QStringList{ollama, v12, rocm};
    QTest::newRow("in order of appearance")
        << QList<QStringList>{{v13}, {rocm, v12, v13}} << QStringList{ollama, v13, rocm, v12};
    QTest::newRow("repeat within one device")
        << QList<QStringList>{{v12, v12, rocm, v12}} << QStringList{ollama, v12, rocm};
}

void TestDeviceList::libraryPaths()
{
    QFETCH(QList<QStringList>, devicePaths);
    QFETCH(QStringList, expected);
    QList<DeviceInfo> devices;
    for (const QStringList &paths : devicePaths) {
        DeviceInfo device;
        device.libraryPath = paths;
        devices.append(device);
    }
    QCOMPARE(DeviceList::libraryPaths(devices, u"/usr/lib/ollama"_s), expected);
}

void TestDeviceList::flashAttentionSupported_data()
{
    QTest::addColumn<QList<DeviceInfo>>("devices");
    QTest::addColumn<bool>("expected");
    QTest::newRow("no devices") << QList<DeviceInfo>() << true;
    QTest::newRow("cpu") << QList<DeviceInfo>{named(u"cpu"_s, u"CPU"_s)} << true;
    QTest::newRow("CPU in capitals is not cpu")
        << QList<DeviceInfo>{named(u"CPU"_s, u"CPU"_s)} << false;
    QTest::newRow("Metal by library") << QList<DeviceInfo>{named(u"Metal"_s, u"MTL0"_s)} << true;
    QTest::newRow("Metal by name") << QList<DeviceInfo>{named(u"Vulkan"_s, u"Metal"_s)} << true;
    QTest::newRow("ROCm") << QList<DeviceInfo>{named(u"ROCm"_s, u"ROCm0"_s)} << true;
    QTest::newRow("rocm lowercase") << QList<DeviceInfo>{named(u"rocm"_s, u"ROCm0"_s)} << false;
    QTest::newRow("Vulkan") << QList<DeviceInfo>{named(u"Vulkan"_s, u"Vulkan0"_s)} << false;
    QTest::newRow("empty library") << QList<DeviceInfo>{named(QString(), QString())} << false;
    QTest::newRow("CUDA 8.9, driver 12") << QList<DeviceInfo>{cuda(8, 9, 12)} << true;
    QTest::newRow("CUDA 7.2") << QList<DeviceInfo>{cuda(7, 2, 12)} << false;
    QTest::newRow("CUDA 7.5") << QList<DeviceInfo>{cuda(7, 5, 12)} << true;
    QTest::newRow("CUDA 7.0") << QList<DeviceInfo>{cuda(7, 0, 12)} << true;
    QTest::newRow("CUDA 6.2") << QList<DeviceInfo>{cuda(6, 2, 12)} << true;
    QTest::newRow("CUDA driver 6") << QList<DeviceInfo>{cuda(8, 9, 6)} << false;
    QTest::newRow("CUDA driver 7") << QList<DeviceInfo>{cuda(8, 9, 7)} << true;
    QTest::newRow("CUDA driver 0 (omitted)") << QList<DeviceInfo>{cuda(8, 9, 0)} << false;
    DeviceInfo lowercase = cuda(8, 9, 12);
    lowercase.deviceId.library = u"cuda"_s;
    QTest::newRow("cuda lowercase") << QList<DeviceInfo>{lowercase} << false;
    // Every device must support it.
    QTest::newRow("all capable") << QList<DeviceInfo>{cuda(8, 9, 12), named(u"ROCm"_s, u"ROCm0"_s),
                                                      named(u"Metal"_s, u"Metal"_s),
                                                      named(u"cpu"_s, u"CPU"_s)}
                                 << true;
    QTest::newRow("one Vulkan among capable")
        << QList<DeviceInfo>{cuda(8, 9, 12), named(u"Vulkan"_s, u"Vulkan0"_s),
                             named(u"ROCm"_s, u"ROCm0"_s)}
        << false;
    QTest::newRow("one CUDA 7.2 among capable")
        << QList<DeviceInfo>{cuda(8, 9, 12), cuda(7, 2, 12)} << false;
}

void TestDeviceList::flashAttentionSupported()
{
    QFETCH(QList<DeviceInfo>, devices);
    QFETCH(bool, expected);
    QCOMPARE(DeviceList::flashAttentionSupported(devices), expected);
}

void TestDeviceList::visibleDevicesEnv_data()
{
    QTest::addColumn<QList<DeviceInfo>>("devices");
    QTest::addColumn<DeviceList::Os>("os");
    QTest::addColumn<Env>("expected");
    const QString rocr = u"ROCR_VISIBLE_DEVICES"_s;
    const QString hip = u"HIP_VISIBLE_DEVICES"_s;
    const QList<DeviceInfo> filtered{rocm(u"GPU-a"_s, u"0"_s), rocm(u"GPU-b"_s, u"2"_s)};

    QTest::newRow("empty, Linux") << QList<DeviceInfo>() << DeviceList::Os::Linux << Env();
    QTest::newRow("empty, other") << QList<DeviceInfo>() << DeviceList::Os::Other << Env();
    QTest::newRow("CUDA and Vulkan set nothing")
        << QList<DeviceInfo>{onLibrary(u"0"_s, u"CUDA"_s), onLibrary(u"1"_s, u"Vulkan"_s)}
        << DeviceList::Os::Linux << Env();
    QTest::newRow("filtered ids, Linux")
        << filtered << DeviceList::Os::Linux << Env{{rocr, u"0,2"_s}};
    QTest::newRow("filtered ids, other")
        << filtered << DeviceList::Os::Other << Env{{hip, u"0,2"_s}};
    QTest::newRow("ids when not filtered")
        << QList<DeviceInfo>{rocm(u"GPU-a"_s, QString()), rocm(u"GPU-b"_s, QString())}
        << DeviceList::Os::Linux << Env{{rocr, u"GPU-a,GPU-b"_s}};
    QTest::newRow("one device") << QList<DeviceInfo>{rocm(u"GPU-a"_s, u"1"_s)}
                                << DeviceList::Os::Other << Env{{hip, u"1"_s}};
    QTest::newRow("mixed libraries, in input order")
        << QList<DeviceInfo>{rocm(u"GPU-a"_s, u"1"_s), onLibrary(u"0"_s, u"CUDA"_s),
                             rocm(u"GPU-b"_s, QString()), onLibrary(u"0"_s, u"Vulkan"_s),
                             rocm(u"GPU-c"_s, u"0"_s)}
        << DeviceList::Os::Linux << Env{{rocr, u"1,GPU-b,0"_s}};
    // switch d.Library { case "ROCm": } is exact.
    QTest::newRow("rocm lowercase sets nothing")
        << QList<DeviceInfo>{onLibrary(u"0"_s, u"rocm"_s)} << DeviceList::Os::Linux << Env();
}

void TestDeviceList::visibleDevicesEnv()
{
    QFETCH(QList<DeviceInfo>, devices);
    QFETCH(DeviceList::Os, os);
    QFETCH(Env, expected);
    QCOMPARE(DeviceList::visibleDevicesEnv(devices, os), expected);
}

QTEST_GUILESS_MAIN(TestDeviceList)
#include "tst_devicelist.moc"
