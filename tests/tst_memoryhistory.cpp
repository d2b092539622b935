#include "memoryhistory.h"

#include <QTest>

using namespace vramscope;

class TestMemoryHistory : public QObject
{
    Q_OBJECT

private slots:
    void ringBufferIsBounded();
    void downsampleKeepsMinAndMax();
    void downsampleBoundsPointCount();
    void markersAreBounded();
    void timeRange();
    void removeSeries();
    void samplesSinceGivesWhatCameAfter();
};

void TestMemoryHistory::ringBufferIsBounded()
{
    MemoryHistory history(100);
    for (int i = 0; i < 250; ++i)
        history.append(QStringLiteral("gpu"), i * 1000, quint64(i));
    QCOMPARE(history.sampleCount(QStringLiteral("gpu")), qsizetype(100));
    const QList<MemoryHistory::Sample> samples = history.samples(QStringLiteral("gpu"));
    // The newest 100, oldest first.
    QCOMPARE(samples.first().used, quint64(150));
    QCOMPARE(samples.last().used, quint64(249));
    for (qsizetype i = 1; i < samples.size(); ++i)
        QVERIFY(samples[i].msecs > samples[i - 1].msecs);
}

void TestMemoryHistory::downsampleKeepsMinAndMax()
{
    MemoryHistory history;
    // 10 samples in [0, 9999] ms; 2 buckets of 5 s each.
    const QList<quint64> used{5, 1, 7, 3, 4, 9, 2, 8, 6, 6};
    for (int i = 0; i < used.size(); ++i)
        history.append(QStringLiteral("gpu"), i * 1000, used[i]);
    const QList<QPointF> points = history.downsampled(QStringLiteral("gpu"), 0, 9999, 2);
    // Bucket 0 (samples 0..4): min 1 at 1 s, max 7 at 2 s; bucket 1 (5..9):
    // max 9 at 5 s, min 2 at 6 s; each in time order.
    const QList<QPointF> expected{QPointF(1000, 1), QPointF(2000, 7), QPointF(5000, 9),
                                  QPointF(6000, 2)};
    QCOMPARE(points, expected);
}

void TestMemoryHistory::downsampleBoundsPointCount()
{
    MemoryHistory history;
    for (int i = 0; i < 14400; ++i)
        history.append(QStringLiteral("gpu"), qint64(i) * 1000, quint64(i % 97));
    const QList<QPointF> points = history.downsampled(QStringLiteral("gpu"), 0, 14399 * 1000, 600);
    QVERIFY(points.size() <= 1200);
    QVERIFY(points.size() >= 600);
    // Every bucket of 24 samples spans a whole 0..96 cycle piece: extremes kept.
    double highest = 0;
    for (const QPointF &point : points)
        highest = qMax(highest, point.y());
    QCOMPARE(highest, 96.0);
}

void TestMemoryHistory::markersAreBounded()
{
    MemoryHistory history;
    for (int i = 0; i < MemoryHistory::MaxMarkers + 10; ++i)
        history.addMarker({i, MemoryHistory::Marker::Kind::LoadStarted, QStringLiteral("a")});
    QCOMPARE(history.markers().size(), MemoryHistory::MaxMarkers);
    QCOMPARE(history.markers().first().msecs, qint64(10));
}

void TestMemoryHistory::timeRange()
{
    MemoryHistory history(3);
    QCOMPARE(history.timeRange(), (std::pair<qint64, qint64>{0, 0}));
    for (int i = 1; i <= 5; ++i)
        history.append(QStringLiteral("a"), i * 10, 0);
    history.append(QStringLiteral("b"), 7, 0);
    QCOMPARE(history.timeRange(), (std::pair<qint64, qint64>{7, 50}));
}

void TestMemoryHistory::removeSeries()
{
    MemoryHistory history;
    history.append(QStringLiteral("a"), 10, 1);
    history.append(QStringLiteral("b"), 20, 2);
    history.addMarker({15, MemoryHistory::Marker::Kind::LoadStarted, QStringLiteral("a")});
    history.removeSeries(QStringLiteral("a"));
    QCOMPARE(history.seriesKeys(), QStringList{QStringLiteral("b")});
    QCOMPARE(history.sampleCount(QStringLiteral("a")), qsizetype(0));
    // Only b's sample is left to span the range; the marker stays.
    QCOMPARE(history.timeRange(), (std::pair<qint64, qint64>{20, 20}));
    QCOMPARE(history.markers().size(), 1);
    // Unknown keys are no error, and a removed key can start again.
    history.removeSeries(QStringLiteral("nothing"));
    history.append(QStringLiteral("a"), 30, 3);
    QCOMPARE(history.seriesKeys(), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
}

void TestMemoryHistory::samplesSinceGivesWhatCameAfter()
{
    MemoryHistory history(4);
    const QString gpu = QStringLiteral("gpu");
    QCOMPARE(history.appendedCount(gpu), quint64(0));
    QVERIFY(history.samplesSince(gpu, 0).isEmpty());
    for (int i = 0; i < 3; ++i)
        history.append(gpu, i * 10, quint64(i));
    QCOMPARE(history.appendedCount(gpu), quint64(3));
    QList<MemoryHistory::Sample> fresh = history.samplesSince(gpu, 1);
    QCOMPARE(fresh.size(), 2);
    QCOMPARE(fresh.first().used, quint64(1));
    QCOMPARE(fresh.last().used, quint64(2));
    QVERIFY(history.samplesSince(gpu, 3).isEmpty());
    // Past the ring's capacity the count goes on; what was evicted is gone.
    for (int i = 3; i < 10; ++i)
        history.append(gpu, i * 10, quint64(i));
    QCOMPARE(history.appendedCount(gpu), quint64(10));
    fresh = history.samplesSince(gpu, 3);
    QCOMPARE(fresh.size(), 4);
    QCOMPARE(fresh.first().used, quint64(6));
    QCOMPARE(fresh.last().used, quint64(9));
    QCOMPARE(history.samplesSince(gpu, 8).first().used, quint64(8));
}

QTEST_GUILESS_MAIN(TestMemoryHistory)
#include "tst_memoryhistory.moc"
