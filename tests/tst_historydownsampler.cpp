#include "historydownsampler.h"
#include "memoryhistory.h"

#include <QTest>

using namespace vramscope;

namespace {

const QString Gpu = QStringLiteral("gpu");

// A used-memory curve with rises, falls and repeats: sample i at i seconds.
quint64 usedAt(int i)
{
    return quint64((i * 7919) % 101) * 1000 + quint64(i % 13);
}

} // namespace

class TestHistoryDownsampler : public QObject
{
    Q_OBJECT

private slots:
    void piecewiseEqualsWholeDownsample();
    void updateSaysWhetherPointsChanged();
    void newBucketsStartOver();
    void seriesBegunAnewStartsOver();
    void evictedBeforeReadAreLeftOut();
    void retainForgetsOthers();
};

void TestHistoryDownsampler::piecewiseEqualsWholeDownsample()
{
    MemoryHistory history;
    HistoryDownsampler downsampler(&history);
    // 50 buckets of 7 s from 3 s on: what downsampled() makes of [3 s, 353 s).
    downsampler.setBuckets(3000, 7000);
    int next = 0;
    for (int chunk : {1, 1, 2, 5, 13, 40, 100, 187}) {
        for (int i = 0; i < chunk; ++i, ++next)
            history.append(Gpu, qint64(next) * 1000, usedAt(next));
        downsampler.update(Gpu);
        QCOMPARE(downsampler.points(Gpu), history.downsampled(Gpu, 3000, 3000 + 50 * 7000 - 1, 50));
    }
    QCOMPARE(next, 349);
}

void TestHistoryDownsampler::updateSaysWhetherPointsChanged()
{
    MemoryHistory history;
    HistoryDownsampler downsampler(&history);
    downsampler.setBuckets(0, 10000);
    QVERIFY(!downsampler.update(Gpu));
    history.append(Gpu, 0, 50);
    QVERIFY(downsampler.update(Gpu));
    QVERIFY(!downsampler.update(Gpu)); // nothing new
    history.append(Gpu, 1000, 80);
    QVERIFY(downsampler.update(Gpu)); // a new maximum
    history.append(Gpu, 2000, 60);
    QVERIFY(!downsampler.update(Gpu)); // between the bucket's extremes
    history.append(Gpu, 10000, 60);
    QVERIFY(downsampler.update(Gpu)); // a new bucket
    QCOMPARE(downsampler.points(Gpu),
             (QList<QPointF>{QPointF(0, 50), QPointF(1000, 80), QPointF(10000, 60)}));
}

void TestHistoryDownsampler::newBucketsStartOver()
{
    MemoryHistory history;
    HistoryDownsampler downsampler(&history);
    for (int i = 0; i < 100; ++i)
        history.append(Gpu, qint64(i) * 1000, usedAt(i));
    downsampler.setBuckets(0, 5000);
    downsampler.update(Gpu);
    downsampler.setBuckets(20000, 3000);
    QCOMPARE(downsampler.origin(), qint64(20000));
    QCOMPARE(downsampler.bucketWidth(), qint64(3000));
    QVERIFY(downsampler.points(Gpu).isEmpty());
    QVERIFY(downsampler.update(Gpu));
    // Samples before the origin are left out.
    QCOMPARE(downsampler.points(Gpu), history.downsampled(Gpu, 20000, 20000 + 27 * 3000 - 1, 27));
}

void TestHistoryDownsampler::seriesBegunAnewStartsOver()
{
    MemoryHistory history;
    HistoryDownsampler downsampler(&history);
    downsampler.setBuckets(0, 1000);
    for (int i = 0; i < 5; ++i)
        history.append(Gpu, qint64(i) * 1000, 10);
    downsampler.update(Gpu);
    // The GPU went with its source and came back: its history starts again.
    history.removeSeries(Gpu);
    history.append(Gpu, 9000, 20);
    QVERIFY(downsampler.update(Gpu));
    QCOMPARE(downsampler.points(Gpu), QList<QPointF>{QPointF(9000, 20)});
}

void TestHistoryDownsampler::evictedBeforeReadAreLeftOut()
{
    MemoryHistory history(10);
    HistoryDownsampler downsampler(&history);
    downsampler.setBuckets(0, 4000);
    for (int i = 0; i < 25; ++i)
        history.append(Gpu, qint64(i) * 1000, usedAt(i));
    downsampler.update(Gpu);
    // Only the 10 samples still held (15 s to 24 s) were read.
    QCOMPARE(downsampler.points(Gpu), history.downsampled(Gpu, 0, 7 * 4000 - 1, 7));
    QCOMPARE(downsampler.points(Gpu).first().x(), 15000.0);
}

void TestHistoryDownsampler::retainForgetsOthers()
{
    MemoryHistory history;
    HistoryDownsampler downsampler(&history);
    const QString other = QStringLiteral("other");
    history.append(Gpu, 0, 1);
    history.append(other, 0, 2);
    downsampler.update(Gpu);
    downsampler.update(other);
    downsampler.retain({other});
    QVERIFY(downsampler.points(Gpu).isEmpty());
    QCOMPARE(downsampler.points(other), QList<QPointF>{QPointF(0, 2)});
}

QTEST_GUILESS_MAIN(TestHistoryDownsampler)
#include "tst_historydownsampler.moc"
