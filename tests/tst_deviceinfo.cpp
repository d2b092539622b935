#include "deviceinfo.h"

#include <QTest>

#include <limits>

using namespace vramscope;
using namespace Qt::StringLiterals;

// Expected values follow ollama's ml/device.go (v0.12.10) and PROTOCOL.md §5.
class TestDeviceInfo : public QObject
{
    Q_OBJECT

private slots:
    void compute_data();
    void compute();
    void driver_data();
    void driver();
    void minimumMemory_data();
    void minimumMemory();
    void usedMemory_data();
    void usedMemory();
    void compare_data();
    void compare();
    void isBetter_data();
    void isBetter();
};

namespace {

constexpr quint64 MiB = 1024 * 1024;

DeviceInfo device(const QString &id, const QString &library, const QString &pciId)
{
    DeviceInfo info;
    info.deviceId = {id, library};
    info.pciId = pciId;
    return info;
}

DeviceInfo withLibraryPath(const QStringList &libraryPath)
{
    DeviceInfo info;
    info.deviceId = {QStringLiteral("0"), QStringLiteral("CUDA")};
    info.libraryPath = libraryPath;
    return info;
}

} // namespace

void TestDeviceInfo::compute_data()
{
    QTest::addColumn<QString>("library");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<QString>("expected");

    // strconv.Itoa(major) + "." + strconv.Itoa(minor)
    QTest::newRow("CUDA 8.9") << u"CUDA"_s << 8 << 9 << u"8.9"_s;
    QTest::newRow("CUDA 12.0") << u"CUDA"_s << 12 << 0 << u"12.0"_s;
    QTest::newRow("Vulkan 0.0") << u"Vulkan"_s << 0 << 0 << u"0.0"_s;
    QTest::newRow("not reported (-1)") << u"CUDA"_s << -1 << -1 << u"-1.-1"_s;
    // A minor above 9 stays decimal outside ROCm.
    QTest::newRow("CUDA minor 10") << u"CUDA"_s << 9 << 10 << u"9.10"_s;
    QTest::newRow("empty library") << QString() << 7 << 5 << u"7.5"_s;

    // fmt.Sprintf("gfx%x%02x", major, minor)
    QTest::newRow("ROCm gfx90a") << u"ROCm"_s << 9 << 10 << u"gfx90a"_s;
    QTest::newRow("ROCm gfx1100") << u"ROCm"_s << 17 << 0 << u"gfx1100"_s;
    QTest::newRow("ROCm gfx1103") << u"ROCm"_s << 17 << 3 << u"gfx1103"_s;
    QTest::newRow("ROCm gfx000") << u"ROCm"_s << 0 << 0 << u"gfx000"_s;
    QTest::newRow("ROCm minor wider than 2") << u"ROCm"_s << 9 << 256 << u"gfx9100"_s;
    QTest::newRow("ROCm hex digits lowercase") << u"ROCm"_s << 255 << 171 << u"gfxffab"_s;
    // strings.EqualFold: any case selects the gfx form.
    QTest::newRow("rocm lowercase") << u"rocm"_s << 9 << 10 << u"gfx90a"_s;
    QTest::newRow("ROCM uppercase") << u"ROCM"_s << 9 << 10 << u"gfx90a"_s;
    QTest::newRow("rOcM mixed") << u"rOcM"_s << 17 << 0 << u"gfx1100"_s;
    QTest::newRow("ROCmX is not ROCm") << u"ROCmX"_s << 9 << 10 << u"9.10"_s;
    // Go's %x prints a negative int as '-' and the magnitude; with %02x the
    // sign takes one of the two columns, so -1 gives "-1", not "-01".
    QTest::newRow("ROCm -1 -1") << u"ROCm"_s << -1 << -1 << u"gfx-1-1"_s;
    QTest::newRow("ROCm 9 -1") << u"ROCm"_s << 9 << -1 << u"gfx9-1"_s;
    QTest::newRow("ROCm -1 5") << u"ROCm"_s << -1 << 5 << u"gfx-105"_s;
    QTest::newRow("ROCm minor -10") << u"ROCm"_s << 9 << -10 << u"gfx9-a"_s;
    QTest::newRow("ROCm minor -171") << u"ROCm"_s << 9 << -171 << u"gfx9-ab"_s;
    // -2147483648 = -0x80000000: the magnitude does not fit an int.
    QTest::newRow("ROCm INT_MIN") << u"ROCm"_s << std::numeric_limits<int>::min() << 0
                                  << u"gfx-8000000000"_s;
    QTest::newRow("ROCm INT_MAX") << u"ROCm"_s << std::numeric_limits<int>::max() << 1
                                  << u"gfx7fffffff01"_s;
}

void TestDeviceInfo::compute()
{
    QFETCH(QString, library);
    QFETCH(int, major);
    QFETCH(int, minor);
    QFETCH(QString, expected);
    DeviceInfo info;
    info.deviceId.library = library;
    info.computeMajor = major;
    info.computeMinor = minor;
    QCOMPARE(info.compute(), expected);
}

void TestDeviceInfo::driver_data()
{
    QTest::addColumn<QString>("library");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<QString>("expected");
    QTest::newRow("CUDA 12.8") << u"CUDA"_s << 12 << 8 << u"12.8"_s;
    QTest::newRow("zero") << u"CUDA"_s << 0 << 0 << u"0.0"_s;
    // Decimal even for ROCm: Driver() has no gfx form.
    QTest::newRow("ROCm 6.12") << u"ROCm"_s << 6 << 12 << u"6.12"_s;
    QTest::newRow("negative") << u"Vulkan"_s << -1 << -2 << u"-1.-2"_s;
}

void TestDeviceInfo::driver()
{
    QFETCH(QString, library);
    QFETCH(int, major);
    QFETCH(int, minor);
    QFETCH(QString, expected);
    DeviceInfo info;
    info.deviceId.library = library;
    info.driverMajor = major;
    info.driverMinor = minor;
    QCOMPARE(info.driver(), expected);
}

void TestDeviceInfo::minimumMemory_data()
{
    QTest::addColumn<QString>("library");
    QTest::addColumn<QString>("name");
    QTest::addColumn<quint64>("expected");
    // 512 MiB = 536870912, 457 MiB = 479199232.
    QTest::newRow("Metal") << u"Metal"_s << u"Metal"_s << quint64(536870912);
    QTest::newRow("CUDA") << u"CUDA"_s << u"CUDA0"_s << quint64(479199232);
    QTest::newRow("ROCm") << u"ROCm"_s << u"ROCm0"_s << quint64(479199232);
    QTest::newRow("Vulkan") << u"Vulkan"_s << u"Vulkan0"_s << quint64(479199232);
    QTest::newRow("cpu") << u"cpu"_s << u"CPU"_s << quint64(479199232);
    QTest::newRow("empty library") << QString() << QString() << quint64(457 * MiB);
    // The comparison is exact (==), unlike Compute()'s EqualFold.
    QTest::newRow("metal lowercase") << u"metal"_s << u"Metal"_s << quint64(457 * MiB);
    // Only the library counts, not the name.
    QTest::newRow("named Metal, library Vulkan") << u"Vulkan"_s << u"Metal"_s << quint64(457 * MiB);
}

void TestDeviceInfo::minimumMemory()
{
    QFETCH(QString, library);
    QFETCH(QString, name);
    QFETCH(quint64, expected);
    DeviceInfo info;
    info.deviceId.library = library;
    info.name = name;
    QCOMPARE(info.minimumMemory(), expected);
}

void TestDeviceInfo::usedMemory_data()
{
    QTest::addColumn<quint64>("total");
    QTest::addColumn<quint64>("free");
    QTest::addColumn<quint64>("expected");
    QTest::newRow("24 GiB total, 20 GiB free")
        << 24 * 1024 * MiB << 20 * 1024 * MiB << 4 * 1024 * MiB;
    QTest::newRow("all free") << 8 * MiB << 8 * MiB << quint64(0);
    // Some drivers report free above total for a moment: saturate, never wrap.
    QTest::newRow("free above total") << 8 * MiB << 9 * MiB << quint64(0);
    QTest::newRow("nothing reported") << quint64(0) << quint64(0) << quint64(0);
}

void TestDeviceInfo::usedMemory()
{
    QFETCH(quint64, total);
    QFETCH(quint64, free);
    QFETCH(quint64, expected);
    DeviceInfo info;
    info.totalMemory = total;
    info.freeMemory = free;
    QCOMPARE(info.usedMemory(), expected);
}

void TestDeviceInfo::compare_data()
{
    QTest::addColumn<DeviceInfo>("a");
    QTest::addColumn<DeviceInfo>("b");
    QTest::addColumn<DeviceComparison>("expected");
    const QString pci1 = u"0000:01:00.0"_s;
    const QString pci2 = u"0000:02:00.0"_s;
    const QString cuda = u"CUDA"_s;
    const QString vulkan = u"Vulkan"_s;

    // 1. a.PCIID != b.PCIID -> unique, whatever the ids and libraries.
    QTest::newRow("different PCI ids, same id and library")
        << device(u"0"_s, cuda, pci1) << device(u"0"_s, cuda, pci2) << DeviceComparison::Unique;
    QTest::newRow("one PCI id empty")
        << device(u"0"_s, cuda, pci1) << device(u"0"_s, cuda, {}) << DeviceComparison::Unique;
    QTest::newRow("other PCI id empty")
        << device(u"0"_s, cuda, {}) << device(u"0"_s, cuda, pci1) << DeviceComparison::Unique;
    // 2. both PCI ids empty and DeviceID (id, library) differs -> unique.
    QTest::newRow("no PCI ids, ids differ")
        << device(u"0"_s, cuda, {}) << device(u"1"_s, cuda, {}) << DeviceComparison::Unique;
    QTest::newRow("no PCI ids, libraries differ")
        << device(u"0"_s, cuda, {}) << device(u"0"_s, vulkan, {}) << DeviceComparison::Unique;
    QTest::newRow("no PCI ids, library case differs")
        << device(u"0"_s, cuda, {}) << device(u"0"_s, u"cuda"_s, {}) << DeviceComparison::Unique;
    // 3. same library -> same backend.
    QTest::newRow("no PCI ids, same DeviceID")
        << device(u"0"_s, cuda, {}) << device(u"0"_s, cuda, {}) << DeviceComparison::SameBackend;
    QTest::newRow("same PCI id, same library, same id")
        << device(u"0"_s, cuda, pci1) << device(u"0"_s, cuda, pci1)
        << DeviceComparison::SameBackend;
    // With a PCI id the ids are not looked at.
    QTest::newRow("same PCI id, same library, ids differ")
        << device(u"GPU-a"_s, cuda, pci1) << device(u"GPU-b"_s, cuda, pci1)
        << DeviceComparison::SameBackend;
    // 4. otherwise duplicate: one GPU seen through two libraries.
    QTest::newRow("same PCI id, libraries differ")
        << device(u"GPU-a"_s, cuda, pci1) << device(u"0"_s, vulkan, pci1)
        << DeviceComparison::Duplicate;
    QTest::newRow("same PCI id, libraries differ, same id")
        << device(u"0"_s, cuda, pci1) << device(u"0"_s, vulkan, pci1)
        << DeviceComparison::Duplicate;
    // Other fields play no part.
    DeviceInfo busy = device(u"0"_s, cuda, pci1);
    busy.freeMemory = 1;
    busy.name = u"CUDA9"_s;
    QTest::newRow("other fields differ")
        << device(u"0"_s, cuda, pci1) << busy << DeviceComparison::SameBackend;
}

void TestDeviceInfo::compare()
{
    QFETCH(DeviceInfo, a);
    QFETCH(DeviceInfo, b);
    QFETCH(DeviceComparison, expected);
    QCOMPARE(a.compare(b), expected);
}

void TestDeviceInfo::isBetter_data()
{
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<bool>("expected");
    const QString base = u"/usr/lib/ollama"_s;
    const QString v12 = u"/usr/lib/ollama/cuda_v12"_s;
    const QString v13 = u"/usr/lib/ollama/cuda_v13"_s;

    // ollama indexes LibraryPath[len-1] and panics on an empty one.
    QTest::newRow("a empty") << QStringList() << QStringList{base, v13} << false;
    QTest::newRow("b empty") << QStringList{base, v12} << QStringList() << false;
    QTest::newRow("both empty") << QStringList() << QStringList() << false;
    // aLib == bLib
    QTest::newRow("same last entry") << QStringList{base, v12} << QStringList{v12} << false;
    // SplitN(lib, "_", 2) with fewer than 2 parts
    QTest::newRow("a has no underscore")
        << QStringList{base, u"/usr/lib/ollama/vulkan"_s} << QStringList{base, v13} << false;
    QTest::newRow("b has no underscore")
        << QStringList{base, v12} << QStringList{base, u"/usr/lib/ollama/vulkan"_s} << false;
    // aLibSplit[0] != bLibSplit[0]
    QTest::newRow("different names") << QStringList{u"/usr/lib/ollama/cuda_v12"_s}
                                     << QStringList{u"/usr/lib/ollama/rocm_v13"_s} << false;
    QTest::newRow("different names, same version")
        << QStringList{u"/usr/lib/ollama/cuda_v12"_s} << QStringList{u"/opt/ollama/cuda_v12"_s}
        << false;
    // aLibSplit[1] == bLibSplit[1] cannot be reached with equal names: name
    // "_" version would be the whole, equal, string, caught first.
    // Reverse-sorted, cmp[0] is the larger version: b is better when it is b's.
    QTest::newRow("cuda_v13 over cuda_v12")
        << QStringList{base, v12} << QStringList{base, v13} << true;
    QTest::newRow("cuda_v12 over cuda_v13")
        << QStringList{base, v13} << QStringList{base, v12} << false;
    // Only the last entry counts.
    QTest::newRow("earlier entries ignored")
        << QStringList{v13, v12} << QStringList{v12, v13} << true;
    // Versions compare as strings, not numbers: "v9" > "v12".
    QTest::newRow("string order v9 over v12")
        << QStringList{v12} << QStringList{u"/usr/lib/ollama/cuda_v9"_s} << true;
    QTest::newRow("string order v12 over v9")
        << QStringList{u"/usr/lib/ollama/cuda_v9"_s} << QStringList{v12} << false;
    // The split is at the first underscore of the whole path.
    QTest::newRow("underscore in the folder") << QStringList{u"/opt/my_ollama/cuda_v12"_s}
                                              << QStringList{u"/opt/my_ollama/cuda_v13"_s} << true;
    QTest::newRow("underscore in the folder, names differ")
        << QStringList{u"/opt/my_ollama/cuda_v12"_s} << QStringList{u"/opt/our_ollama/cuda_v13"_s}
        << false;
    QTest::newRow("longer version sorts higher")
        << QStringList{u"x_v1"_s} << QStringList{u"x_v1.1"_s} << true;
    // Go compares bytes: U+1F600 (F0 9F 98 80) sorts above U+FFFD (EF BF BD)
    // in UTF-8, though its UTF-16 form (D83D DE00) sorts below.
    QTest::newRow("UTF-8 byte order, b astral")
        << QStringList{u"x_\uFFFD"_s} << QStringList{u"x_\U0001F600"_s} << true;
    QTest::newRow("UTF-8 byte order, a astral")
        << QStringList{u"x_\U0001F600"_s} << QStringList{u"x_\uFFFD"_s} << false;
}

void TestDeviceInfo::isBetter()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QFETCH(bool, expected);
    QCOMPARE(withLibraryPath(a).isBetter(withLibraryPath(b)), expected);
}

QTEST_GUILESS_MAIN(TestDeviceInfo)
#include "tst_deviceinfo.moc"
