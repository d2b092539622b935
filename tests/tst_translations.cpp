// The German and French translations: the compiled .qm files translate known
// strings, every message of the .ts files is translated, and the messages
// that core and net build come out translated.

#include "endpoint.h"
#include "gpulayerslist.h"
#include "layerranges.h"
#include "wireformat.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

QString qmPath(const QString &language)
{
    return QStringLiteral(VRAMSCOPE_QM_DIR "/vramscope_") + language + u".qm";
}

QString tsPath(const QString &language)
{
    return QStringLiteral(VRAMSCOPE_TS_DIR "/vramscope_") + language + u".ts";
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(?:\\d+|n)"));
    QSet<QString> found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// A keyboard accelerator: '&' before a character other than '&' or a space.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression accelerator(QStringLiteral("(?:^|[^&])&[^&\\s]"));
    return accelerator.match(text).hasMatch();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void translates_data();
    void translates();
    void coreAndNetMessages_data();
    void coreAndNetMessages();
    void everyMessageFinished_data();
    void everyMessageFinished();
    void pluralsFollowTheNumber();
    void tsFilesMatchTheSources();

private:
    static QSet<QString> messagesIn(const QString &tsFile, bool skipGone, bool pluralOnly = false);
};

void TestTranslations::translates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");

    // Forms share their class's context (vramscope::...), not one of their own.
    QTest::newRow("de: Sources dock")
        << QStringLiteral("de") << QByteArray("vramscope::SourcesDock") << QByteArray("Sources")
        << QStringLiteral("Quellen");
    QTest::newRow("fr: Sources dock")
        << QStringLiteral("fr") << QByteArray("vramscope::SourcesDock") << QByteArray("Sources")
        << QStringLiteral("Sources");
    QTest::newRow("de: bar chart title")
        << QStringLiteral("de") << QByteArray("vramscope::MemoryBarChart")
        << QByteArray("Memory by GPU") << QStringLiteral("Speicher je GPU");
    QTest::newRow("fr: bar chart title")
        << QStringLiteral("fr") << QByteArray("vramscope::MemoryBarChart")
        << QByteArray("Memory by GPU") << QStringLiteral("Mémoire par GPU");
    QTest::newRow("de: KV cache") << QStringLiteral("de") << QByteArray("vramscope::MemoryBarChart")
                                  << QByteArray("KV cache") << QStringLiteral("KV-Cache");
    QTest::newRow("fr: KV cache") << QStringLiteral("fr") << QByteArray("vramscope::MemoryBarChart")
                                  << QByteArray("KV cache") << QStringLiteral("Cache KV");
    QTest::newRow("de: layer editor tab")
        << QStringLiteral("de") << QByteArray("vramscope::MainWindow")
        << QByteArray("&Layer editor") << QStringLiteral("&Layer-Editor");
    QTest::newRow("fr: layer editor tab")
        << QStringLiteral("fr") << QByteArray("vramscope::MainWindow")
        << QByteArray("&Layer editor") << QStringLiteral("Éditeur de &couches");
    QTest::newRow("de: status bar") << QStringLiteral("de") << QByteArray("vramscope::MainWindow")
                                    << QByteArray("No source is being watched")
                                    << QStringLiteral("Es wird keine Quelle überwacht");
    // French puts a no-break space before a colon.
    QTest::newRow("fr: colon") << QStringLiteral("fr")
                               << QByteArray("vramscope::PlanExplanationText")
                               << QByteArray("Limit: %1") << QStringLiteral("Limite\u00a0: %1");
    // Messages made in src/net, which the window puts inside its own sentences.
    QTest::newRow("de: runner call")
        << QStringLiteral("de") << QByteArray("vramscope::RunnerCall")
        << QByteArray("%1: connection refused (no runner listening there)")
        << QStringLiteral("%1: Verbindung abgelehnt (dort lauscht kein Runner)");
    QTest::newRow("fr: runner call")
        << QStringLiteral("fr") << QByteArray("vramscope::RunnerCall")
        << QByteArray("%1: host %2 not found") << QStringLiteral("%1\u00a0: hôte %2 introuvable");
}

void TestTranslations::coreAndNetMessages_data()
{
    QTest::addColumn<QString>("language"); // empty: no translator, as on the command line
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("de: endpoint scheme")
        << QStringLiteral("de") << QStringLiteral("endpoint") << QStringLiteral("ftp://127.0.0.1:1")
        << QStringLiteral("Runner sprechen einfaches HTTP; „ftp://127.0.0.1:1“ verwendet ftp");
    QTest::newRow("fr: endpoint without port")
        << QStringLiteral("fr") << QStringLiteral("endpoint") << QStringLiteral("127.0.0.1")
        << QStringLiteral("pas de port dans «\u00a0127.0.0.1\u00a0»\u00a0: les runners écoutent "
                          "sur leur propre port (HOST:PORT)");
    // The list ends after its 21 characters: the missing ']' is at column 22.
    QTest::newRow("de: GPULayers at the end")
        << QStringLiteral("de") << QStringLiteral("gpulayers")
        << QStringLiteral("2[ID:0 Layers:2(0..1)")
        << QStringLiteral("Spalte 22: erwartet: „]“, gefunden: das Ende");
    // The text quoted after "found" holds a %1 of its own, which stays as it is.
    QTest::newRow("fr: GPULayers quoting %1")
        << QStringLiteral("fr") << QStringLiteral("gpulayers")
        << QStringLiteral("[ID:%1 Layers:1[0]]")
        << QStringLiteral("colonne 1\u00a0: il manque le nombre de couches devant «\u00a0[\u00a0», "
                          "trouvé «\u00a0[ID:%1 Layer\u00a0»");
    QTest::newRow("de: layer range")
        << QStringLiteral("de") << QStringLiteral("layerranges") << QStringLiteral("5-3")
        << QStringLiteral("der Bereich 5-3 läuft rückwärts");
    QTest::newRow("en: layer range")
        << QString() << QStringLiteral("layerranges") << QStringLiteral("5-3")
        << QStringLiteral("the range 5-3 runs backwards");
    QTest::newRow("en: layer named twice")
        << QString() << QStringLiteral("layerranges") << QStringLiteral("1-3, 2")
        << QStringLiteral("layer 2 is named twice");
    // What the value is ("an object") is translated inside the sentence.
    QTest::newRow("de: wire top level")
        << QStringLiteral("de") << QStringLiteral("wireformat") << QStringLiteral("{}")
        << QStringLiteral("erwartet wurde ein JSON-Array, erhalten: ein Objekt");
    // The field path stays as the body spells it.
    QTest::newRow("fr: wire field")
        << QStringLiteral("fr") << QStringLiteral("wireformat")
        << QStringLiteral(R"([{"total_memory": "x"}])")
        << QStringLiteral(
               "[0].total_memory\u00a0: entier positif ou nul attendu, obtenu une chaîne");
}

void TestTranslations::coreAndNetMessages()
{
    QFETCH(QString, language);
    QFETCH(QString, parser);
    QFETCH(QString, input);
    QFETCH(QString, expected);

    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY2(translator.load(qmPath(language)), qPrintable(qmPath(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    const auto uninstall =
        qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

    QString error;
    if (parser == u"endpoint") {
        QVERIFY(!vramscope::Endpoint::parse(input, vramscope::Endpoint::RemotePolicy::LoopbackOnly,
                                            &error));
    } else if (parser == u"gpulayers") {
        QVERIFY(!vramscope::GpuLayersList::fromString(input, &error));
    } else if (parser == u"layerranges") {
        QVERIFY(!vramscope::LayerRanges::parse(input, 10, &error));
    } else {
        vramscope::WireError wireError;
        QVERIFY(!vramscope::WireFormat::readDeviceInfoList(input.toUtf8(), &wireError));
        error = wireError.toString();
    }
    QCOMPARE(error, expected);
}

void TestTranslations::translates()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);

    QTranslator translator;
    QVERIFY2(translator.load(qmPath(language)), qPrintable(qmPath(language)));
    QCOMPARE(translator.language(), language + u'_' + language.toUpper());
    QCOMPARE(translator.translate(context.constData(), source.constData()), expected);
}

void TestTranslations::pluralsFollowTheNumber()
{
    // %n messages carry one form per plural rule of the language; the
    // translator picks the form (QCoreApplication::translate fills in %n).
    QTranslator english;
    QVERIFY(english.load(qmPath(QStringLiteral("en"))));
    QCOMPARE(english.translate("vramscope::MainWindow", "%n GPU(s)", nullptr, 1),
             QStringLiteral("%n GPU"));
    QCOMPARE(english.translate("vramscope::MainWindow", "%n GPU(s)", nullptr, 3),
             QStringLiteral("%n GPUs"));
    QTranslator german;
    QVERIFY(german.load(qmPath(QStringLiteral("de"))));
    QCOMPARE(german.translate("vramscope::MainWindow", "%1 of %n source(s) ok", nullptr, 1),
             QStringLiteral("%1 von %n Quelle in Ordnung"));
    QCOMPARE(german.translate("vramscope::MainWindow", "%1 of %n source(s) ok", nullptr, 2),
             QStringLiteral("%1 von %n Quellen in Ordnung"));
    QTranslator french;
    QVERIFY(french.load(qmPath(QStringLiteral("fr"))));
    // French counts 0 and 1 as singular.
    QCOMPARE(french.translate("vramscope::LayoutEditor", "%n layer(s)", nullptr, 0),
             QStringLiteral("%n couche"));
    QCOMPARE(french.translate("vramscope::LayoutEditor", "%n layer(s)", nullptr, 2),
             QStringLiteral("%n couches"));
}

// What lupdate finds in the sources today: (context, source, comment) per message.
QSet<QString> TestTranslations::messagesIn(const QString &tsFile, bool skipGone, bool pluralOnly)
{
    QFile file(tsFile);
    QSet<QString> result;
    if (!file.open(QIODevice::ReadOnly))
        return result;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString comment;
    bool plural = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            source.clear();
            comment.clear();
            plural = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (name == u"source") {
            source = xml.readElementText();
        } else if (name == u"comment") {
            comment = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            if ((!skipGone || (type != u"vanished" && type != u"obsolete")) &&
                (!pluralOnly || plural))
                result.insert(context + u'\x1f' + source + u'\x1f' + comment);
        }
    }
    return result;
}

void TestTranslations::tsFilesMatchTheSources()
{
    // lupdate over src/ and ui/ into a fresh file: the committed .ts files
    // must hold exactly these messages (run the update_translations target
    // after changing strings).
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(VRAMSCOPE_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui"),
                   QStringLiteral(VRAMSCOPE_SOURCE_DIR "/src"),
                   QStringLiteral(VRAMSCOPE_SOURCE_DIR "/ui"), QStringLiteral("-ts"), fresh});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    const QSet<QString> inSources = messagesIn(fresh, false);
    QVERIFY(inSources.size() > 100);
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
        const QSet<QString> inTs = messagesIn(tsPath(language), true);
        QStringList problems;
        for (const QString &message : inSources - inTs)
            problems.append(u"missing from " + language + u".ts: " +
                            QString(message).replace(QChar(0x1f), QStringLiteral(" / ")));
        for (const QString &message : inTs - inSources)
            problems.append(u"gone from the sources but kept in " + language + u".ts: " +
                            QString(message).replace(QChar(0x1f), QStringLiteral(" / ")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
    // English holds the plural forms of every %n message, and nothing else.
    const QSet<QString> plurals = messagesIn(fresh, false, true);
    QVERIFY(!plurals.isEmpty());
    QCOMPARE(messagesIn(tsPath(QStringLiteral("en")), true), plurals);
}

void TestTranslations::everyMessageFinished_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTranslations::everyMessageFinished()
{
    QFETCH(QString, language);

    QFile file(tsPath(language));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(tsPath(language)));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QStringList problems;
    int messages = 0;
    auto complain = [&](const QString &what) {
        problems.append(context + u" / \"" + source + u"\": " + what);
    };
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            QVERIFY(xml.attributes().value(QStringLiteral("language")).startsWith(language));
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"source") {
            source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type")).toString();
            // Messages gone from the sources are not compiled into the .qm.
            if (type == u"vanished" || type == u"obsolete") {
                xml.skipCurrentElement();
                continue;
            }
            ++messages;
            if (type == u"unfinished")
                complain(QStringLiteral("unfinished"));
            // The text, or one form per <numerusform> for a message with %n.
            QStringList forms;
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"translation")
                    break;
                if (xml.isStartElement() && xml.name() == u"numerusform")
                    forms.append(xml.readElementText());
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (forms.isEmpty())
                forms.append(text);
            for (const QString &form : std::as_const(forms)) {
                if (form.trimmed().isEmpty()) {
                    complain(QStringLiteral("empty translation"));
                    continue;
                }
                if (placeholders(form) != placeholders(source))
                    complain(u"placeholders differ in \"" + form + u'"');
                if (hasAccelerator(form) != hasAccelerator(source))
                    complain(u"accelerator differs in \"" + form + u'"');
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// An application, for installTranslator().
QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
