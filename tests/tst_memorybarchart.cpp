#include "devicetablemodel.h"
#include "devicetableproxy.h"
#include "memorybarchart.h"

#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QSignalSpy>
#include <QTest>

using namespace vramscope;

namespace {

constexpr quint64 GiB = 1024ULL * 1024 * 1024;

DeviceInfo gpu(const QString &name, const QString &pciId, quint64 freeMemory)
{
    DeviceInfo device;
    device.deviceId = {u"GPU-" + pciId, QStringLiteral("CUDA")};
    device.name = name;
    device.description = QStringLiteral("RTX 4090");
    device.pciId = pciId;
    device.totalMemory = 24 * GiB;
    device.freeMemory = freeMemory;
    return device;
}

QList<QBarSet *> barSets(MemoryBarChart &chart)
{
    const auto *series =
        qobject_cast<QHorizontalStackedBarSeries *>(chart.chart()->series().value(0));
    return series ? series->barSets() : QList<QBarSet *>{};
}

} // namespace

class TestMemoryBarChart : public QObject
{
    Q_OBJECT

private slots:
    void pollReplacesOnlyChangedValues();
    void sameNameOnTwoHostsKeepsBothLabels();
};

void TestMemoryBarChart::pollReplacesOnlyChangedValues()
{
    DeviceTableModel model;
    DeviceTableProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sortLikeOllama();
    MemoryBarChart chart(&model, &proxy);
    model.setDevices(QStringLiteral("a"),
                     {gpu(QStringLiteral("CUDA0"), QStringLiteral("01"), 20 * GiB),
                      gpu(QStringLiteral("CUDA1"), QStringLiteral("02"), 10 * GiB)});
    chart.refresh();
    const QList<QBarSet *> sets = barSets(chart);
    QCOMPARE(sets.size(), int(MemoryBarChart::SegmentCount));
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (QBarSet *set : sets)
        spies.append(std::make_shared<QSignalSpy>(set, &QBarSet::valueChanged));

    // CUDA1's use grows by 2 GiB: its "other" and "free" change, nothing else.
    model.setDevices(QStringLiteral("a"),
                     {gpu(QStringLiteral("CUDA0"), QStringLiteral("01"), 20 * GiB),
                      gpu(QStringLiteral("CUDA1"), QStringLiteral("02"), 8 * GiB)});
    chart.refresh();
    int replaced = 0;
    for (int segment = 0; segment < MemoryBarChart::SegmentCount; ++segment) {
        const QSignalSpy &spy = *spies[segment];
        replaced += int(spy.size());
        const bool expected =
            segment == MemoryBarChart::OtherUsed || segment == MemoryBarChart::Free;
        QCOMPARE(spy.size(), expected ? 1 : 0);
        // Bars are stored bottom-up: CUDA1, second in the table, is bar 0.
        if (expected)
            QCOMPARE(spy.first().at(0).toInt(), 0);
    }
    QCOMPARE(replaced, 2);
    // Table order, in GiB: other = used = 24 - free; free = free - 457 MiB
    // reserve (457 / 1024 = 0.446289...).
    QCOMPARE(chart.values(MemoryBarChart::OtherUsed), (QList<qreal>{4.0, 16.0}));
    QCOMPARE(chart.values(MemoryBarChart::Free),
             (QList<qreal>{20.0 - 457.0 / 1024.0, 8.0 - 457.0 / 1024.0}));
    QCOMPARE(chart.values(MemoryBarChart::Reserve), (QList<qreal>{457.0 / 1024.0, 457.0 / 1024.0}));
}

void TestMemoryBarChart::sameNameOnTwoHostsKeepsBothLabels()
{
    DeviceTableModel model;
    DeviceTableProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sortLikeOllama();
    MemoryBarChart chart(&model, &proxy);
    model.addSource(QStringLiteral("a"), {QStringLiteral("10.0.0.1:8080"), false, true});
    model.addSource(QStringLiteral("b"), {QStringLiteral("10.0.0.2:8080"), false, true});
    model.setDevices(QStringLiteral("a"),
                     {gpu(QStringLiteral("CUDA0"), QStringLiteral("01"), 20 * GiB),
                      gpu(QStringLiteral("CUDA1"), QStringLiteral("02"), 4 * GiB)});
    model.setDevices(QStringLiteral("b"),
                     {gpu(QStringLiteral("CUDA0"), QStringLiteral("03"), 10 * GiB)});
    chart.refresh();
    // Most free first: a's CUDA0 (20 GiB), b's CUDA0 (10), a's CUDA1 (4).
    // Only the two CUDA0 need their host; each bar keeps its own label.
    QCOMPARE(chart.categories(), (QStringList{QStringLiteral("CUDA0 · 10.0.0.1:8080\nRTX 4090"),
                                              QStringLiteral("CUDA0 · 10.0.0.2:8080\nRTX 4090"),
                                              QStringLiteral("CUDA1\nRTX 4090")}));
    QCOMPARE(chart.values(MemoryBarChart::Free).size(), 3);
}

QTEST_MAIN(TestMemoryBarChart)
#include "tst_memorybarchart.moc"
