#include "modeltablemodel.h"
#include "modeltableproxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace vramscope;

namespace {

const QDateTime Now(QDate(2026, 6, 3), QTime(10, 0), Qt::UTC);

RunningModel running(const QString &name, quint64 size, quint64 sizeVram, qint64 aheadSeconds)
{
    RunningModel model;
    model.name = name;
    model.model = name;
    model.digest = name + u"-digest";
    model.size = size;
    model.sizeVram = sizeVram;
    model.contextLength = 4096;
    model.expiresAt = Now.addSecs(aheadSeconds);
    return model;
}

ModelRunner runner(const QString &digest, quint16 port, qint64 pid, ModelRunner::State state)
{
    ModelRunner result;
    result.modelDigest = digest;
    result.modelPath = u"/blobs/sha256-" + digest;
    result.endpoint = Endpoint::loopback(port);
    result.pid = pid;
    result.state = state;
    return result;
}

} // namespace

class TestModelTableModel : public QObject
{
    Q_OBJECT

private slots:
    void tenUpdatesWithoutReset();
    void serverAndRunnerAreOneRow();
    void proxyWritesLikeOllamaPs();
};

void TestModelTableModel::tenUpdatesWithoutReset()
{
    ModelTableModel model;
    ModelTableProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);

    const RunningModel a = running(QStringLiteral("a"), 1000, 1000, 300);
    const RunningModel b = running(QStringLiteral("b"), 2000, 1000, 200);
    RunningModel aLater = a;
    aLater.expiresAt = Now.addSecs(290);

    model.setServerModels({a});                                                   // 1: a appears
    model.setRunners({runner(a.digest, 40000, 11, ModelRunner::State::Loading)}); // 2
    model.setRunners({runner(a.digest, 40000, 11, ModelRunner::State::Ready)});   // 3
    model.setServerModels({a, b});                                                // 4: b appears
    model.setServerModels({aLater, b}); // 5: a's expiry moves
    model.setServerModels({aLater, b}); // 6: nothing changes
    model.setRunners(
        {runner(a.digest, 40000, 11, ModelRunner::State::Busy),
         runner(QString(), 8081, 22, ModelRunner::State::Ready)}); // 7: a hand-started one
    model.setServerModels({b});                                    // 8: a expires
    model.setRunners(
        {runner(QString(), 8081, 22, ModelRunner::State::Ready)}); // 9: a's runner ends
    model.setServerModels({});                                     // 10: b expires

    QCOMPARE(resets.count(), 0);
    // Inserted: a (1), b (4), a again with its runner still there (8 keeps it as a
    // runner-only row, so no insert), the hand-started runner (7): 3 inserts.
    QCOMPARE(inserts.count(), 3);
    // Removed: a's row when its runner ended too (9), b (10): 2 removals.
    QCOMPARE(removals.count(), 2);
    // One ranged dataChanged for 2, 3, 5, 7 (row a), 8 (a loses the server's values): 5.
    QCOMPARE(changes.count(), 5);
    for (const QList<QVariant> &change : std::as_const(changes)) {
        QCOMPARE(change.at(0).toModelIndex().column(), 0);
        QCOMPARE(change.at(1).toModelIndex().column(), ModelTableModel::ColumnCount - 1);
    }
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.row(0).key, QStringLiteral("runner:127.0.0.1:8081"));
    QCOMPARE(model.row(0).name, QStringLiteral("sha256-"));
}

void TestModelTableModel::serverAndRunnerAreOneRow()
{
    ModelTableModel model;
    model.setRunners(
        {runner(QStringLiteral("x-digest"), 36183, 1001, ModelRunner::State::Loading)});
    QCOMPARE(model.rowCount(), 1);
    const int row = model.rowOfKey(QStringLiteral("digest:x-digest"));
    QCOMPARE(row, 0);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    // The server lists the runner's model: the same row gets the server's values.
    model.setServerModels({running(QStringLiteral("x"), 3000, 1500, 60)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(inserts.count(), 0);
    QCOMPARE(changes.count(), 1);
    const LoadedModelRow merged = model.row(0);
    QCOMPARE(merged.name, QStringLiteral("x"));
    QCOMPARE(merged.size, quint64(3000));
    QCOMPARE(merged.sizeVram, quint64(1500));
    QCOMPARE(merged.pid, qint64(1001));
    QCOMPARE(merged.endpoint, QStringLiteral("127.0.0.1:36183"));
    QCOMPARE(merged.state, ModelRunner::State::Loading);
    QCOMPARE(model.index(0, ModelTableModel::Size).data().toULongLong(), quint64(3000));
    QCOMPARE(model.index(0, ModelTableModel::Processor).data().toString(),
             QStringLiteral("50%/50% CPU/GPU"));
    QCOMPARE(model.index(0, ModelTableModel::Name).data(ModelTableModel::DigestRole).toString(),
             QStringLiteral("x-digest"));
}

void TestModelTableModel::proxyWritesLikeOllamaPs()
{
    ModelTableModel model;
    ModelTableProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setClock([] { return Now; });
    // 4_920_000_000 bytes, 3_690_000_000 on GPUs: CPU share 25% exactly; 3.69 GB
    // prints with one decimal as 3.7 GB.
    RunningModel big = running(QStringLiteral("llama3.1:8b"), 4920000000, 3690000000, 299);
    RunningModel keptForever = running(QStringLiteral("qwen3:30b"), 19000000000, 19000000000, 0);
    keptForever.expiresAt = Now.addYears(292);
    model.setServerModels({big, keptForever});
    model.setRunners({runner(big.digest, 40000, 4242, ModelRunner::State::Busy)});
    auto text = [&proxy](int row, int column) {
        return proxy.index(row, column).data().toString();
    };
    QCOMPARE(text(0, ModelTableModel::Name), QStringLiteral("llama3.1:8b"));
    QCOMPARE(text(0, ModelTableModel::Size), QStringLiteral("4.9 GB"));
    QCOMPARE(text(0, ModelTableModel::OnGpu), QStringLiteral("3.7 GB"));
    QCOMPARE(text(0, ModelTableModel::Processor), QStringLiteral("25%/75% CPU/GPU"));
    QCOMPARE(text(0, ModelTableModel::Context), QStringLiteral("4096"));
    QCOMPARE(text(0, ModelTableModel::Until), QStringLiteral("4 minutes from now"));
    QCOMPARE(text(0, ModelTableModel::RunnerEndpoint), QStringLiteral("127.0.0.1:40000"));
    QCOMPARE(text(0, ModelTableModel::Pid), QStringLiteral("4242"));
    QCOMPARE(text(0, ModelTableModel::State), QStringLiteral("busy"));
    QCOMPARE(text(1, ModelTableModel::Size), QStringLiteral("19 GB"));
    QCOMPARE(text(1, ModelTableModel::Processor), QStringLiteral("100% GPU"));
    QCOMPARE(text(1, ModelTableModel::Until), QStringLiteral("Forever"));
    QCOMPARE(text(1, ModelTableModel::Pid), QString());
    QCOMPARE(text(1, ModelTableModel::State), QString());
    QCOMPARE(proxy.index(0, ModelTableModel::Size).data(Qt::ToolTipRole).toString(),
             QLocale().toString(4920000000ULL) + u" bytes");
}

QTEST_MAIN(TestModelTableModel)
#include "tst_modeltablemodel.moc"
