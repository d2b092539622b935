#include "modelstore.h"
#include "testmodels.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace vramscope;
using namespace Qt::StringLiterals;

// The store tree of tests/data/ollama-store, with blobs written at run time
// by TestModels::writeStore.
class TestModelStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseName_data();
    void parseName();
    void badName_data();
    void badName();
    void blobPath();
    void missingManifest();
    void models();
    void resolve();
    void defaultRoots();

private:
    QTemporaryDir m_dir;
};

namespace {

QString digest(char digit)
{
    return QString(64, QLatin1Char(digit));
}

} // namespace

void TestModelStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestModels::writeStore(m_dir.path()));
}

void TestModelStore::parseName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("nameSpace");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("manifest");
    QTest::addColumn<QString>("shown");

    QTest::newRow("model:tag") << u"llama3.2:3b"_s << u"registry.ollama.ai"_s << u"library"_s
                               << u"llama3.2"_s << u"3b"_s
                               << u"manifests/registry.ollama.ai/library/llama3.2/3b"_s
                               << u"llama3.2:3b"_s;
    QTest::newRow("latest implied")
        << u"tiny"_s << u"registry.ollama.ai"_s << u"library"_s << u"tiny"_s << u"latest"_s
        << u"manifests/registry.ollama.ai/library/tiny/latest"_s << u"tiny:latest"_s;
    QTest::newRow("namespace") << u"someone/small:v1"_s << u"registry.ollama.ai"_s << u"someone"_s
                               << u"small"_s << u"v1"_s
                               << u"manifests/registry.ollama.ai/someone/small/v1"_s
                               << u"someone/small:v1"_s;
    QTest::newRow("other registry")
        << u"hf.co/bartowski/Other-GGUF:Q4_K_M"_s << u"hf.co"_s << u"bartowski"_s << u"Other-GGUF"_s
        << u"Q4_K_M"_s << u"manifests/hf.co/bartowski/Other-GGUF/Q4_K_M"_s
        << u"hf.co/bartowski/Other-GGUF:Q4_K_M"_s;
    QTest::newRow("host with port")
        << u"localhost:5000/team/m"_s << u"localhost:5000"_s << u"team"_s << u"m"_s << u"latest"_s
        << u"manifests/localhost:5000/team/m/latest"_s << u"localhost:5000/team/m:latest"_s;
}

void TestModelStore::parseName()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(QString, nameSpace);
    QFETCH(QString, model);
    QFETCH(QString, tag);
    QFETCH(QString, manifest);
    QFETCH(QString, shown);
    QString error;
    const std::optional<ModelName> name = ModelName::parse(text, &error);
    QVERIFY2(name, qPrintable(error));
    QCOMPARE(name->host, host);
    QCOMPARE(name->nameSpace, nameSpace);
    QCOMPARE(name->model, model);
    QCOMPARE(name->tag, tag);
    QCOMPARE(name->manifestPath(), manifest);
    QCOMPARE(name->displayName(), shown);
}

void TestModelStore::badName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QString() << u"'' is not a model name: bad model"_s;
    QTest::newRow("climbs out") << u"../etc/passwd"_s
                                << u"'../etc/passwd' is not a model name: bad host"_s;
    QTest::newRow("four parts")
        << u"a/b/c/d"_s << u"'a/b/c/d' is not a model name: more than host/namespace/model"_s;
    QTest::newRow("empty tag") << u"tiny:"_s << u"'tiny:' is not a model name: bad tag"_s;
    QTest::newRow("space") << u"my model"_s << u"'my model' is not a model name: bad model"_s;
}

void TestModelStore::badName()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!ModelName::parse(text, &message));
    QCOMPARE(message, error);
}

void TestModelStore::blobPath()
{
    const ModelStore store(m_dir.path());
    WireError error;
    const std::optional<QString> blob =
        store.blobPath(*ModelName::parse(u"tiny"_s, nullptr), &error);
    QVERIFY2(blob, qPrintable(error.toString()));
    QCOMPARE(*blob, m_dir.path() + u"/blobs/sha256-"_s + digest('1'));
}

void TestModelStore::missingManifest()
{
    const ModelStore store(m_dir.path());
    WireError error;
    QVERIFY(!store.blobPath(*ModelName::parse(u"absent:1b"_s, nullptr), &error));
    QCOMPARE(error.path, m_dir.path() + u"/manifests/registry.ollama.ai/library/absent/1b"_s);
    QVERIFY(error.message.startsWith(u"cannot open: "_s));
    QVERIFY(!store.blobPath(*ModelName::parse(u"broken"_s, nullptr), &error));
    QCOMPARE(error.message, u"no layer with mediaType application/vnd.ollama.image.model"_s);
}

void TestModelStore::models()
{
    const QList<StoredModel> models = ModelStore(m_dir.path()).models();
    QStringList names;
    for (const StoredModel &model : models)
        names.append(model.name);
    // Sorted by name as shown.
    QCOMPARE(names, (QStringList{u"broken:latest"_s, u"gone:latest"_s,
                                 u"hf.co/bartowski/Other-GGUF:Q4_K_M"_s, u"someone/small:v1"_s,
                                 u"tiny:latest"_s, u"tiny:q8"_s}));

    const StoredModel &broken = models.at(0);
    QCOMPARE(broken.problem, u"no layer with mediaType application/vnd.ollama.image.model"_s);
    const StoredModel &gone = models.at(1);
    QCOMPARE(gone.digest, digest('5'));
    QVERIFY(gone.problem.startsWith(u"blob cannot open: "_s));

    const StoredModel &other = models.at(2);
    QCOMPARE(other.architecture, u"qwen2"_s);
    // No file type: Q8_0 holds the most bytes of matrices, 2 x 4352 + 6800 =
    // 15504 against F16's 12800.
    QCOMPARE(other.quantization, u"Q8_0"_s);
    const StoredModel &small = models.at(3);
    QCOMPARE(small.architecture, u"gemma3"_s);
    QCOMPARE(small.quantization, u"F16"_s);
    const StoredModel &tiny = models.at(4);
    QCOMPARE(tiny.quantization, u"Q4_K_M"_s);
    QCOMPARE(tiny.digest, digest('1'));
    QCOMPARE(tiny.blobPath,
             QFileInfo(m_dir.path() + u"/blobs/sha256-"_s + digest('1')).absoluteFilePath());
    QCOMPARE(tiny.size, quint64(TestModels::model(u"llama"_s, 2, [](GgufWriter &w) {
                                    w.addUInt32(u"llama.attention.head_count_kv"_s, 2);
                                    w.addUInt32(u"general.file_type"_s, 15);
                                }).fileSize()));
    QVERIFY(tiny.problem.isEmpty());
    QCOMPARE(models.at(5).quantization, u"Q8_0"_s);
}

void TestModelStore::resolve()
{
    QString error;
    const QString missingRoot = m_dir.path() + u"/nowhere"_s;
    // A name: the first root that has it.
    QCOMPARE(ModelStore::resolve(u"someone/small:v1"_s, {missingRoot, m_dir.path()}, &error),
             m_dir.path() + u"/blobs/sha256-"_s + digest('3'));
    // A file is itself.
    const QString file = m_dir.path() + u"/blobs/sha256-"_s + digest('4');
    QCOMPARE(ModelStore::resolve(file, {}, &error), file);
    // Neither: every root's reason.
    QVERIFY(!ModelStore::resolve(u"absent"_s, {missingRoot}, &error));
    QVERIFY2(
        error.startsWith(u"model 'absent:latest' not found: "_s + missingRoot +
                         u"/manifests/registry.ollama.ai/library/absent/latest: cannot open"_s),
        qPrintable(error));
    QVERIFY(!ModelStore::resolve(u"no such/file.gguf"_s, {}, &error));
    QCOMPARE(error, u"no such file, and 'no such/file.gguf' is not a model name: bad namespace"_s);
}

void TestModelStore::defaultRoots()
{
    qputenv("OLLAMA_MODELS", "/srv/models");
    QCOMPARE(ModelStore::defaultRoots(), QStringList{u"/srv/models"_s});
    qunsetenv("OLLAMA_MODELS");
    QCOMPARE(ModelStore::defaultRoots(), (QStringList{QDir::homePath() + u"/.ollama/models"_s,
                                                      u"/usr/share/ollama/.ollama/models"_s}));
}

QTEST_GUILESS_MAIN(TestModelStore)
#include "tst_modelstore.moc"
