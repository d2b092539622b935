#include "scenario.h"

#include <QJsonObject>
#include <QTest>

using namespace vramscope;

Q_DECLARE_METATYPE(vramscope::Fault::Kind)

class TestScenario : public QObject
{
    Q_OBJECT

private slots:
    void shippedScenariosLoad();
    void twoNvidia();
    void evenSplitWithoutLayers();
    void rejects_data();
    void rejects();
    void unknownScenario();
    void faultSpecs_data();
    void faultSpecs();
    void badFaultSpecs_data();
    void badFaultSpecs();
    void faultWindow();
};

namespace {

QByteArray minimal(const QByteArray &extra = {})
{
    return R"({"devices": [{"id": "GPU-a", "backend": "CUDA", "name": "CUDA0",
                           "total_memory": 1000, "free_memory": 1000},
                          {"id": "GPU-b", "backend": "CUDA", "name": "CUDA1",
                           "total_memory": 1000, "free_memory": 1000}],
              "model": {"layers": 5, "layer_weights": 10})" +
           extra + "}";
}

} // namespace

void TestScenario::shippedScenariosLoad()
{
    const QStringList names = Scenario::builtinNames();
    QCOMPARE(names, QStringList({QStringLiteral("fault-parade"), QStringLiteral("rocm-integrated"),
                                 QStringLiteral("two-nvidia")}));
    for (const QString &name : names) {
        QString error;
        const std::optional<Scenario> scenario = Scenario::load(name, &error);
        QVERIFY2(scenario, qPrintable(error));
        QCOMPARE(scenario->name, name);
        QVERIFY(!scenario->description.isEmpty());
        QVERIFY(!scenario->devices.isEmpty());
        QVERIFY(scenario->loadAfter);
    }
}

void TestScenario::twoNvidia()
{
    const std::optional<Scenario> scenario = Scenario::load(QStringLiteral("two-nvidia"), nullptr);
    QVERIFY(scenario);
    QCOMPARE(scenario->devices.size(), 2);
    QCOMPARE(scenario->devices[0].deviceId.library, QStringLiteral("CUDA"));
    QCOMPARE(scenario->model.layerCount(), 32);
    QCOMPARE(*scenario->loadAfter, 3.0);
    QCOMPARE(scenario->loadSeconds, 10.0);
    QCOMPARE(scenario->loadRequest.operation, LoadRequest::Operation::Commit);
    QCOMPARE(scenario->loadRequest.gpuLayers.sum(), 32);
    QCOMPARE(scenario->loadRequest.kvSize, 16384);
    // The output layer carries its extra weights.
    QCOMPARE(scenario->model.layerWeights.last(), quint64(905969664) + 1073741824);
}

void TestScenario::evenSplitWithoutLayers()
{
    QString error;
    const std::optional<Scenario> scenario = Scenario::fromJson(minimal(), &error);
    QVERIFY2(scenario, qPrintable(error));
    QVERIFY(!scenario->loadAfter);
    QCOMPARE(scenario->loadRequest.gpuLayers.toString(),
             QStringLiteral("5[ID:GPU-a Layers:3(0..2) ID:GPU-b Layers:2(3..4)]"));
}

void TestScenario::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{")
                              << QStringLiteral("not JSON at offset 1: unterminated object");
    QTest::newRow("no devices") << QByteArray(R"({"model": {}})")
                                << QStringLiteral(
                                       "devices: expected a list of DeviceInfo (as /info)");
    QTest::newRow("bad device")
        << QByteArray(R"({"devices": [{"id": "x", "total_memory": -1}], "model": {}})")
        << QStringLiteral("devices[0].total_memory: expected a non-negative integer, got -1");
    QTest::newRow("no model") << QByteArray(R"({"devices": []})")
                              << QStringLiteral("model: expected an object");
    QTest::newRow("no layers")
        << QByteArray(R"({"devices": [], "model": {"layer_weights": 5}})")
        << QStringLiteral("model: expected \"layers\" (1 to 1000) and \"layer_weights\" "
                          "(bytes per layer, or a list)");
    QTest::newRow("bad graph")
        << QByteArray(
               R"({"devices": [], "model": {"layers": 1, "layer_weights": 1, "graph": "big"}})")
        << QStringLiteral("model.graph: expected a byte count");
    QTest::newRow("bad notation") << minimal(R"(, "load": {"layers": "2[ID:GPU-a"})")
                                  << QStringLiteral(
                                         "load.layers: column 6: expected ' Layers:' after the "
                                         "device id, found 'GPU-a'");
    QTest::newRow("unknown device")
        << minimal(R"(, "load": {"layers": "1[ID:GPU-z Layers:1(0..0)]"})")
        << QStringLiteral("load: no device ID:GPU-z on this runner");
    QTest::newRow("layer out of range")
        << minimal(R"(, "load": {"layers": "1[ID:GPU-a Layers:1(9..9)]"})")
        << QStringLiteral("load: layer 9 is out of range: the model has 5 layers");
    QTest::newRow("negative after") << minimal(R"(, "load": {"after": -1})")
                                    << QStringLiteral("load.after: expected seconds (>= 0)");
    QTest::newRow("bad fault")
        << minimal(R"(, "faults": [{"path": "/info", "fault": "boom"}])")
        << QStringLiteral("faults[0]: unknown fault 'boom'; known: NNN[:text], delay:MS, "
                          "hang, close, truncate, malformed, endless, wrong-types, "
                          "redirect, exit[:CODE]");
    QTest::newRow("empty window")
        << minimal(R"(, "faults": [{"path": "/info", "fault": "hang", "from": 5, "until": 5}])")
        << QStringLiteral("faults[0]: the fault /info=hang ends before it starts");
}

void TestScenario::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!Scenario::fromJson(json, &error));
    QCOMPARE(error, message);
}

void TestScenario::unknownScenario()
{
    QString error;
    QVERIFY(!Scenario::load(QStringLiteral("no-such-scenario"), &error));
    QCOMPARE(error, QStringLiteral("no-such-scenario: no such scenario file, and not a shipped "
                                   "scenario (fault-parade, rocm-integrated, two-nvidia)"));
}

void TestScenario::faultSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<Fault::Kind>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("text");
    QTest::newRow("404") << QStringLiteral("/info=404") << Fault::Kind::Status
                         << QStringLiteral("/info") << 404 << QString();
    QTest::newRow("500 text") << QStringLiteral("/info=500:CUDA error: out of memory")
                              << Fault::Kind::Status << QStringLiteral("/info") << 500
                              << QStringLiteral("CUDA error: out of memory");
    QTest::newRow("delay") << QStringLiteral("/health=delay:1500") << Fault::Kind::Delay
                           << QStringLiteral("/health") << 1500 << QString();
    QTest::newRow("hang all") << QStringLiteral("*=hang") << Fault::Kind::Hang
                              << QStringLiteral("*") << 0 << QString();
    QTest::newRow("close") << QStringLiteral("/info=close") << Fault::Kind::CloseMidBody
                           << QStringLiteral("/info") << 0 << QString();
    QTest::newRow("truncate") << QStringLiteral("/info=truncate") << Fault::Kind::Truncate
                              << QStringLiteral("/info") << 0 << QString();
    QTest::newRow("malformed") << QStringLiteral("/load=malformed") << Fault::Kind::Malformed
                               << QStringLiteral("/load") << 0 << QString();
    QTest::newRow("endless") << QStringLiteral("/info=endless") << Fault::Kind::Endless
                             << QStringLiteral("/info") << 0 << QString();
    QTest::newRow("wrong types") << QStringLiteral("/info=wrong-types") << Fault::Kind::WrongTypes
                                 << QStringLiteral("/info") << 0 << QString();
    QTest::newRow("redirect") << QStringLiteral("/info=redirect") << Fault::Kind::Redirect
                              << QStringLiteral("/info") << 0 << QString();
    QTest::newRow("exit") << QStringLiteral("/info=exit") << Fault::Kind::Exit
                          << QStringLiteral("/info") << 1 << QString();
    QTest::newRow("exit code") << QStringLiteral("/info=exit:7") << Fault::Kind::Exit
                               << QStringLiteral("/info") << 7 << QString();
}

void TestScenario::faultSpecs()
{
    QFETCH(QString, spec);
    QFETCH(Fault::Kind, kind);
    QFETCH(QString, path);
    QFETCH(int, number);
    QFETCH(QString, text);
    QString error;
    const std::optional<Fault> fault = Fault::parse(spec, &error);
    QVERIFY2(fault, qPrintable(error));
    QCOMPARE(fault->kind(), kind);
    QCOMPARE(fault->path(), path);
    QCOMPARE(fault->status(), number);
    QCOMPARE(fault->text(), text);
    QVERIFY(fault->appliesTo(QStringLiteral("/info")) == (path == u"*" || path == u"/info"));
    // toString() reads back as the same fault.
    const std::optional<Fault> again = Fault::parse(fault->toString(), &error);
    QVERIFY(again);
    QCOMPARE(again->toString(), fault->toString());
}

void TestScenario::badFaultSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");
    QTest::newRow("no path") << QStringLiteral("hang")
                             << QStringLiteral("expected PATH=KIND[:ARGUMENT], got 'hang'");
    QTest::newRow("bad path") << QStringLiteral("info=hang")
                              << QStringLiteral(
                                     "a fault's path starts with '/' (or is '*'), got 'info'");
    QTest::newRow("bad status") << QStringLiteral("/info=99")
                                << QStringLiteral("'99' is not an HTTP status (100 to 599)");
    QTest::newRow("delay without ms")
        << QStringLiteral("/info=delay")
        << QStringLiteral("'delay': expected a non-negative number after ':'");
    QTest::newRow("argument not taken")
        << QStringLiteral("/info=hang:5") << QStringLiteral("'hang:5': hang takes no argument");
}

void TestScenario::badFaultSpecs()
{
    QFETCH(QString, spec);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!Fault::parse(spec, &error));
    QCOMPARE(error, message);
}

void TestScenario::faultWindow()
{
    QJsonObject object;
    object.insert(QLatin1StringView("path"), QStringLiteral("/info"));
    object.insert(QLatin1StringView("fault"), QStringLiteral("404"));
    object.insert(QLatin1StringView("from"), 4);
    object.insert(QLatin1StringView("until"), 8);
    const std::optional<Fault> fault = Fault::fromJson(object, nullptr);
    QVERIFY(fault);
    QVERIFY(!fault->isActiveAt(3.9));
    QVERIFY(fault->isActiveAt(4));
    QVERIFY(fault->isActiveAt(7.9));
    QVERIFY(!fault->isActiveAt(8));
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
