#include "runningmodeltext.h"

#include <QTest>

using namespace vramscope;

class TestRunningModelText : public QObject
{
    Q_OBJECT

private slots:
    void processor_data();
    void processor();
    void until_data();
    void until();
};

void TestRunningModelText::processor_data()
{
    QTest::addColumn<quint64>("size");
    QTest::addColumn<quint64>("sizeVram");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all on GPU") << quint64(5000) << quint64(5000) << QStringLiteral("100% GPU");
    QTest::newRow("none on GPU") << quint64(5000) << quint64(0) << QStringLiteral("100% CPU");
    QTest::newRow("nothing at all") << quint64(0) << quint64(0) << QStringLiteral("100% CPU");
    // CPU share 480/1000 = 48% exactly.
    QTest::newRow("48/52") << quint64(1000) << quint64(520) << QStringLiteral("48%/52% CPU/GPU");
    // CPU 485/1000 = 48.5%: Go's math.Round goes half away from zero: 49.
    QTest::newRow("half rounds up")
        << quint64(1000) << quint64(515) << QStringLiteral("49%/51% CPU/GPU");
    // CPU 4849/10000 = 48.49% -> 48.
    QTest::newRow("just below half")
        << quint64(10000) << quint64(5151) << QStringLiteral("48%/52% CPU/GPU");
    // CPU 1/1000 = 0.1% -> 0: ollama prints 0%/100% although not all is on a GPU.
    QTest::newRow("tiny CPU share")
        << quint64(1000) << quint64(999) << QStringLiteral("0%/100% CPU/GPU");
    // CPU 996/1000 = 99.6% -> 100.
    QTest::newRow("tiny GPU share")
        << quint64(1000) << quint64(4) << QStringLiteral("100%/0% CPU/GPU");
    QTest::newRow("vram above size") << quint64(1000) << quint64(1001) << QStringLiteral("Unknown");
    QTest::newRow("no size, some vram") << quint64(0) << quint64(1) << QStringLiteral("Unknown");
}

void TestRunningModelText::processor()
{
    QFETCH(quint64, size);
    QFETCH(quint64, sizeVram);
    QFETCH(QString, expected);
    QCOMPARE(RunningModelText::processor(size, sizeVram), expected);
}

void TestRunningModelText::until_data()
{
    QTest::addColumn<qint64>("aheadMs"); // expires_at minus now
    QTest::addColumn<QString>("expected");
    const qint64 s = 1000;
    const qint64 hour = 3600 * s;
    QTest::newRow("now") << qint64(0) << QStringLiteral("Less than a second ago");
    QTest::newRow("past: stopping") << -s << QStringLiteral("Stopping...");
    QTest::newRow("half a second") << qint64(500) << QStringLiteral("Less than a second from now");
    QTest::newRow("one second") << qint64(1500) << QStringLiteral("1 second from now");
    QTest::newRow("59 seconds") << 59 * s << QStringLiteral("59 seconds from now");
    QTest::newRow("a minute") << 119 * s << QStringLiteral("About a minute from now");
    // ollama's default keep-alive, 5 minutes, just after a request.
    QTest::newRow("4:59 truncates") << 299 * s << QStringLiteral("4 minutes from now");
    QTest::newRow("five minutes") << 300 * s << QStringLiteral("5 minutes from now");
    // 89 minutes = 1.48 h rounds to 1.
    QTest::newRow("89 minutes") << 89 * 60 * s << QStringLiteral("About an hour from now");
    // 90 minutes = 1.5 h rounds half away from zero to 2.
    QTest::newRow("90 minutes") << 90 * 60 * s << QStringLiteral("2 hours from now");
    QTest::newRow("3 days") << 72 * hour << QStringLiteral("3 days from now");
    QTest::newRow("2 weeks") << 14 * 24 * hour << QStringLiteral("2 weeks from now");
    QTest::newRow("2 months") << 60 * 24 * hour << QStringLiteral("2 months from now");
    // 20 years: int(hours)/24/365 = -20, not below -20: still a duration (7300 days / 365 = 20).
    QTest::newRow("20 years") << 20 * 365 * 24 * hour << QStringLiteral("20 years from now");
    // 21 years: -21 < -20.
    QTest::newRow("21 years: forever") << 21 * 365 * 24 * hour << QStringLiteral("Forever");
    // A negative keep-alive: Go's largest Duration, 2^63-1 ns, about 292 years.
    QTest::newRow("keep-alive -1") << qint64(9223372036854) << QStringLiteral("Forever");
}

void TestRunningModelText::until()
{
    QFETCH(qint64, aheadMs);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 6, 3), QTime(10, 15, 2, 123), Qt::UTC);
    QCOMPARE(RunningModelText::until(now.addMSecs(aheadMs), now), expected);
}

QTEST_GUILESS_MAIN(TestRunningModelText)
#include "tst_runningmodeltext.moc"
