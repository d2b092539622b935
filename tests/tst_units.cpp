#include "units.h"

#include <QTest>

using namespace vramscope;

class TestUnits : public QObject
{
    Q_OBJECT

private slots:
    void humanBytes2_data();
    void humanBytes2();
    void humanBytes_data();
    void humanBytes();
};

void TestUnits::humanBytes2_data()
{
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << quint64(0) << QStringLiteral("0 B");
    QTest::newRow("below a KiB") << quint64(1023) << QStringLiteral("1023 B");
    QTest::newRow("one KiB") << quint64(1024) << QStringLiteral("1.0 KiB");
    QTest::newRow("1.5 KiB") << quint64(1536) << QStringLiteral("1.5 KiB");
    QTest::newRow("just below a MiB") << quint64(1048575) << QStringLiteral("1024.0 KiB");
    QTest::newRow("one MiB") << quint64(1048576) << QStringLiteral("1.0 MiB");
    QTest::newRow("457 MiB") << quint64(457) * 1048576 << QStringLiteral("457.0 MiB");
    // 1.25 is exact in binary: half-to-even gives 1.2, as Go prints it.
    QTest::newRow("tie rounds to even") << quint64(1280) << QStringLiteral("1.2 KiB");
    QTest::newRow("tie rounds to even, odd") << quint64(1792) << QStringLiteral("1.8 KiB");
    QTest::newRow("one GiB") << quint64(1073741824) << QStringLiteral("1.0 GiB");
    QTest::newRow("RTX 4090 total") << quint64(25757220864) << QStringLiteral("24.0 GiB");
    QTest::newRow("a TiB stays in GiB") << quint64(1099511627776) << QStringLiteral("1024.0 GiB");
}

void TestUnits::humanBytes2()
{
    QFETCH(quint64, bytes);
    QFETCH(QString, expected);
    QCOMPARE(Units::humanBytes2(bytes), expected);
}

void TestUnits::humanBytes_data()
{
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("below a kB") << quint64(999) << QStringLiteral("999 B");
    QTest::newRow("one kB exactly") << quint64(1000) << QStringLiteral("1 KB");
    QTest::newRow("1.5 kB") << quint64(1500) << QStringLiteral("1.5 KB");
    // 2_019_000_000 / 1e9 = 2.019: not whole, one decimal: 2.0.
    QTest::newRow("almost whole GB") << quint64(2019000000) << QStringLiteral("2.0 GB");
    QTest::newRow("whole GB") << quint64(2000000000) << QStringLiteral("2 GB");
    // 4_920_000_000 / 1e9 = 4.92 -> "4.9 GB".
    QTest::newRow("llama3 8B q4") << quint64(4920000000) << QStringLiteral("4.9 GB");
    // 13_999_999_999 / 1e9 = 13.99..., from 10 on truncated: 13.
    QTest::newRow("ten and above truncate") << quint64(13999999999) << QStringLiteral("13 GB");
    QTest::newRow("a TB") << quint64(1500000000000) << QStringLiteral("1.5 TB");
}

void TestUnits::humanBytes()
{
    QFETCH(quint64, bytes);
    QFETCH(QString, expected);
    QCOMPARE(Units::humanBytes(bytes), expected);
}

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
