#include "deviceinfo.h"
#include "nativegpu.h"
#include "wireformat.h"

#include <QFile>
#include <QTest>

using namespace vramscope;
using namespace Qt::StringLiterals;

class TestNativeGpu : public QObject
{
    Q_OBJECT

private slots:
    void normalizedPciId_data();
    void normalizedPciId();
    void samePhysicalGpu_data();
    void samePhysicalGpu();
    void identicalGpusStayTwo();
};

namespace {

QList<DeviceInfo> recordedDevices(const QString &name)
{
    QFile file(QStringLiteral(VRAMSCOPE_TEST_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    WireError error;
    return WireFormat::readDeviceInfoList(file.readAll(), &error).value_or(QList<DeviceInfo>());
}

NativeGpu gpu(const QString &id, const QString &pciId)
{
    NativeGpu gpu;
    gpu.id = id;
    gpu.pciId = pciId;
    return gpu;
}

} // namespace

void TestNativeGpu::normalizedPciId_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("NVML's 8-digit domain") << u"00000000:01:00.0"_s << u"0000:01:00.0"_s;
    QTest::newRow("already short") << u"0000:83:00.0"_s << u"0000:83:00.0"_s;
    QTest::newRow("upper case") << u"00000000:C4:1F.7"_s << u"0000:c4:1f.7"_s;
    QTest::newRow("a domain past 16 bits stays wide")
        << u"00010000:01:00.0"_s << u"10000:01:00.0"_s;
    QTest::newRow("spaces around") << u" 0000:03:00.0\n"_s << u"0000:03:00.0"_s;
    QTest::newRow("no function") << u"0000:03:00"_s << QString();
    QTest::newRow("function 8") << u"0000:03:00.8"_s << QString();
    QTest::newRow("not hex") << u"0000:0g:00.0"_s << QString();
    QTest::newRow("domain too wide") << u"000000000:01:00.0"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestNativeGpu::normalizedPciId()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(NativeGpu::normalizedPciId(text), expected);
}

void TestNativeGpu::samePhysicalGpu_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("device");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("pciId");
    QTest::addColumn<bool>("same");
    // info_cuda.json: CUDA0 is GPU-3f1c9a2e-... at 0000:01:00.0, CUDA1 is
    // GPU-8d2e4f60-... at 0000:02:00.0.
    const QString uuid0 = u"GPU-3f1c9a2e-6b1d-4c2f-9e0a-5d7b8c1e2f30"_s;
    const QString uuid1 = u"GPU-8d2e4f60-1a3b-4c5d-8e7f-9a0b1c2d3e4f"_s;
    QTest::newRow("NVML and runner: same UUID")
        << u"info_cuda.json"_s << 0 << uuid0 << u"0000:01:00.0"_s << true;
    QTest::newRow("UUID differs in case")
        << u"info_cuda.json"_s << 1 << uuid1.toUpper() << u"0000:02:00.0"_s << true;
    QTest::newRow("other GPU's UUID")
        << u"info_cuda.json"_s << 0 << uuid1 << u"0000:02:00.0"_s << false;
    // UUIDs decide: a different UUID at the same address (another machine's
    // runner) is another GPU.
    QTest::newRow("same PCI, other UUID")
        << u"info_cuda.json"_s << 0 << uuid1 << u"0000:01:00.0"_s << false;
    QTest::newRow("no UUID: PCI address, NVML's long form")
        << u"info_cuda.json"_s << 1 << QString() << u"00000000:02:00.0"_s << true;
    QTest::newRow("no UUID, other address")
        << u"info_cuda.json"_s << 1 << QString() << u"0000:01:00.0"_s << false;
    // Vulkan's id is an index ("0"): not a UUID, so the PCI address decides.
    QTest::newRow("Vulkan index id")
        << u"info_vulkan.json"_s << 0 << u"GPU-aa"_s << u"0000:03:00.0"_s << true;
    // amdgpu's unique_id is ROCm's id without "GPU-".
    QTest::newRow("amdgpu unique_id")
        << u"info_rocm.json"_s << 0 << u"5c2a6d1e8b3f4a7c"_s << u"0000:03:00.0"_s << true;
    QTest::newRow("amdgpu other unique_id")
        << u"info_rocm.json"_s << 1 << u"5c2a6d1e8b3f4a7c"_s << u"0000:83:00.0"_s << false;
    // Metal has no PCI id and an index id: nothing to match on.
    QTest::newRow("nothing to compare")
        << u"info_metal.json"_s << 0 << QString() << QString() << false;
}

void TestNativeGpu::samePhysicalGpu()
{
    QFETCH(QString, file);
    QFETCH(int, device);
    QFETCH(QString, id);
    QFETCH(QString, pciId);
    QFETCH(bool, same);
    const QList<DeviceInfo> devices = recordedDevices(file);
    QVERIFY(device < devices.size());
    QCOMPARE(gpu(id, pciId).isSamePhysicalGpu(devices[device]), same);
}

void TestNativeGpu::identicalGpusStayTwo()
{
    // Two RTX 3090s: same name and memory, different UUIDs and slots. Each
    // native GPU matches exactly one runner device.
    DeviceInfo first;
    first.deviceId = {u"GPU-11111111-0000-0000-0000-000000000000"_s, u"CUDA"_s};
    first.description = u"NVIDIA GeForce RTX 3090"_s;
    first.pciId = u"0000:01:00.0"_s;
    first.totalMemory = 25438126080;
    DeviceInfo second = first;
    second.deviceId.id = u"GPU-22222222-0000-0000-0000-000000000000"_s;
    second.pciId = u"0000:02:00.0"_s;
    const NativeGpu a = gpu(first.deviceId.id, u"00000000:01:00.0"_s);
    const NativeGpu b = gpu(second.deviceId.id, u"00000000:02:00.0"_s);
    QVERIFY(a.isSamePhysicalGpu(first));
    QVERIFY(!a.isSamePhysicalGpu(second));
    QVERIFY(b.isSamePhysicalGpu(second));
    QVERIFY(!b.isSamePhysicalGpu(first));
}

QTEST_APPLESS_MAIN(TestNativeGpu)
#include "tst_nativegpu.moc"
