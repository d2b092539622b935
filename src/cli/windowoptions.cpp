#include "windowoptions.h"

#include "endpoint.h"

#include <QFileInfo>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace vramscope {

namespace {

// Marked for lupdate; translated where the window installs a translator.
QString translated(const char *text)
{
    return QCoreApplication::translate("vramscope::WindowOptions", text);
}

} // namespace

void WindowOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("endpoint"),
         translated(QT_TRANSLATE_NOOP("vramscope::WindowOptions",
                                      "Watch the ollama runner at HOST:PORT (repeatable).")),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("log"),
         translated(QT_TRANSLATE_NOOP("vramscope::WindowOptions",
                                      "Watch ollama's server log in FILE (repeatable).")),
         QStringLiteral("FILE")},
        {QStringLiteral("host"),
         translated(QT_TRANSLATE_NOOP("vramscope::WindowOptions",
                                      "Watch the vramscope serve at HOST:PORT (repeatable).")),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("allow-remote"),
         translated(
             QT_TRANSLATE_NOOP("vramscope::WindowOptions", "Allow sources off this machine."))},
        {QStringLiteral("demo"),
         translated(QT_TRANSLATE_NOOP("vramscope::WindowOptions",
                                      "Start the simulated runners and watch them."))},
        {QStringLiteral("demo-if-none"),
         translated(
             QT_TRANSLATE_NOOP("vramscope::WindowOptions",
                               "Start the simulated runners when no source is saved or found."))},
        {QStringLiteral("fresh"),
         translated(
             QT_TRANSLATE_NOOP("vramscope::WindowOptions",
                               "Ignore saved sources and window layout, and save nothing."))},
        {QStringLiteral("screenshot"),
         translated(QT_TRANSLATE_NOOP(
             "vramscope::WindowOptions",
             "Render the window to FILE (PNG) after --after seconds, then exit.")),
         QStringLiteral("FILE")},
        {QStringLiteral("after"),
         translated(QT_TRANSLATE_NOOP("vramscope::WindowOptions",
                                      "Seconds before the screenshot (default 5).")),
         QStringLiteral("SECONDS"), QStringLiteral("5")},
    });
}

std::optional<WindowOptions> WindowOptions::read(const QCommandLineParser &parser, QString *error)
{
    WindowOptions options;
    options.allowRemote = parser.isSet(QStringLiteral("allow-remote"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.demoIfNone = parser.isSet(QStringLiteral("demo-if-none"));
    options.fresh = parser.isSet(QStringLiteral("fresh"));
    options.screenshot = parser.value(QStringLiteral("screenshot"));
    const auto policy = options.allowRemote ? Endpoint::RemotePolicy::AllowRemote
                                            : Endpoint::RemotePolicy::LoopbackOnly;
    for (const QString &text : parser.values(QStringLiteral("endpoint"))) {
        QString why;
        const std::optional<Endpoint> endpoint = Endpoint::parse(text, policy, &why);
        if (!endpoint) {
            *error = u"--endpoint: " + why;
            return std::nullopt;
        }
        options.endpoints.append(endpoint->toString());
    }
    for (const QString &text : parser.values(QStringLiteral("host"))) {
        QString why;
        const std::optional<Endpoint> endpoint = Endpoint::parse(text, policy, &why);
        if (!endpoint) {
            *error = u"--host: " + why;
            return std::nullopt;
        }
        options.hosts.append(endpoint->toString());
    }
    for (const QString &path : parser.values(QStringLiteral("log"))) {
        const QFileInfo file(path);
        if (!file.isFile() || !file.isReadable()) {
            *error = u"--log: '" + path + u"' is not a file this user can read";
            return std::nullopt;
        }
        options.logs.append(file.absoluteFilePath());
    }
    bool ok = false;
    options.afterSeconds = parser.value(QStringLiteral("after")).toDouble(&ok);
    if (!ok || options.afterSeconds < 0) {
        *error =
            u"--after: '" + parser.value(QStringLiteral("after")) + u"' is not a number of seconds";
        return std::nullopt;
    }
    return options;
}

QString WindowOptions::help()
{
    QCommandLineParser parser;
    addTo(parser);
    const QString text = parser.helpText();
    // Drop helpText()'s "Usage: PROGRAM [options]" head; keep the options.
    const qsizetype options = text.indexOf(u"Options:");
    return options < 0 ? text : text.mid(options + 8).trimmed();
}

} // namespace vramscope
