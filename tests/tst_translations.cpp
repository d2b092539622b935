// The German and French translations: the compiled .qm files translate known
// strings, and every message of the .ts files is translated.

#include <QFile>
#include <QRegularExpression>
#include <QSet>
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
    void everyMessageFinished_data();
    void everyMessageFinished();
};

void TestTranslations::translates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("de: Endpoints dock") << QStringLiteral("de") << QByteArray("MainWindow")
                                        << QByteArray("Endpoints") << QStringLiteral("Endpunkte");
    QTest::newRow("fr: Endpoints dock")
        << QStringLiteral("fr") << QByteArray("MainWindow") << QByteArray("Endpoints")
        << QStringLiteral("Points de terminaison");
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
        << QStringLiteral("de") << QByteArray("MainWindow") << QByteArray("&Layer editor")
        << QStringLiteral("&Layer-Editor");
    QTest::newRow("fr: layer editor tab")
        << QStringLiteral("fr") << QByteArray("MainWindow") << QByteArray("&Layer editor")
        << QStringLiteral("Éditeur de &couches");
    QTest::newRow("de: status bar") << QStringLiteral("de") << QByteArray("vramscope::MainWindow")
                                    << QByteArray("No endpoint is being watched")
                                    << QStringLiteral("Es wird kein Endpunkt überwacht");
    // French puts a no-break space before a colon.
    QTest::newRow("fr: colon") << QStringLiteral("fr") << QByteArray("vramscope::LayoutEditor")
                               << QByteArray("Limit: %1") << QStringLiteral("Limite\u00a0: %1");
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

void TestTranslations::everyMessageFinished_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
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

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
