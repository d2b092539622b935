#include "binaryrun.h"
#include "fakerunnerprocess.h"
#include "httpfetch.h"
#include "serveprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace vramscope;

// A real Prometheus (Debian's prometheus package) on loopback, scraping two
// real `vramscope serve` every second: one on the fake AMD tree and a server
// log, one watching the fake runner's simulated ollama server. What its
// query API returns is compared with what `vramscope gpus --json`,
// `vramscope log --json` and `vramscope ps --json` say of the same inputs.
class TestPrometheus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void gpuMemoryAsGpusCommandSays();
    void modelSharesAsLogCommandSays();
    void modelSizesAsPsCommandSays();

private:
    // The samples of an instant query, as label set -> value text; polled
    // until there are `least` of them (Prometheus scrapes every second).
    QList<QPair<QJsonObject, QString>> query(const QString &expression, int least);

    QTemporaryDir m_dir;
    ServeProcess m_serve;
    FakeRunnerProcess m_ollama;
    ServeProcess m_serveOllama;
    QProcess m_prometheus;
    quint16 m_prometheusPort = 0;
};

namespace {

const QString Binary = QStringLiteral(VRAMSCOPE_BINARY);

QString data(const QString &path)
{
    return QStringLiteral(VRAMSCOPE_TEST_DATA) + u'/' + path;
}

const QString Log = data(u"logs/llamaserver_two_gpus_partial.log"_s);
const QString Root = data(u"roots/amd-two-gpus"_s);

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QJsonObject jsonOf(const QStringList &arguments)
{
    const BinaryRun run = BinaryRun::run(Binary, arguments);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

void TestPrometheus::initTestCase()
{
    const QString prometheus = QStandardPaths::findExecutable(u"prometheus"_s);
    if (prometheus.isEmpty())
        QSKIP("prometheus is missing: install Debian's prometheus package "
              "(scripts/install-deps.sh) to run this test");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_serve.start(Binary, {u"--listen"_s, u"127.0.0.1:0"_s, u"--no-discovery"_s,
                                    u"--root"_s, Root, u"--log"_s, Log}),
             qPrintable(m_serve.error()));
    // The simulated ollama server loads its model at once.
    QVERIFY2(m_ollama.start({u"--ollama"_s, u"0.30.2"_s, u"--load-after"_s, u"0"_s}),
             qPrintable(m_ollama.error()));
    QVERIFY2(m_serveOllama.start(Binary, {u"--listen"_s, u"127.0.0.1:0"_s, u"--no-discovery"_s,
                                          u"--root"_s, data(u"roots/no-gpu"_s), u"--ollama"_s,
                                          m_ollama.ollamaEndpoint().toString()}),
             qPrintable(m_serveOllama.error()));
    const QString config = m_dir.filePath(u"prometheus.yml"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("global:\n"
               "  scrape_interval: 1s\n"
               "  evaluation_interval: 1s\n"
               "scrape_configs:\n"
               "  - job_name: vramscope\n"
               "    static_configs:\n"
               "      - targets: ['" +
               m_serve.address().toUtf8() + "', '" + m_serveOllama.address().toUtf8() + "']\n");
    file.close();
    // The port is free a moment before Prometheus takes it; nothing else
    // on loopback competes for it in a test run.
    m_prometheusPort = freePort();
    m_prometheus.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_prometheus.start(prometheus,
                       {u"--config.file="_s + config,
                        u"--storage.tsdb.path="_s + m_dir.filePath(u"data"_s),
                        u"--web.listen-address=127.0.0.1:"_s + QString::number(m_prometheusPort),
                        u"--log.level=warn"_s});
    QVERIFY2(m_prometheus.waitForStarted(60000), qPrintable(m_prometheus.errorString()));
    int ready = 0;
    for (int attempt = 0; attempt < 240 && ready != 200; ++attempt) {
        QTest::qWait(500);
        QVERIFY2(m_prometheus.state() == QProcess::Running, "prometheus ended by itself");
        ready = HttpFetch::get(QUrl(u"http://127.0.0.1:"_s + QString::number(m_prometheusPort) +
                                    u"/-/ready"_s))
                    .status;
    }
    QCOMPARE(ready, 200);
}

void TestPrometheus::cleanupTestCase()
{
    if (m_prometheus.state() != QProcess::NotRunning) {
        m_prometheus.terminate();
        if (!m_prometheus.waitForFinished(30000))
            m_prometheus.kill();
    }
    m_serve.kill();
    m_serveOllama.kill();
    m_ollama.kill();
}

QList<QPair<QJsonObject, QString>> TestPrometheus::query(const QString &expression, int least)
{
    QUrl url(u"http://127.0.0.1:"_s + QString::number(m_prometheusPort) + u"/api/v1/query"_s);
    QUrlQuery parameters;
    parameters.addQueryItem(u"query"_s, expression);
    url.setQuery(parameters);
    QList<QPair<QJsonObject, QString>> samples;
    for (int attempt = 0; attempt < 240; ++attempt) {
        const HttpFetch answer = HttpFetch::get(url);
        const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
        samples.clear();
        for (const QJsonValue &result : body["data"_L1]["result"_L1].toArray())
            samples.append(
                {result["metric"_L1].toObject(), result["value"_L1].toArray().at(1).toString()});
        if (samples.size() >= least)
            break;
        QTest::qWait(500);
    }
    return samples;
}

void TestPrometheus::gpuMemoryAsGpusCommandSays()
{
    const QJsonArray gpus =
        jsonOf({u"gpus"_s, u"--json"_s, u"--root"_s, Root})["gpus"_L1].toArray();
    QCOMPARE(gpus.size(), 2);
    const struct
    {
        const char *metric;
        const char *field;
    } figures[] = {{"vramscope_gpu_memory_total_bytes", "total_memory"},
                   {"vramscope_gpu_memory_used_bytes", "used_memory"},
                   {"vramscope_gpu_memory_free_bytes", "free_memory"}};
    for (const auto &[metric, field] : figures) {
        const auto samples = query(QString::fromLatin1(metric) + u"{source=~\"gpus .*\"}"_s, 2);
        QCOMPARE(samples.size(), 2);
        for (const QJsonValue &gpu : gpus) {
            const QString id = gpu["id"_L1].toString().isEmpty() ? gpu["pci_id"_L1].toString()
                                                                 : gpu["id"_L1].toString();
            QString value;
            for (const auto &[labels, text] : samples) {
                if (labels["gpu"_L1].toString() == id) {
                    QCOMPARE(labels["gpu_name"_L1].toString(), gpu["name"_L1].toString());
                    QCOMPARE(labels["job"_L1].toString(), u"vramscope"_s);
                    value = text;
                }
            }
            QCOMPARE(value, QString::number(gpu[QLatin1StringView(field)].toInteger()));
        }
    }
}

void TestPrometheus::modelSharesAsLogCommandSays()
{
    // The log's resident loads, each model on each of its devices.
    QList<QPair<QString, QJsonObject>> expected;
    for (const QJsonValue &load : jsonOf({u"log"_s, u"--json"_s, Log})["loads"_L1].toArray()) {
        if (!load["resident"_L1].toBool())
            continue;
        const QString model = u"sha256-"_s + load["model"_L1].toString().left(12);
        for (const QJsonValue &device : load["devices"_L1].toArray())
            expected.append({model, device.toObject()});
    }
    QVERIFY(expected.size() >= 2);
    const struct
    {
        const char *metric;
        const char *field;
    } figures[] = {{"vramscope_model_weights_bytes", "weights"},
                   {"vramscope_model_kv_cache_bytes", "kv_cache"}};
    for (const auto &[metric, field] : figures) {
        const auto samples = query(QString::fromLatin1(metric), int(expected.size()));
        QCOMPARE(samples.size(), expected.size());
        for (const auto &[model, device] : expected) {
            QString value;
            for (const auto &[labels, text] : samples) {
                if (labels["model"_L1].toString() == model &&
                    labels["device"_L1].toString() == device["name"_L1].toString())
                    value = text;
            }
            QCOMPARE(value, QString::number(device[QLatin1StringView(field)].toInteger()));
        }
    }
}

void TestPrometheus::modelSizesAsPsCommandSays()
{
    const QJsonArray models = jsonOf({u"ps"_s, u"--json"_s, u"--endpoint"_s,
                                      m_ollama.ollamaEndpoint().toString()})["models"_L1]
                                  .toArray();
    QCOMPARE(models.size(), 1);
    const QString instance = u"{instance=\""_s + m_serveOllama.address() + u"\"}"_s;
    const auto sizes = query(u"vramscope_model_size_bytes"_s + instance, 1);
    const auto onGpus = query(u"vramscope_model_size_vram_bytes"_s + instance, 1);
    QCOMPARE(sizes.size(), 1);
    QCOMPARE(onGpus.size(), 1);
    const QJsonObject model = models.first().toObject();
    QCOMPARE(sizes.first().first["model"_L1].toString(), model["name"_L1].toString());
    QCOMPARE(sizes.first().second, QString::number(model["size"_L1].toInteger()));
    QCOMPARE(onGpus.first().first["model"_L1].toString(), model["name"_L1].toString());
    QCOMPARE(onGpus.first().second, QString::number(model["size_vram"_L1].toInteger()));
    // The server's source is live in Prometheus too.
    const auto state = query(u"vramscope_source_state{kind=\"ollama\",state=\"ok\"} == 1"_s, 1);
    QCOMPARE(state.size(), 1);
    QCOMPARE(state.first().second, u"1"_s);
}

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
