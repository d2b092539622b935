#include "commandline.h"
#include "localrunnerscan.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("vramscope"));
    QCoreApplication::setApplicationName(QStringLiteral("vramscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VRAMSCOPE_VERSION));
}

void installTranslators(QTranslator &qt, QTranslator &own)
{
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    if (own.load(QLocale(), QStringLiteral("vramscope"), QStringLiteral("_"),
                 QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&own);
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    vramscope::CommandLine commandLine;
    if (commandLine.handles(arguments)) {
        // Subcommands are for scripts: no display needed.
        QCoreApplication app(argc, argv);
        setIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return commandLine.run(arguments, out, err);
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/vramscope/vramscope.svg")));
    QTranslator qtTranslator;
    QTranslator translator;
    installTranslators(qtTranslator, translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Watch GPU memory while ollama loads a model. Run 'vramscope help' for the commands."));
    parser.addVersionOption();
    const QCommandLineOption endpointOption(
        QStringLiteral("endpoint"),
        QCoreApplication::translate("main", "Watch the runner at HOST:PORT (repeatable)."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption allowRemoteOption(
        QStringLiteral("allow-remote"),
        QCoreApplication::translate("main", "Allow endpoints off this machine."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start the simulated runner and watch it."));
    const QCommandLineOption demoIfNoneOption(
        QStringLiteral("demo-if-none"),
        QCoreApplication::translate("main",
                                    "Start the simulated runner when no endpoint is configured."));
    const QCommandLineOption freshOption(
        QStringLiteral("fresh"),
        QCoreApplication::translate("main", "Ignore saved endpoints and window layout."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Render the window to FILE (PNG) after --after seconds, then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption afterOption(
        QStringLiteral("after"),
        QCoreApplication::translate("main", "Seconds before the screenshot (default 5)."),
        QStringLiteral("SECONDS"), QStringLiteral("5"));
    parser.addOptions({endpointOption, allowRemoteOption, demoOption, demoIfNoneOption, freshOption,
                       screenshotOption, afterOption});
    parser.process(app);

    QNetworkAccessManager network;
    // Runners are local processes: a proxy from the environment must never
    // answer for one.
    network.setProxy(QNetworkProxy::NoProxy);
    vramscope::MainWindow window(&network);
    if (!parser.isSet(freshOption))
        window.restoreSettings();
    const auto policy = parser.isSet(allowRemoteOption)
                            ? vramscope::Endpoint::RemotePolicy::AllowRemote
                            : vramscope::Endpoint::RemotePolicy::LoopbackOnly;
    for (const QString &text : parser.values(endpointOption)) {
        QString error;
        const std::optional<vramscope::Endpoint> endpoint =
            vramscope::Endpoint::parse(text, policy, &error);
        if (!endpoint) {
            QTextStream(stderr) << "vramscope: --endpoint: " << error << '\n';
            return 2;
        }
        window.addEndpoint(*endpoint);
    }
    // Runners already serving a model on this machine are watched at once.
    for (quint16 port : vramscope::LocalRunnerScan().ports())
        window.addEndpoint(vramscope::Endpoint::loopback(port));
    if (parser.isSet(demoOption) || (parser.isSet(demoIfNoneOption) && !window.hasEndpoints()))
        window.startDemo();
    window.show();

    if (parser.isSet(screenshotOption)) {
        bool ok = false;
        const double seconds = parser.value(afterOption).toDouble(&ok);
        if (!ok || seconds < 0) {
            QTextStream(stderr) << "vramscope: --after: '" << parser.value(afterOption)
                                << "' is not a number of seconds\n";
            return 2;
        }
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(qRound64(seconds * 1000), &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            QTextStream(saved ? stdout : stderr)
                << (saved ? "vramscope: screenshot saved to " : "vramscope: could not write ")
                << file << '\n';
            window.close();
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
