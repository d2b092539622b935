#include "endpointlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace vramscope;

namespace {

EndpointListModel::Entry entry(const QString &key)
{
    EndpointListModel::Entry result;
    result.key = key;
    result.label = key;
    return result;
}

} // namespace

class TestEndpointListModel : public QObject
{
    Q_OBJECT

private slots:
    void addRemove();
    void statusAndHealth();
};

void TestEndpointListModel::addRemove()
{
    EndpointListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addEndpoint(entry(QStringLiteral("a")));
    model.addEndpoint(entry(QStringLiteral("b")));
    model.addEndpoint(entry(QStringLiteral("a"))); // already there: nothing
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("b")), 1);
    model.removeEndpoint(QStringLiteral("a"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(EndpointListModel::KeyRole).toString(), QStringLiteral("b"));
    model.removeEndpoint(QStringLiteral("missing"));
    QCOMPARE(model.rowCount(), 1);
}

void TestEndpointListModel::statusAndHealth()
{
    EndpointListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addEndpoint(entry(QStringLiteral("a")));
    model.addEndpoint(entry(QStringLiteral("b")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Before any /health the status is unknown, not 0 (which means ready).
    QVERIFY(!model.index(0).data(EndpointListModel::HealthStatusRole).isValid());

    EndpointStatus status;
    status.state = EndpointState::TimedOut;
    status.message = QStringLiteral("GET /info at 127.0.0.1:1: timed out after 5 s");
    model.setStatus(QStringLiteral("b"), status);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(model.index(1).data(EndpointListModel::StateRole).toInt(),
             int(EndpointState::TimedOut));
    QCOMPARE(model.index(1).data(EndpointListModel::MessageRole).toString(), status.message);
    model.setStatus(QStringLiteral("b"), status); // unchanged: no signal
    QCOMPARE(changed.size(), 1);

    model.setHealth(QStringLiteral("a"), {RunnerHealth::Status::LoadingModel, 0.25f});
    QCOMPARE(model.index(0).data(EndpointListModel::HealthStatusRole).toInt(),
             int(RunnerHealth::Status::LoadingModel));
    QCOMPARE(model.index(0).data(EndpointListModel::ProgressRole).toDouble(), 0.25);
    model.setInterval(QStringLiteral("a"), 2500);
    QCOMPARE(model.index(0).data(EndpointListModel::IntervalRole).toInt(), 2500);
    QCOMPARE(changed.size(), 3);
}

QTEST_GUILESS_MAIN(TestEndpointListModel)
#include "tst_endpointlistmodel.moc"
