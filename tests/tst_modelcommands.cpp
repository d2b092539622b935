#include "binaryrun.h"
#include "testmodels.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `vramscope estimate`, `models` and `layout --model` run as the real
// binary on the store of TestModels::writeStore. Byte counts are worked out
// by hand from the models' tensors (testmodels.h): a layer of tiny is 4608
// bytes of weights and, at 4096 cells of f16, 2 KV heads x (16 + 16) x 2
// bytes x 4096 = 524288 bytes of KV cache.
class TestModelCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void estimateText();
    void estimateJson();
    void estimateSettings();
    void models();
    void modelsJson();
    void layoutFromModel();
    void layoutFromModelLlamaServer();
    void layoutBesideTheLoggedLoad();
    void layoutBesideTheLoggedLoadText();
    void layoutLogWithOtherSettings();
    void layoutLogWithoutTheModel();
    void badInput_data();
    void badInput();

private:
    QTemporaryDir m_dir;
    QString m_store;
};

namespace {

using Result = vramscope::BinaryRun;

Result run(const QStringList &arguments, const QString &modelsDir = {})
{
    QProcessEnvironment environment = Result::environment();
    if (modelsDir.isEmpty())
        environment.remove(u"OLLAMA_MODELS"_s);
    else
        environment.insert(u"OLLAMA_MODELS"_s, modelsDir);
    return Result::run(QStringLiteral(VRAMSCOPE_BINARY), arguments, environment);
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString blob(const QString &store, char digit)
{
    return store + u"/blobs/sha256-"_s + QString(64, QLatin1Char(digit));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList layoutWithLog(const QString &log, const QString &context)
{
    const QString data = QStringLiteral(VRAMSCOPE_TEST_DATA);
    return {u"layout"_s,
            u"--era"_s,
            u"llama-server"_s,
            u"--devices"_s,
            data + u"/info_cuda.json"_s,
            u"--model"_s,
            u"tiny"_s,
            u"--ctx"_s,
            context,
            u"--parallel"_s,
            u"2"_s,
            u"--system"_s,
            data + u"/system.json"_s,
            u"--log"_s,
            log};
}

} // namespace

void TestModelCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(u"models"_s);
    QVERIFY(TestModels::writeStore(m_store));
}

void TestModelCommands::estimateText()
{
    const Result result = run({u"estimate"_s, u"tiny"_s, u"--models-dir"_s, m_store});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    // total = 29072 weights + 1048576 KV + 42469376 graph = 43547024.
    const QString expected =
        blob(m_store, '1') +
        u"\n"_s
        u"llama, 2 layers, 21184 parameters, Q4_K_M, 7 tensors\n"
        u"context 4096 x 1 parallel, KV cache f16 (the model was trained for 8192)\n"
        u"\n"
        u" LAYER  WEIGHTS   KV CACHE  CELLS      TOTAL\n"
        u"     0  4.5 KiB  512.0 KiB   4096  516.5 KiB\n"
        u"     1  4.5 KiB  512.0 KiB   4096  516.5 KiB\n"
        u"output  6.9 KiB          -      -    6.9 KiB\n"
        u"\n"
        u"input weights (CPU): 12.5 KiB (12800)\n"
        u"weights in all:      28.4 KiB (29072)\n"
        u"KV cache in all:     1.0 MiB (1048576)\n"
        u"compute graph:       40.5 MiB (42469376), a rough estimate\n"
        u"total:               41.5 MiB (43547024)\n"_s;
    QCOMPARE(result.out, expected);
}

void TestModelCommands::estimateJson()
{
    const Result result = run({u"estimate"_s, u"tiny:latest"_s, u"--json"_s}, m_store);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject o = json(result.out);
    QCOMPARE(o.value(u"file"_s).toString(), blob(m_store, '1'));
    QCOMPARE(o.value(u"architecture"_s).toString(), u"llama"_s);
    QCOMPARE(o.value(u"block_count"_s).toInteger(), 2);
    QCOMPARE(o.value(u"context"_s).toInteger(), 4096);
    QCOMPARE(o.value(u"parameters"_s).toInteger(), 21184);
    const QJsonArray layers = o.value(u"layers"_s).toArray();
    QCOMPARE(layers.size(), 2);
    for (qsizetype i = 0; i < layers.size(); ++i) {
        const QJsonObject layer = layers.at(i).toObject();
        QCOMPARE(layer.value(u"index"_s).toInteger(), i);
        QCOMPARE(layer.value(u"weights"_s).toInteger(), 4608);
        QCOMPARE(layer.value(u"kv_cache"_s).toInteger(), 524288);
    }
    QCOMPARE(o.value(u"output"_s).toObject().value(u"weights"_s).toInteger(), 7056);
    QCOMPARE(o.value(u"input_weights"_s).toInteger(), 12800);
    // Every tensor's bytes: 2 x 4608 + 7056 + 12800.
    QCOMPARE(o.value(u"total_weights"_s).toInteger(), 29072);
    QCOMPARE(o.value(u"total_kv_cache"_s).toInteger(), 2 * 524288);
    QCOMPARE(o.value(u"graph_estimate"_s).toInteger(), 42469376);
    QCOMPARE(o.value(u"tensors"_s).toInteger(), 7);
}

void TestModelCommands::estimateSettings()
{
    // A file path, 1024 x 2 = 2048 cells of q8_0: rows of 32 elements are
    // one 34-byte block each, K and V: 68 x 2048 = 139264 per layer.
    const Result result =
        run({u"estimate"_s, blob(m_store, '2'), u"--ctx"_s, u"1024"_s, u"--parallel"_s, u"2"_s,
             u"--kv-cache-type"_s, u"q8_0"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject o = json(result.out);
    QCOMPARE(o.value(u"context"_s).toInteger(), 1024);
    QCOMPARE(o.value(u"parallel"_s).toInteger(), 2);
    QCOMPARE(o.value(u"kv_cache_type"_s).toString(), u"q8_0"_s);
    QCOMPARE(o.value(u"layers"_s).toArray().at(1).toObject().value(u"kv_cache"_s).toInteger(),
             139264);
    QCOMPARE(o.value(u"total_kv_cache"_s).toInteger(), 2 * 139264);

    // gemma3's sliding layers hold 1024 cells (512 + 512), layer 5 all 4096.
    const Result gemma = run({u"estimate"_s, u"someone/small:v1"_s, u"--json"_s}, m_store);
    QCOMPARE(gemma.exitCode, 0);
    const QJsonArray layers = json(gemma.out).value(u"layers"_s).toArray();
    QCOMPARE(layers.at(0).toObject().value(u"kv_cache"_s).toInteger(), 128 * 1024);
    QCOMPARE(layers.at(0).toObject().value(u"sliding_window"_s).toBool(), true);
    QCOMPARE(layers.at(5).toObject().value(u"kv_cache"_s).toInteger(), 128 * 4096);
}

void TestModelCommands::models()
{
    const Result result = run({u"models"_s, u"--models-dir"_s, m_store});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(u'\n');
    // Columns padded to their widest cell: NAME to 33
    // ("hf.co/bartowski/Other-GGUF:Q4_K_M"), SIZE to 8 (the blobs are 29 to
    // 48 KiB: "29.6 KiB"), QUANTIZATION and ARCHITECTURE to their headers.
    QCOMPARE(lines.first(),
             u"NAME"_s + QString(35, u' ') + u"SIZE  QUANTIZATION  ARCHITECTURE  ID"_s);
    QCOMPARE(lines.at(1),
             u"broken:latest"_s + QString(29, u' ') + u"-  -             -             -"_s);
    QVERIFY2(lines.at(5).startsWith(u"tiny:latest "_s), qPrintable(lines.at(5)));
    QVERIFY(lines.at(5).contains(u"  Q4_K_M        llama         111111111111"_s));
    QVERIFY(lines.at(6).contains(u"Q8_0"_s));
    // Problems follow the table, one line each.
    QCOMPARE(lines.at(7),
             u"broken:latest: no layer with mediaType application/vnd.ollama.image.model"_s);
    QVERIFY(lines.at(8).startsWith(u"gone:latest: blob cannot open: "_s));
}

void TestModelCommands::modelsJson()
{
    const Result result = run({u"models"_s, u"--json"_s}, m_store);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject o = json(result.out);
    QCOMPARE(o.value(u"stores"_s).toArray(), QJsonArray{m_store});
    const QJsonArray models = o.value(u"models"_s).toArray();
    QCOMPARE(models.size(), 6);
    const QJsonObject tiny = models.at(4).toObject();
    QCOMPARE(tiny.value(u"name"_s).toString(), u"tiny:latest"_s);
    QCOMPARE(tiny.value(u"size"_s).toInteger(), QFileInfo(blob(m_store, '1')).size());
    QCOMPARE(tiny.value(u"quantization"_s).toString(), u"Q4_K_M"_s);
    QVERIFY(tiny.value(u"problem"_s).isNull());
    QVERIFY(models.at(1).toObject().value(u"problem"_s).isString());
}

void TestModelCommands::layoutFromModel()
{
    const QString data = QStringLiteral(VRAMSCOPE_TEST_DATA);
    const Result result =
        run({u"layout"_s, u"--devices"_s, data + u"/info_cuda.json"_s, u"--model"_s, u"tiny"_s,
             u"--system"_s, data + u"/system.json"_s, u"--json"_s},
            m_store);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject o = json(result.out);
    // Two layers and the output, all on GPUs with 23 GiB free.
    QCOMPARE(o.value(u"sum"_s).toInteger(), 3);
    // Each layer: weights + KV cache; the output layer its weights.
    const QJsonArray sizes = o.value(u"explanation"_s).toObject().value(u"layer_sizes"_s).toArray();
    QCOMPARE(sizes, (QJsonArray{4608 + 524288, 4608 + 524288, 7056}));
}

void TestModelCommands::layoutFromModelLlamaServer()
{
    const QString data = QStringLiteral(VRAMSCOPE_TEST_DATA);
    const Result result =
        run({u"layout"_s, u"--era"_s, u"llama-server"_s, u"--devices"_s,
             data + u"/info_cuda.json"_s, u"--model"_s, u"tiny"_s, u"--ctx"_s, u"1024"_s,
             u"--parallel"_s, u"2"_s, u"--system"_s, data + u"/system.json"_s, u"--json"_s},
            m_store);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject o = json(result.out);
    // tiny: 2 blocks, 2 KV heads of 64 / 4 = 16. ollama's prediction: the
    // blob's size + 2 x 2 x 2 x 16 x (1024 x 2) x 2 = size + 524288; it fits
    // in 80% of CUDA1 (more free than CUDA0), so CUDA1 alone takes all 3.
    const QJsonObject why = o.value(u"explanation"_s).toObject();
    QCOMPARE(why.value(u"prediction"_s).toInteger(), QFileInfo(blob(m_store, '1')).size() + 524288);
    QCOMPARE(o.value(u"era"_s).toString(), u"llama-server"_s);
    QCOMPARE(o.value(u"single_gpu"_s).toBool(), true);
    QCOMPARE(o.value(u"selected_gpus"_s).toArray(),
             QJsonArray{u"GPU-8d2e4f60-1a3b-4c5d-8e7f-9a0b1c2d3e4f"_s});
    QCOMPARE(o.value(u"n_gpu_layers"_s).toInt(), 3);
    QVERIFY(o.value(u"tensor_split"_s).isNull());
}

void TestModelCommands::layoutBesideTheLoggedLoad()
{
    const QString log =
        writeFile(m_dir, u"tiny.log"_s, TestModels::llamaServerLoadLog(blob(m_store, '1')));
    const Result result = run(layoutWithLog(log, u"1024"_s) << u"--json"_s, m_store);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject o = json(result.out);
    // As in layoutFromModelLlamaServer: CUDA1 alone takes all 3 layers, and
    // so did the logged load of the same file with 1024 x 2 cells.
    const QJsonObject logged = o.value(u"logged_load"_s).toObject();
    QCOMPARE(logged.value(u"started"_s).toString(), u"2026-06-03T10:15:02.200+02:00"_s);
    QCOMPARE(logged.value(u"same_settings"_s).toBool(), true);
    QCOMPARE(logged.value(u"planned_layers"_s).toInt(), 3);
    QCOMPARE(logged.value(u"logged_layers"_s).toInt(), 3);
    QCOMPARE(logged.value(u"logged_layer_count"_s).toInt(), 3);
    QCOMPARE(logged.value(u"agrees"_s).toBool(), true);
    const QJsonArray devices = logged.value(u"devices"_s).toArray();
    QCOMPARE(devices.size(), 2);
    const QJsonObject idle = devices.at(0).toObject();
    QCOMPARE(idle.value(u"name"_s).toString(), u"CUDA0"_s);
    QVERIFY(idle.value(u"logged_name"_s).isNull());
    QCOMPARE(idle.value(u"planned_layers"_s).toInt(), 0);
    QVERIFY(idle.value(u"logged_layers"_s).isNull());
    const QJsonObject used = devices.at(1).toObject();
    QCOMPARE(used.value(u"logged_name"_s).toString(), u"CUDA1"_s);
    QCOMPARE(used.value(u"logged_layers"_s).toInt(), 3);
    // 0.02 + 1.00 + 2.00 MiB = 20971.52 + 1048576 + 2097152 -> 3166700
    QCOMPARE(used.value(u"logged_bytes"_s).toInteger(), 3166700);
    // The plan took the load's measured 2.00 MiB compute buffer, not the
    // dry run's 9.00 MiB nor its own estimate.
    QCOMPARE(logged.value(u"measured_compute_buffers"_s).toInt(), 1);
    const QJsonObject device =
        o.value(u"explanation"_s).toObject().value(u"devices"_s).toArray().at(0).toObject();
    QCOMPARE(device.value(u"name"_s).toString(), u"CUDA1"_s);
    QCOMPARE(device.value(u"graph"_s).toInteger(), 2097152);
    QCOMPARE(used.value(u"planned_bytes"_s).toInteger(), device.value(u"bytes"_s).toInteger());
}

void TestModelCommands::layoutBesideTheLoggedLoadText()
{
    const QString log =
        writeFile(m_dir, u"tiny.log"_s, TestModels::llamaServerLoadLog(blob(m_store, '1')));
    const Result result = run(layoutWithLog(log, u"1024"_s), m_store);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"\nthe log's last load of this model (started "
                                 "2026-06-03T10:15:02.200+02:00): offloaded 3/3; planned 3/3: "
                                 "they agree\n"_s),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(u"compute buffers: measured by that load on 1 of the 2 devices, "
                                 "estimated on the rest\n"_s),
             qPrintable(result.out));
}

void TestModelCommands::layoutLogWithOtherSettings()
{
    const QString log =
        writeFile(m_dir, u"tiny.log"_s, TestModels::llamaServerLoadLog(blob(m_store, '1')));
    // 4096 x 2 cells is not the logged -c 2048: nothing is compared or taken.
    const Result result = run(layoutWithLog(log, u"4096"_s) << u"--json"_s, m_store);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject o = json(result.out);
    const QJsonObject logged = o.value(u"logged_load"_s).toObject();
    QCOMPARE(logged.value(u"same_settings"_s).toBool(), false);
    QCOMPARE(logged.value(u"context"_s).toInt(), 2048);
    QCOMPARE(logged.value(u"parallel"_s).toInt(), 2);
    QCOMPARE(logged.value(u"kv_cache_type"_s).toString(), u"f16"_s);
    QVERIFY(!logged.contains(u"agrees"_s));
    const QJsonObject device =
        o.value(u"explanation"_s).toObject().value(u"devices"_s).toArray().at(0).toObject();
    QVERIFY(device.value(u"graph"_s).toInteger() != 2097152);

    const Result text = run(layoutWithLog(log, u"4096"_s), m_store);
    QVERIFY2(text.out.contains(u"ran with -c 2048 -np 2, KV cache f16: other settings than this "
                               "plan's, so it is not compared\n"_s),
             qPrintable(text.out));
}

void TestModelCommands::layoutLogWithoutTheModel()
{
    // The log loaded another blob: nothing to compare, and the plan is the
    // one without a log.
    const QString log =
        writeFile(m_dir, u"other.log"_s, TestModels::llamaServerLoadLog(blob(m_store, '9')));
    const Result result = run(layoutWithLog(log, u"1024"_s) << u"--json"_s, m_store);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject o = json(result.out);
    QVERIFY(o.contains(u"logged_load"_s));
    QVERIFY(o.value(u"logged_load"_s).isNull());
    const Result text = run(layoutWithLog(log, u"1024"_s), m_store);
    QVERIFY2(
        text.out.endsWith(u"\nno load of this model in "_s + log + u": nothing to compare\n"_s),
        qPrintable(text.out));
}

void TestModelCommands::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");

    QTest::newRow("no model")
        << QStringList{u"estimate"_s}
        << u"vramscope estimate: a model name or a GGUF file is required (see --help)\n"_s;
    QTest::newRow("ctx 0")
        << QStringList{u"estimate"_s, u"tiny"_s, u"--ctx"_s, u"0"_s}
        << u"vramscope estimate: --ctx: '0' is not an integer from 1 to 16777216\n"_s;
    QTest::newRow("parallel x")
        << QStringList{u"estimate"_s, u"tiny"_s, u"--parallel"_s, u"x"_s}
        << u"vramscope estimate: --parallel: 'x' is not an integer from 1 to 1024\n"_s;
    QTest::newRow("cache type")
        << QStringList{u"estimate"_s, u"tiny"_s, u"--kv-cache-type"_s, u"q5_1"_s}
        << u"vramscope estimate: --kv-cache-type: 'q5_1' is not one of f16, q8_0, q4_0\n"_s;
    QTest::newRow("two models") << QStringList{u"estimate"_s, u"a"_s, u"b"_s}
                                << u"vramscope estimate: unexpected argument 'b' (see --help)\n"_s;
    QTest::newRow("memory and model")
        << QStringList{u"layout"_s, u"--devices"_s, u"x.json"_s, u"--memory"_s,
                       u"m.json"_s, u"--model"_s,   u"tiny"_s}
        << u"vramscope layout: --memory and --model exclude each other\n"_s;
    QTest::newRow("log without model")
        << QStringList{u"layout"_s, u"--devices"_s, u"x.json"_s,    u"--memory"_s,
                       u"m.json"_s, u"--log"_s,     u"ollama.log"_s}
        << u"vramscope layout: --log needs --model: it compares the plan with the log's load of "
           "that model\n"_s;
    QTest::newRow("log absent") << QStringList{u"layout"_s,
                                               u"--devices"_s,
                                               QStringLiteral(VRAMSCOPE_TEST_DATA) +
                                                   u"/info_cuda.json"_s,
                                               u"--model"_s,
                                               u"tiny"_s,
                                               u"--log"_s,
                                               m_store + u"/absent.log"_s}
                                << u"vramscope layout: "_s + m_store +
                                       u"/absent.log: cannot open: No such file or directory\n"_s;
    QTest::newRow("unknown model")
        << QStringList{u"estimate"_s, u"absent"_s}
        << u"vramscope estimate: model 'absent:latest' not found: "_s + m_store +
               u"/manifests/registry.ollama.ai/library/absent/latest: cannot open: No such file or directory\n"_s;
    const QString manifest = m_store + u"/manifests/registry.ollama.ai/library/tiny/latest"_s;
    QTest::newRow("not GGUF") << QStringList{u"estimate"_s, manifest}
                              << u"vramscope estimate: "_s + manifest +
                                     u": offset 0: not a GGUF file (the magic is not \"GGUF\")\n"_s;
    QTest::newRow("no store") << QStringList{u"models"_s, u"--models-dir"_s,
                                             m_store + u"/nowhere"_s}
                              << u"vramscope models: "_s + m_store +
                                     u"/nowhere: no such directory\n"_s;
}

void TestModelCommands::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const Result result = run(arguments, m_store);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, error);
    QCOMPARE(result.out, QString());
}

QTEST_GUILESS_MAIN(TestModelCommands)
#include "tst_modelcommands.moc"
