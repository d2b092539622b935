#include "wireformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace vramscope;

// WireFormat's readers of the ollama server's API and of llama-server,
// against recorded shapes in tests/data and hand-made bad bodies.
class TestOllamaApi : public QObject
{
    Q_OBJECT

private slots:
    void runningModels();
    void runningModelsRoundTrip();
    void localModels();
    void modelFacts();
    void llamaServer();
    void version_data();
    void version();
    void badRunningModels_data();
    void badRunningModels();
    void badLlamaServer();

private:
    static QByteArray fixture(const QString &name);
};

QByteArray TestOllamaApi::fixture(const QString &name)
{
    QFile file(QStringLiteral(VRAMSCOPE_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

void TestOllamaApi::runningModels()
{
    WireError error;
    const std::optional<QList<RunningModel>> models =
        WireFormat::readRunningModels(fixture(QStringLiteral("ollama_ps.json")), &error);
    QVERIFY2(models, qPrintable(error.toString()));
    QCOMPARE(models->size(), 2);
    const RunningModel &llama = models->at(0);
    QCOMPARE(llama.name, QStringLiteral("llama3.2:3b"));
    QCOMPARE(llama.model, QStringLiteral("llama3.2:3b"));
    QCOMPARE(llama.digest,
             QStringLiteral("a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72"));
    QCOMPARE(llama.size, quint64(3583981568));
    QCOMPARE(llama.sizeVram, quint64(1863270400));
    QCOMPARE(llama.contextLength, 4096);
    // 10:20:02.123456789 at +02:00 is 08:20:02.123 UTC; nanoseconds past the millisecond drop.
    QCOMPARE(llama.expiresAt.toUTC(), QDateTime(QDate(2026, 6, 3), QTime(8, 20, 2, 123), Qt::UTC));
    QCOMPARE(llama.details.format, QStringLiteral("gguf"));
    QCOMPARE(llama.details.family, QStringLiteral("llama"));
    QCOMPARE(llama.details.families, QStringList{QStringLiteral("llama")});
    QCOMPARE(llama.details.parameterSize, QStringLiteral("3.2B"));
    QCOMPARE(llama.details.quantizationLevel, QStringLiteral("Q4_K_M"));
    QCOMPARE(llama.details.parentModel, QString());
    const RunningModel &qwen = models->at(1);
    QCOMPARE(qwen.size, qwen.sizeVram);
    QCOMPARE(qwen.expiresAt.date().year(), 2318);
    QCOMPARE(qwen.contextLength, 131072);
}

void TestOllamaApi::runningModelsRoundTrip()
{
    const QList<RunningModel> models =
        *WireFormat::readRunningModels(fixture(QStringLiteral("ollama_ps.json")), nullptr);
    QJsonArray list;
    for (const RunningModel &model : models)
        list.append(WireFormat::toJson(model));
    QJsonObject body;
    body.insert(QLatin1StringView("models"), list);
    QCOMPARE(*WireFormat::readRunningModels(WireFormat::toBytes(body), nullptr), models);
}

void TestOllamaApi::localModels()
{
    WireError error;
    const std::optional<QList<LocalModel>> models =
        WireFormat::readLocalModels(fixture(QStringLiteral("ollama_tags.json")), &error);
    QVERIFY2(models, qPrintable(error.toString()));
    QCOMPARE(models->size(), 1);
    QCOMPARE(models->at(0).size, quint64(2019393189));
    QCOMPARE(models->at(0).capabilities,
             (QStringList{QStringLiteral("completion"), QStringLiteral("tools")}));
    QCOMPARE(models->at(0).modifiedAt.toUTC(),
             QDateTime(QDate(2026, 5, 20), QTime(6, 1, 15, 403), Qt::UTC));
    QVERIFY(WireFormat::readLocalModels(R"({"models": null})", nullptr)->isEmpty());
}

void TestOllamaApi::modelFacts()
{
    WireError error;
    const std::optional<ModelFacts> facts =
        WireFormat::readModelFacts(fixture(QStringLiteral("ollama_show.json")), &error);
    QVERIFY2(facts, qPrintable(error.toString()));
    QCOMPARE(facts->architecture, QStringLiteral("llama"));
    QCOMPARE(facts->blockCount, 28);
    QCOMPARE(facts->contextLength, 131072);
    // The FROM line's blob, not the commented "# FROM llama3.2:3b".
    QCOMPARE(facts->blobDigest,
             QStringLiteral("dde5aa3fc5ffc17176b5e8bdc82f587b24b2678c6c66101bf7da77af9f7ccdff"));
    QCOMPARE(facts->details.parameterSize, QStringLiteral("3.2B"));

    QVERIFY(!WireFormat::readModelFacts(R"({"model_info": {"general.architecture": "llama",
        "llama.block_count": "28"}})",
                                        &error));
    QCOMPARE(error.path, QStringLiteral("model_info.llama.block_count"));
    QVERIFY(!WireFormat::readModelFacts(R"({"details": {}})", &error));
    QCOMPARE(error.toString(), QStringLiteral("model_info: missing"));
}

void TestOllamaApi::llamaServer()
{
    WireError error;
    const std::optional<LlamaServerProps> props =
        WireFormat::readLlamaServerProps(fixture(QStringLiteral("llamaserver_props.json")), &error);
    QVERIFY2(props, qPrintable(error.toString()));
    QCOMPARE(props->contextSize, 8192);
    QCOMPARE(props->totalSlots, 2);
    QVERIFY(props->modelPath.endsWith(
        u"sha256-dde5aa3fc5ffc17176b5e8bdc82f587b24b2678c6c66101bf7da77af9f7ccdff"));
    QCOMPARE(props->buildInfo, QStringLiteral("b6000-e3a1b2c4"));

    const std::optional<QList<LlamaServerSlot>> slotList =
        WireFormat::readLlamaServerSlots(fixture(QStringLiteral("llamaserver_slots.json")), &error);
    QVERIFY2(slotList, qPrintable(error.toString()));
    QCOMPARE(slotList->size(), 2);
    QCOMPARE(slotList->at(0), (LlamaServerSlot{0, 8192, true}));
    QCOMPARE(slotList->at(1), (LlamaServerSlot{1, 8192, false}));
}

void TestOllamaApi::version_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected"); // the version, or the error
    QTest::newRow("today") << QByteArray(R"({"version": "0.30.2"})") << QStringLiteral("0.30.2");
    QTest::newRow("rc") << QByteArray(R"({"version":"0.12.10-rc1"})")
                        << QStringLiteral("0.12.10-rc1");
    QTest::newRow("dev") << QByteArray(R"({"version":"0.0.0"})") << QStringLiteral("0.0.0");
    QTest::newRow("missing") << QByteArray("{}") << QStringLiteral("version: missing");
    QTest::newRow("number") << QByteArray(R"({"version": 30})")
                            << QStringLiteral("version: expected a string, got 30");
    QTest::newRow("not a version")
        << QByteArray(R"({"version": "banana"})")
        << QStringLiteral("version: expected a version like 0.30.2 or 0.12.10-rc1, got 'banana'");
    QTest::newRow("a list") << QByteArray("[]")
                            << QStringLiteral("expected a JSON object, got an array");
}

void TestOllamaApi::version()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    WireError error;
    const std::optional<OllamaVersion> version = WireFormat::readOllamaVersion(body, &error);
    QCOMPARE(version ? version->toString() : error.toString(), expected);
}

void TestOllamaApi::badRunningModels_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    const QByteArray good =
        R"("name":"m","model":"m","digest":"ab","expires_at":"2026-06-03T10:20:02Z")";
    auto one = [&good](const QByteArray &fields) {
        return QByteArray(R"({"models":[{)" + good + "," + fields + "}]}");
    };
    QTest::newRow("models missing") << QByteArray("{}") << QStringLiteral("models: missing");
    QTest::newRow("models an object") << QByteArray(R"({"models":{}})")
                                      << QStringLiteral("models: expected an array, got an object");
    QTest::newRow("size missing") << one(R"("size_vram":0)")
                                  << QStringLiteral("models[0].size: missing");
    QTest::newRow("size_vram missing")
        << one(R"("size":1)") << QStringLiteral("models[0].size_vram: missing");
    QTest::newRow("size a string")
        << one(R"("size":"12","size_vram":0)")
        << QStringLiteral("models[0].size: expected a non-negative integer, got a string");
    QTest::newRow("size negative")
        << one(R"("size":-1,"size_vram":0)")
        << QStringLiteral("models[0].size: expected a non-negative integer, got -1");
    QTest::newRow("size past int64")
        << one(R"("size":18446744073709551615,"size_vram":0)")
        << QStringLiteral("models[0].size: expected a non-negative integer, got a number past "
                          "9223372036854775807");
    QTest::newRow("size_vram above size")
        << one(R"("size":1000,"size_vram":1001)")
        << QStringLiteral("models[0].size_vram: is above size (1001 > 1000): not a split ollama "
                          "makes");
    QTest::newRow("context fraction")
        << one(R"("size":1,"size_vram":1,"context_length":4096.5)")
        << QStringLiteral("models[0].context_length: expected an integer from 0 to 2147483647, "
                          "got 4096.5");
    QTest::newRow("name missing")
        << QByteArray(
               R"({"models":[{"digest":"ab","size":1,"size_vram":0,"expires_at":"2026-06-03T10:20:02Z"}]})")
        << QStringLiteral("models[0].name: missing");
    QTest::newRow("time not RFC 3339")
        << QByteArray(
               R"({"models":[{"name":"m","digest":"ab","size":1,"size_vram":0,"expires_at":"in 5 minutes"}]})")
        << QStringLiteral("models[0].expires_at: expected an RFC 3339 time such as "
                          "2026-06-03T10:20:02.123456789+02:00, got 'in 5 minutes'");
    QTest::newRow("a null model") << QByteArray(R"({"models":[null]})")
                                  << QStringLiteral(
                                         "models[0]: a null element where a value belongs");
    // QJsonParseError's offset points past the first character it could not take.
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Sign in</body></html>")
                          << QStringLiteral("not valid JSON at byte 1: illegal value");
}

void TestOllamaApi::badRunningModels()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    WireError wireError;
    QVERIFY(!WireFormat::readRunningModels(body, &wireError));
    QCOMPARE(wireError.toString(), error);
}

void TestOllamaApi::badLlamaServer()
{
    WireError error;
    QVERIFY(!WireFormat::readLlamaServerProps(R"({"total_slots": 1})", &error));
    QCOMPARE(error.toString(), QStringLiteral("default_generation_settings: missing"));
    QVERIFY(!WireFormat::readLlamaServerProps(
        R"({"default_generation_settings": {"n_ctx": -5}, "total_slots": 1})", &error));
    QCOMPARE(error.path, QStringLiteral("default_generation_settings.n_ctx"));
    QVERIFY(!WireFormat::readLlamaServerSlots(R"([{"id": 0, "is_processing": "yes"}])", &error));
    QCOMPARE(error.toString(),
             QStringLiteral("[0].is_processing: expected true or false, got a string"));
}

QTEST_GUILESS_MAIN(TestOllamaApi)
#include "tst_ollamaapi.moc"
