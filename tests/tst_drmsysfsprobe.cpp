#include "drmsysfsprobe.h"
#include "support/nativeprocesstostring.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vramscope;
using namespace Qt::StringLiterals;

// DrmSysfsProbe on the fake trees in data/roots. Expected values are the
// trees' own files, converted by hand.
class TestDrmSysfsProbe : public QObject
{
    Q_OBJECT

private slots:
    void amdTwoGpus();
    void intelXe();
    void noGpu();
    void noTree();
    void knownClientsBetweenFullScans();
};

namespace {

constexpr quint64 KiB = 1024;
constexpr quint64 MiB = 1024 * KiB;
constexpr quint64 GiB = 1024 * MiB;

QString root(const QString &name)
{
    return QStringLiteral(VRAMSCOPE_TEST_DATA) + u"/roots/"_s + name;
}

} // namespace

void TestDrmSysfsProbe::amdTwoGpus()
{
    DrmSysfsProbe probe(root(u"amd-two-gpus"_s));
    NativeProbeStatus status;
    const QList<NativeGpu> gpus = probe.probe(&status);
    QCOMPARE(status.probe, u"drm sysfs"_s);
    QCOMPARE(status.state, NativeProbeStatus::State::Ok);
    QCOMPARE(status.message, u"2 GPUs"_s);
    QCOMPARE(status.warnings, QStringList());
    // card0 and card1; card0-DP-1, renderD128 and NVIDIA's card2 are not listed.
    QCOMPARE(gpus.size(), 2);

    const NativeGpu &card0 = gpus[0];
    QCOMPARE(card0.vendor, u"AMD"_s);
    QCOMPARE(card0.index, 0);
    QCOMPARE(card0.id, u"5c2a6d1e8b3f4a7c"_s);
    QCOMPARE(card0.name, u"AMD Radeon RX 7900 XTX"_s);
    // The name the device link points at (../../../0000:03:00.0).
    QCOMPARE(card0.pciId, u"0000:03:00.0"_s);
    QCOMPARE(card0.source, u"amdgpu sysfs"_s);
    QCOMPARE(card0.totalMemory, 24 * GiB);
    QCOMPARE(card0.usedMemory, 8 * GiB);
    QCOMPARE(card0.freeMemory, 16 * GiB);
    QCOMPARE(card0.gttTotal, std::optional<quint64>(32 * GiB));
    QCOMPARE(card0.gttUsed, std::optional<quint64>(100 * MiB));
    const QList<NativeProcess> onCard0 = {
        // Client 17 through fds 7 and 8 counts once: 4194304 KiB = 4 GiB. fd 3
        // is a regular file (stat says so), so its DRM-looking fdinfo is not
        // read.
        {1000,
         u"/usr/local/bin/ollama runner --ollama-engine --model "
         u"/root/.ollama/models/blobs/sha256-aa --port 40123"_s,
         4 * GiB},
        // Old form: pasid 32771 through two fds once (2097152 kB), pasid 32772
        // 1024 kB: 2 GiB + 1 MiB.
        {1100, u"python3 train.py"_s, 2 * GiB + MiB},
        // Empty cmdline: comm. drm-memory-vram 307200 KiB = 300 MiB counts,
        // not drm-total-vram's 400 MiB.
        {1200, u"gnome-shell"_s, 300 * MiB},
    };
    QCOMPARE(card0.processes, onCard0);

    const NativeGpu &card1 = gpus[1];
    QCOMPARE(card1.index, 1);
    QCOMPARE(card1.id, u"0f7e3b9a2c6d1e58"_s);
    // No product_name: vendor and PCI device id.
    QCOMPARE(card1.name, u"AMD 0x740f"_s);
    // No device link here: uevent's PCI_SLOT_NAME.
    QCOMPARE(card1.pciId, u"0000:83:00.0"_s);
    QCOMPARE(card1.totalMemory, 68702699520ull);
    QCOMPARE(card1.usedMemory, GiB);
    QCOMPARE(card1.freeMemory, 68702699520ull - GiB);
    QCOMPARE(card1.gttTotal, std::nullopt);
    const QList<NativeProcess> onCard1 = {
        {1000,
         u"/usr/local/bin/ollama runner --ollama-engine --model "
         u"/root/.ollama/models/blobs/sha256-aa --port 40123"_s,
         512 * MiB},
        // A client without memory keys: unknown, not zero.
        {1300, u"Xwayland :0"_s, std::nullopt},
    };
    QCOMPARE(card1.processes, onCard1);
}

void TestDrmSysfsProbe::intelXe()
{
    DrmSysfsProbe probe(root(u"intel-xe"_s));
    NativeProbeStatus status;
    const QList<NativeGpu> gpus = probe.probe(&status);
    QCOMPARE(status.state, NativeProbeStatus::State::Ok);
    // card0 (integrated, no memory files) is left out, and with it the i915
    // client on 0000:00:02.0.
    QCOMPARE(gpus.size(), 1);
    const NativeGpu &arc = gpus[0];
    QCOMPARE(arc.vendor, u"Intel"_s);
    QCOMPARE(arc.index, 1);
    QCOMPARE(arc.id, QString());
    QCOMPARE(arc.name, u"Intel 0x56a0"_s);
    QCOMPARE(arc.pciId, u"0000:03:00.0"_s);
    QCOMPARE(arc.source, u"drm sysfs"_s);
    QCOMPARE(arc.totalMemory, 17095983104ull);
    QCOMPARE(arc.freeMemory, 17095983104ull - 2 * GiB);
    // xe's two tiles: drm-total-vram0 1024 MiB + drm-total-vram1 524288 KiB.
    const QList<NativeProcess> expected = {
        {2000, u"/usr/bin/llama-server --model /m.gguf"_s, 1536 * MiB},
    };
    QCOMPARE(arc.processes, expected);
}

void TestDrmSysfsProbe::noGpu()
{
    DrmSysfsProbe probe(root(u"no-gpu"_s));
    NativeProbeStatus status;
    QCOMPARE(probe.probe(&status), QList<NativeGpu>());
    QCOMPARE(status.state, NativeProbeStatus::State::Unavailable);
    QCOMPARE(status.message, u"no AMD or Intel GPU with memory in sysfs"_s);
}

void TestDrmSysfsProbe::noTree()
{
    const QString missing = root(u"does-not-exist"_s);
    DrmSysfsProbe probe(missing);
    NativeProbeStatus status;
    QCOMPARE(probe.probe(&status), QList<NativeGpu>());
    QCOMPARE(status.state, NativeProbeStatus::State::Unavailable);
    QCOMPARE(status.message, u"no DRM devices (no "_s + missing + u"/sys/class/drm)"_s);
}

void TestDrmSysfsProbe::knownClientsBetweenFullScans()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const auto write = [&root](const QString &path, const QByteArray &bytes) {
        QDir(root.path()).mkpath(QFileInfo(root.filePath(path)).path());
        QFile file(root.filePath(path));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    };
    const auto client = [](int id, int mib) -> QByteArray {
        return "drm-driver:\tamdgpu\ndrm-pdev:\t0000:03:00.0\ndrm-client-id:\t" +
               QByteArray::number(id) + "\ndrm-memory-vram:\t" + QByteArray::number(mib) + " MiB\n";
    };
    write(u"sys/class/drm/card0/device/vendor"_s, "0x1002\n");
    write(u"sys/class/drm/card0/device/mem_info_vram_total"_s, "1073741824\n");
    write(u"sys/class/drm/card0/device/uevent"_s, "PCI_SLOT_NAME=0000:03:00.0\n");
    write(u"proc/100/comm"_s, "first\n");
    write(u"proc/100/fdinfo/5"_s, client(1, 10));
    write(u"proc/200/comm"_s, "second\n");

    DrmSysfsProbe probe(root.path());
    NativeProbeStatus status;
    // Round 1 scans every process: one client, 10 MiB.
    QCOMPARE(probe.probe(&status)[0].processes,
             (QList<NativeProcess>{{100, u"first"_s, 10 * MiB}}));

    // The known client's memory changes, a new process opens the GPU.
    write(u"proc/100/fdinfo/5"_s, client(1, 20));
    write(u"proc/200/fdinfo/3"_s, client(2, 30));
    // Rounds 2 to 5 re-read only the known fd: fresh figure, no newcomer.
    for (int round = 2; round <= DrmSysfsProbe::FullScanEvery; ++round) {
        QCOMPARE(probe.probe(&status)[0].processes,
                 (QList<NativeProcess>{{100, u"first"_s, 20 * MiB}}));
    }
    // Round 6 scans everything again.
    const QList<NativeProcess> both = {{100, u"first"_s, 20 * MiB}, {200, u"second"_s, 30 * MiB}};
    QCOMPARE(probe.probe(&status)[0].processes, both);

    // A closed fd drops out on the next round, full scan or not.
    QVERIFY(QFile::remove(root.filePath(u"proc/100/fdinfo/5"_s)));
    QCOMPARE(probe.probe(&status)[0].processes,
             (QList<NativeProcess>{{200, u"second"_s, 30 * MiB}}));
}

QTEST_APPLESS_MAIN(TestDrmSysfsProbe)
#include "tst_drmsysfsprobe.moc"
