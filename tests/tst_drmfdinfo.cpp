#include "drmfdinfo.h"

#include <QTest>

#include <optional>

using namespace vramscope;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<quint64>)

class TestDrmFdInfo : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void memoryValue_data();
    void memoryValue();
};

namespace {

using Bytes = std::optional<quint64>;
constexpr quint64 KiB = 1024;
constexpr quint64 MiB = 1024 * 1024;

} // namespace

void TestDrmFdInfo::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("drm");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("pciId");
    QTest::addColumn<Bytes>("clientId");
    QTest::addColumn<Bytes>("vram");

    QTest::newRow("amdgpu") << QByteArray("pos:\t0\nflags:\t02100002\ndrm-driver:\tamdgpu\n"
                                          "drm-client-id:\t17\ndrm-pdev:\t0000:03:00.0\n"
                                          "drm-memory-vram:\t4194304 KiB\n"
                                          "drm-memory-gtt:\t2048 KiB\n")
                            << true << u"amdgpu"_s << u"0000:03:00.0"_s << Bytes(17)
                            << Bytes(4194304 * KiB);
    // amdgpu of 6.x prints drm-total-vram too; the legacy key counts.
    QTest::newRow("amdgpu, both forms")
        << QByteArray("drm-driver: amdgpu\ndrm-pdev: 0000:03:00.0\ndrm-client-id: 40\n"
                      "drm-total-vram: 400 MiB\ndrm-memory-vram: 307200 KiB\n")
        << true << u"amdgpu"_s << u"0000:03:00.0"_s << Bytes(40) << Bytes(307200 * KiB);
    // xe: two tiles add up; gtt, system and resident are other figures.
    QTest::newRow("xe") << QByteArray("drm-driver:\txe\ndrm-pdev:\t0000:03:00.0\n"
                                      "drm-client-id:\t4\ndrm-total-gtt:\t100 MiB\n"
                                      "drm-total-vram0:\t1024 MiB\ndrm-resident-vram0:\t1 MiB\n"
                                      "drm-total-vram1:\t524288 KiB\n")
                        << true << u"xe"_s << u"0000:03:00.0"_s << Bytes(4)
                        << Bytes(1024 * MiB + 524288 * KiB);
    QTest::newRow("i915 local memory, bytes")
        << QByteArray("drm-driver:\ti915\ndrm-pdev:\t0000:03:00.0\ndrm-client-id:\t9\n"
                      "drm-total-local0:\t12345\ndrm-total-system0:\t8192 KiB\n")
        << true << u"i915"_s << u"0000:03:00.0"_s << Bytes(9) << Bytes(12345);
    // Kernels 5.14-5.18: pdev, pasid (the client), "vram mem" in kB = KiB.
    QTest::newRow("old amdgpu") << QByteArray("pos:\t0\npdev:\t0000:03:00.0\npasid:\t32771\n"
                                              "vram mem:\t2097152 kB\ngtt mem:\t4096 kB\n")
                                << true << QString() << u"0000:03:00.0"_s << Bytes(32771)
                                << Bytes(2097152 * KiB);
    QTest::newRow("old amdgpu, no pasid")
        << QByteArray("pdev:\t0000:03:00.0\nvram mem:\t1 kB\n") << true << QString()
        << u"0000:03:00.0"_s << Bytes() << Bytes(KiB);
    // A new-form client id wins over a pasid that some amdgpu versions print.
    QTest::newRow("client id over pasid")
        << QByteArray(
               "drm-driver:\tamdgpu\ndrm-client-id:\t5\npasid:\t32769\ndrm-pdev:\t0000:03:00.0\n")
        << true << u"amdgpu"_s << u"0000:03:00.0"_s << Bytes(5) << Bytes();
    QTest::newRow("not DRM") << QByteArray("pos:\t0\nflags:\t02\nmnt_id:\t25\nino:\t1\n") << false
                             << QString() << QString() << Bytes() << Bytes();
    QTest::newRow("empty") << QByteArray() << false << QString() << QString() << Bytes() << Bytes();
    // A malformed value leaves its field empty, and a later family does not
    // stand in for a broken better one.
    QTest::newRow("malformed memory")
        << QByteArray("drm-driver:\tamdgpu\ndrm-pdev:\t0000:03:00.0\ndrm-memory-vram:\tlots KiB\n"
                      "drm-total-vram:\t5 MiB\n")
        << true << u"amdgpu"_s << u"0000:03:00.0"_s << Bytes() << Bytes();
    QTest::newRow("overflowing sum")
        << QByteArray("drm-driver:\txe\ndrm-total-vram0:\t18446744073709551615\n"
                      "drm-total-vram1:\t1\n")
        << true << u"xe"_s << QString() << Bytes() << Bytes();
    QTest::newRow("negative client id, bad pdev")
        << QByteArray("drm-driver:\tamdgpu\ndrm-client-id:\t-3\ndrm-pdev:\tnowhere\n") << true
        << u"amdgpu"_s << QString() << Bytes() << Bytes();
    QTest::newRow("no final newline, CR-free garbage")
        << QByteArray("drm-driver:\tamdgpu\n:\n\n::::\ndrm-memory-vram:\t7") << true << u"amdgpu"_s
        << QString() << Bytes() << Bytes(7);
    QTest::newRow("region name that is not a number")
        << QByteArray("drm-driver:\txe\ndrm-total-vram-extra:\t5 MiB\n") << true << u"xe"_s
        << QString() << Bytes() << Bytes();
}

void TestDrmFdInfo::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, drm);
    QFETCH(QString, driver);
    QFETCH(QString, pciId);
    QFETCH(Bytes, clientId);
    QFETCH(Bytes, vram);
    const DrmFdInfo info = DrmFdInfo::parse(text);
    QCOMPARE(info.isDrmClient(), drm);
    QCOMPARE(info.driver, driver);
    QCOMPARE(info.pciId, pciId);
    QCOMPARE(info.clientId, clientId);
    QCOMPARE(info.vramBytes, vram);
}

void TestDrmFdInfo::memoryValue_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Bytes>("bytes");
    QTest::newRow("bytes") << QByteArray("123") << Bytes(123);
    QTest::newRow("KiB") << QByteArray("3 KiB") << Bytes(3072);
    QTest::newRow("kB is KiB") << QByteArray("3 kB") << Bytes(3072);
    QTest::newRow("MiB") << QByteArray("2 MiB") << Bytes(2 * MiB);
    QTest::newRow("tabs around") << QByteArray("\t2 MiB \t") << Bytes(2 * MiB);
    QTest::newRow("largest") << QByteArray("18446744073709551615") << Bytes(~0ull);
    // 2^64 / 1024 = 18014398509481984 KiB is one KiB too many.
    QTest::newRow("KiB past 2^64") << QByteArray("18014398509481984 KiB") << Bytes();
    QTest::newRow("unknown unit") << QByteArray("5 TB") << Bytes();
    QTest::newRow("negative") << QByteArray("-5 KiB") << Bytes();
    QTest::newRow("plus") << QByteArray("+5") << Bytes();
    QTest::newRow("empty") << QByteArray() << Bytes();
    QTest::newRow("21 digits") << QByteArray("000000000000000000001") << Bytes();
}

void TestDrmFdInfo::memoryValue()
{
    QFETCH(QByteArray, text);
    QFETCH(Bytes, bytes);
    QCOMPARE(DrmFdInfo::parseMemoryValue(text), bytes);
}

QTEST_APPLESS_MAIN(TestDrmFdInfo)
#include "tst_drmfdinfo.moc"
