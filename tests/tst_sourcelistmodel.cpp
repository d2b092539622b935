#include "sourcelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace vramscope;

namespace {

SourceId idOf(const QString &address)
{
    return {QStringLiteral("runner"), address};
}

SourceListModel::Entry entry(const QString &address)
{
    SourceListModel::Entry result;
    result.id = idOf(address);
    result.label = address;
    result.kindName = QStringLiteral("ollama runner");
    return result;
}

} // namespace

class TestSourceListModel : public QObject
{
    Q_OBJECT

private slots:
    void addRemove();
    void statusAndActivity();
    void originRoles();
    void staleAgeMovesOn();
};

void TestSourceListModel::addRemove()
{
    SourceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addSource(entry(QStringLiteral("a:1")));
    model.addSource(entry(QStringLiteral("b:1")));
    model.addSource(entry(QStringLiteral("a:1"))); // already there: nothing
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(idOf(QStringLiteral("b:1"))), 1);
    // Same address, other kind: another source.
    QCOMPARE(model.rowOf({QStringLiteral("ollama"), QStringLiteral("b:1")}), -1);
    model.removeSource(idOf(QStringLiteral("a:1")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(SourceListModel::KeyRole).toString(),
             QStringLiteral("runner b:1"));
    QCOMPARE(model.index(0).data(SourceListModel::KindRole).toString(),
             QStringLiteral("ollama runner"));
    model.removeSource(idOf(QStringLiteral("missing:1")));
    QCOMPARE(model.rowCount(), 1);
}

void TestSourceListModel::statusAndActivity()
{
    SourceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addSource(entry(QStringLiteral("a:1")));
    model.addSource(entry(QStringLiteral("b:1")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Before any activity the phase is unknown, not 0 (which means idle).
    QVERIFY(!model.index(0).data(SourceListModel::ActivityPhaseRole).isValid());
    QVERIFY(!model.index(0).data(SourceListModel::ProgressRole).isValid());

    SourceStatus status;
    status.state = SourceState::TimedOut;
    status.message = QStringLiteral("GET /info at 127.0.0.1:1: timed out after 5 s");
    model.setStatus(idOf(QStringLiteral("b:1")), status);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(model.index(1).data(SourceListModel::StateRole).toInt(), int(SourceState::TimedOut));
    QCOMPARE(model.index(1).data(SourceListModel::MessageRole).toString(), status.message);
    model.setStatus(idOf(QStringLiteral("b:1")), status); // unchanged: no signal
    QCOMPARE(changed.size(), 1);

    model.setActivity(
        idOf(QStringLiteral("a:1")),
        SourceActivity::fromRunnerHealth({RunnerHealth::Status::LoadingModel, 0.25f}));
    QCOMPARE(model.index(0).data(SourceListModel::ActivityPhaseRole).toInt(),
             int(SourceActivity::Phase::Loading));
    QCOMPARE(model.index(0).data(SourceListModel::ActivityTextRole).toString(),
             QStringLiteral("loading model"));
    QCOMPARE(model.index(0).data(SourceListModel::ProgressRole).toDouble(), 0.25);
    model.setInterval(idOf(QStringLiteral("a:1")), 2500);
    QCOMPARE(model.index(0).data(SourceListModel::IntervalRole).toInt(), 2500);
    QCOMPARE(changed.size(), 3);
}

void TestSourceListModel::originRoles()
{
    SourceListModel model;
    SourceListModel::Entry found = entry(QStringLiteral("127.0.0.1:2"));
    found.origin = SourceListModel::Origin::Discovered;
    SourceListModel::Entry demo = entry(QStringLiteral("127.0.0.1:3"));
    demo.origin = SourceListModel::Origin::Simulated;
    model.addSource(entry(QStringLiteral("127.0.0.1:1")));
    model.addSource(found);
    model.addSource(demo);
    const QList<bool> discovered{false, true, false};
    const QList<bool> simulated{false, false, true};
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model.index(row).data(SourceListModel::DiscoveredRole).toBool(), discovered[row]);
        QCOMPARE(model.index(row).data(SourceListModel::SimulatedRole).toBool(), simulated[row]);
    }
}

void TestSourceListModel::staleAgeMovesOn()
{
    // A source whose last good data is 5 s old and that fails now: its age
    // is shown and moves on by itself, without another poll.
    SourceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addSource(entry(QStringLiteral("a:1")));
    SourceStatus status;
    status.state = SourceState::Unreachable;
    status.lastGood = QDateTime::currentDateTimeUtc().addSecs(-5);
    model.setStatus(idOf(QStringLiteral("a:1")), status);
    const qint64 first = model.index(0).data(SourceListModel::AgeRole).toLongLong();
    QVERIFY2(first >= 5, qPrintable(QString::number(first)));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(model.index(0).data(SourceListModel::AgeRole).toLongLong() > first,
                             5000);
    QTRY_VERIFY(!changed.isEmpty());
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(SourceListModel::AgeRole));
    // Back to ok: the age is no longer news, and the ticking stops.
    status.state = SourceState::Ok;
    status.lastGood = QDateTime::currentDateTimeUtc();
    model.setStatus(idOf(QStringLiteral("a:1")), status);
    QTest::qWait(int(SourceListModel::AgeTick.count()) + 200);
    changed.clear();
    QTest::qWait(int(SourceListModel::AgeTick.count()) + 200);
    QCOMPARE(changed.size(), 0);
}

QTEST_GUILESS_MAIN(TestSourceListModel)
#include "tst_sourcelistmodel.moc"
