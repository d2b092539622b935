#include "hostsnapshotjson.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vramscope;

// /api/snapshot's JSON: what `vramscope serve` writes reads back the same,
// and a body that is not a snapshot is refused with where and why, never
// read half.
class TestHostSnapshotJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void refusesBadBodies_data();
    void refusesBadBodies();
};

namespace {

HostSnapshot sample()
{
    HostSnapshot snapshot;
    snapshot.host = u"gpubox"_s;
    snapshot.version = u"0.1.0"_s;
    snapshot.time = QDateTime(QDate(2026, 6, 3), QTime(10, 15, 2, 123), Qt::UTC);
    snapshot.gpus.append({u"GPU-aa"_s, u"NVIDIA GeForce RTX 4090"_s, u"0000:01:00.0"_s, u"CUDA"_s,
                          u"gpus /"_s, 25757220864, 20000000000, 5757220864, 479199232, true});
    HostSnapshot::Model listed;
    listed.name = u"qwen3:14b"_s;
    listed.digest = u"bdbd181c33f2"_s;
    listed.size = 9876543210;
    listed.sizeVram = 9000000000;
    listed.shares.append({u"GPU-aa"_s, u"NVIDIA GeForce RTX 4090"_s, u"CUDA0"_s, 41, 8000000000,
                          1000000000, 300000000});
    snapshot.models.append(listed);
    HostSnapshot::Model logged;
    logged.name = u"sha256-0123456789ab"_s;
    logged.shares.append({u"CUDA1"_s, {}, u"CUDA1"_s, -1, 1, 2, 3});
    snapshot.models.append(logged);
    snapshot.processes.append({u"GPU-aa"_s, u"NVIDIA GeForce RTX 4090"_s, 4242, u"qwen3:14b"_s,
                               u"/usr/lib/ollama/llama-server --port 36183"_s, 9000000000});
    snapshot.processes.append({u"GPU-aa"_s, {}, 17, {}, u"Xorg"_s, std::nullopt});
    snapshot.sources.append({u"log"_s, u"journal"_s, u"ok"_s, {}, 0.25});
    snapshot.sources.append({u"ollama"_s, u"127.0.0.1:11434"_s, u"unreachable"_s,
                             u"GET /api/ps at 127.0.0.1:11434: connection refused"_s,
                             std::nullopt});
    return snapshot;
}

} // namespace

void TestHostSnapshotJson::roundTrip()
{
    const HostSnapshot snapshot = sample();
    const QByteArray body = QJsonDocument(HostSnapshotJson::toJson(snapshot)).toJson();
    WireError error;
    const std::optional<HostSnapshot> read = HostSnapshotJson::fromJson(body, &error);
    QVERIFY2(read, qPrintable(error.toString()));
    QCOMPARE(read->host, snapshot.host);
    QCOMPARE(read->time, snapshot.time);
    QCOMPARE(read->gpus, snapshot.gpus);
    QCOMPARE(read->models, snapshot.models);
    QCOMPARE(read->processes, snapshot.processes);
    QCOMPARE(read->sources, snapshot.sources);
    QVERIFY(*read == snapshot);
}

void TestHostSnapshotJson::refusesBadBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("where");
    const QByteArray lists = R"("gpus": [], "models": [], "processes": [], "sources": [])";
    QTest::newRow("not JSON") << QByteArray("<html>") << QString();
    QTest::newRow("an array") << QByteArray("[]") << QString();
    QTest::newRow("no host") << QByteArray("{" + lists + "}") << u"host"_s;
    QTest::newRow("no gpus") << QByteArray(R"({"host": "a", "models": [], "processes": [],)"
                                           R"( "sources": []})")
                             << u"gpus"_s;
    QTest::newRow("negative bytes")
        << QByteArray(R"({"host": "a", "models": [], "processes": [], "sources": [], "gpus": [)"
                      R"({"gpu": "x", "total_memory": -1, "used_memory": 0, "free_memory": 0,)"
                      R"( "minimum_reserve": 0}]})")
        << u"gpus[0].total_memory"_s;
    QTest::newRow("past int64")
        << QByteArray(R"({"host": "a", "models": [], "processes": [], "sources": [], "gpus": [)"
                      R"({"gpu": "x", "total_memory": 1e30, "used_memory": 0, "free_memory": 0,)"
                      R"( "minimum_reserve": 0}]})")
        << u"gpus[0].total_memory"_s;
    QTest::newRow("a share's bytes as text")
        << QByteArray(R"({"host": "a", "gpus": [], "processes": [], "sources": [], "models": [)"
                      R"({"name": "m", "gpus": [{"weights": "1", "kv_cache": 0, "graph": 0}]}]})")
        << u"models[0].gpus[0].weights"_s;
    QTest::newRow("a negative age")
        << QByteArray(R"({"host": "a", "gpus": [], "models": [], "processes": [], "sources": [)"
                      R"({"kind": "log", "data_age_seconds": -3}]})")
        << u"sources[0].data_age_seconds"_s;
}

void TestHostSnapshotJson::refusesBadBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, where);
    WireError error;
    QVERIFY(!HostSnapshotJson::fromJson(body, &error));
    QCOMPARE(error.path, where);
    QVERIFY(!error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestHostSnapshotJson)
#include "tst_hostsnapshotjson.moc"
