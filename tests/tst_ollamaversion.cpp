#include "ollamaversion.h"

#include <QTest>

using namespace vramscope;

class TestOllamaVersion : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void refuses_data();
    void refuses();
};

void TestOllamaVersion::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::addColumn<int>("era");
    const int unknown = int(OllamaVersion::Era::Unknown);
    const int go = int(OllamaVersion::Era::GoRunner);
    const int llama = int(OllamaVersion::Era::LlamaServer);
    QTest::newRow("today") << QStringLiteral("0.30.2") << QStringLiteral("0.30.2") << llama;
    QTest::newRow("later") << QStringLiteral("0.32.15") << QStringLiteral("0.32.15") << llama;
    QTest::newRow("a 1.0 some day") << QStringLiteral("1.0.0") << QStringLiteral("1.0.0") << llama;
    QTest::newRow("rc of 0.30") << QStringLiteral("0.30.0-rc3") << QStringLiteral("0.30.0-rc3")
                                << llama;
    QTest::newRow("go runner rc") << QStringLiteral("0.12.10-rc1") << QStringLiteral("0.12.10-rc1")
                                  << go;
    QTest::newRow("first with /info") << QStringLiteral("0.12.4") << QStringLiteral("0.12.4") << go;
    QTest::newRow("last go runner") << QStringLiteral("0.24.9") << QStringLiteral("0.24.9") << go;
    QTest::newRow("just before /info")
        << QStringLiteral("0.12.3") << QStringLiteral("0.12.3") << unknown;
    QTest::newRow("older") << QStringLiteral("0.11.4") << QStringLiteral("0.11.4") << unknown;
    QTest::newRow("never released")
        << QStringLiteral("0.27.0") << QStringLiteral("0.27.0") << unknown;
    QTest::newRow("dev build") << QStringLiteral("0.0.0") << QStringLiteral("0.0.0") << unknown;
    QTest::newRow("git tag") << QStringLiteral("v0.30.1") << QStringLiteral("0.30.1") << llama;
}

void TestOllamaVersion::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QFETCH(int, era);
    QString error;
    const std::optional<OllamaVersion> version = OllamaVersion::parse(text, &error);
    QVERIFY2(version, qPrintable(error));
    QCOMPARE(version->toString(), written);
    QCOMPARE(int(version->era()), era);
    QCOMPARE(version->isDevelopmentBuild(), text == u"0.0.0");
}

void TestOllamaVersion::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("two parts") << QStringLiteral("0.30");
    QTest::newRow("words") << QStringLiteral("latest");
    QTest::newRow("html") << QStringLiteral("<html>");
    QTest::newRow("space") << QStringLiteral("0.30.2 ");
    QTest::newRow("negative") << QStringLiteral("0.-1.2");
    QTest::newRow("huge") << QStringLiteral("0.99999999999.1");
}

void TestOllamaVersion::refuses()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!OllamaVersion::parse(text, &error));
    QVERIFY2(error.contains(u"expected a version like 0.30.2"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestOllamaVersion)
#include "tst_ollamaversion.moc"
