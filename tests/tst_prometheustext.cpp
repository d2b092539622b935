#include "hostsnapshot.h"
#include "prometheustext.h"
#include "snapshotmetrics.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vramscope;

// Prometheus' text format 0.0.4 as vramscope writes it: HELP and TYPE lines
// before each family, label values escaped, integers exact; and which
// metrics a snapshot makes.
class TestPrometheusText : public QObject
{
    Q_OBJECT

private slots:
    void familyWithSamples();
    void escapesLabelValues_data();
    void escapesLabelValues();
    void escapesHelp();
    void snapshotMetrics();
    void sourceStateOneGaugePerState();
};

void TestPrometheusText::familyWithSamples()
{
    PrometheusText text;
    text.family("vramscope_x_bytes", PrometheusText::Type::Gauge, "Some bytes.");
    text.sample({{"gpu", u"GPU-1"_s}, {"model", u"a:b"_s}}, quint64(9007199254740993));
    text.sample({}, 0.25);
    text.family("vramscope_y_total", PrometheusText::Type::Counter, "A count.");
    QCOMPARE(text.text(), QByteArray("# HELP vramscope_x_bytes Some bytes.\n"
                                     "# TYPE vramscope_x_bytes gauge\n"
                                     "vramscope_x_bytes{gpu=\"GPU-1\",model=\"a:b\"} "
                                     "9007199254740993\n"
                                     "vramscope_x_bytes 0.25\n"
                                     "# HELP vramscope_y_total A count.\n"
                                     "# TYPE vramscope_y_total counter\n"));
}

void TestPrometheusText::escapesLabelValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("escaped");
    QTest::newRow("plain") << u"llama3.2:3b"_s << QByteArray("llama3.2:3b");
    QTest::newRow("quote") << u"a\"b"_s << QByteArray("a\\\"b");
    QTest::newRow("backslash") << u"C:\\models"_s << QByteArray("C:\\\\models");
    QTest::newRow("newline") << u"one\ntwo"_s << QByteArray("one\\ntwo");
    QTest::newRow("utf-8") << u"Gr\u00e4fik"_s
                           << QByteArray("Gr\xc3\xa4"
                                         "fik");
}

void TestPrometheusText::escapesLabelValues()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, escaped);
    QCOMPARE(PrometheusText::escapedLabelValue(value), escaped);
}

void TestPrometheusText::escapesHelp()
{
    QCOMPARE(PrometheusText::escapedHelp("a\\b\nc \"d\""), QByteArray("a\\\\b\\nc \"d\""));
}

void TestPrometheusText::snapshotMetrics()
{
    HostSnapshot snapshot;
    snapshot.gpus.append({u"GPU-aa"_s, u"RTX \"4090\""_s, u"0000:01:00.0"_s, u"CUDA"_s, u"gpus /"_s,
                          100, 60, 40, 7, false});
    HostSnapshot::Model model;
    model.name = u"qwen3:14b"_s;
    model.size = 50;
    model.sizeVram = 45;
    model.shares.append({u"GPU-aa"_s, u"RTX \"4090\""_s, u"CUDA0"_s, 33, 30, 10, 5});
    snapshot.models.append(model);
    // Not listed by a server: no size, and a share whose layers are unknown.
    HostSnapshot::Model logged;
    logged.name = u"sha256-0123456789ab"_s;
    logged.shares.append({u"CUDA1"_s, u"CUDA1"_s, u"CUDA1"_s, -1, 1, 2, 3});
    snapshot.models.append(logged);
    snapshot.processes.append({u"GPU-aa"_s, u"RTX"_s, 42, u"qwen3:14b"_s,
                               u"/usr/lib/ollama/llama-server --port 1"_s, 45});
    snapshot.processes.append({u"GPU-aa"_s, u"RTX"_s, 43, {}, u"Xorg"_s, std::nullopt});
    PrometheusText text;
    SnapshotMetrics::write(snapshot, text);
    const QByteArray out = text.text();
    const auto has = [&out](const QByteArray &part) { return out.contains(part); };
    const QByteArray gpu = "{gpu=\"GPU-aa\",gpu_name=\"RTX \\\"4090\\\"\",source=\"gpus /\"}";
    QVERIFY(has("vramscope_gpu_memory_total_bytes" + gpu + " 100\n"));
    QVERIFY(has("vramscope_gpu_memory_used_bytes" + gpu + " 60\n"));
    QVERIFY(has("vramscope_gpu_memory_free_bytes" + gpu + " 40\n"));
    QVERIFY(has("vramscope_gpu_memory_minimum_reserve_bytes" + gpu + " 7\n"));
    QVERIFY(has("vramscope_gpu_stale" + gpu + " 0\n"));
    const QByteArray share =
        "{model=\"qwen3:14b\",gpu=\"GPU-aa\",gpu_name=\"RTX \\\"4090\\\"\",device=\"CUDA0\"}";
    QVERIFY(has("vramscope_model_weights_bytes" + share + " 30\n"));
    QVERIFY(has("vramscope_model_kv_cache_bytes" + share + " 10\n"));
    QVERIFY(has("vramscope_model_graph_bytes" + share + " 5\n"));
    QVERIFY(has("vramscope_model_layers" + share + " 33\n"));
    QVERIFY(!has("vramscope_model_layers{model=\"sha256-0123456789ab\""));
    QVERIFY(has("vramscope_model_weights_bytes{model=\"sha256-0123456789ab\","
                "gpu=\"CUDA1\",gpu_name=\"CUDA1\",device=\"CUDA1\"} 1\n"));
    QVERIFY(has("vramscope_model_size_bytes{model=\"qwen3:14b\"} 50\n"));
    QVERIFY(has("vramscope_model_size_vram_bytes{model=\"qwen3:14b\"} 45\n"));
    QVERIFY(!has("vramscope_model_size_bytes{model=\"sha256-"));
    QVERIFY(has("vramscope_process_gpu_memory_bytes{gpu=\"GPU-aa\",gpu_name=\"RTX\","
                "pid=\"42\",program=\"llama-server\",model=\"qwen3:14b\"} 45\n"));
    // Memory the driver cannot tell is left out, not written as zero.
    QVERIFY(!has("pid=\"43\""));
    // Every family has its HELP and TYPE lines, once.
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QByteArray name = line.left(line.indexOf(line.contains('{') ? '{' : ' '));
        const auto countOf = [&out](const QByteArray &part) { return out.count(part); };
        QCOMPARE(countOf("# HELP " + name + ' '), 1);
        QCOMPARE(countOf("# TYPE " + name + " gauge\n"), 1);
    }
}

void TestPrometheusText::sourceStateOneGaugePerState()
{
    HostSnapshot snapshot;
    snapshot.sources.append({u"log"_s, u"/var/log/ollama.log"_s, u"timed out"_s, u"slow"_s, 2.5});
    snapshot.sources.append({u"gpus"_s, u"/"_s, u"connecting"_s, {}, std::nullopt});
    PrometheusText text;
    SnapshotMetrics::write(snapshot, text);
    const QByteArray out = text.text();
    const auto has = [&out](const QByteArray &part) { return out.contains(part); };
    const auto countOf = [&out](const QByteArray &part) { return out.count(part); };
    const QByteArray log =
        "vramscope_source_state{source=\"log /var/log/ollama.log\",kind=\"log\",";
    QCOMPARE(countOf(log), 8);
    QCOMPARE(countOf(log + "state=\"timed out\"} 1\n"), 1);
    QCOMPARE(countOf(log + "state=\"ok\"} 0\n"), 1);
    QVERIFY(has("vramscope_source_data_age_seconds{source=\"log /var/log/ollama.log\","
                "kind=\"log\"} 2.5\n"));
    // No data yet: no age rather than a made-up one.
    QVERIFY(!has("vramscope_source_data_age_seconds{source=\"gpus /\""));
}

QTEST_GUILESS_MAIN(TestPrometheusText)
#include "tst_prometheustext.moc"
