#include "commandline.h"
#include "mainwindow.h"
#include "translations.h"
#include "windowoptions.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTextStream>
#include <QTimer>

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
    vramscope::Translations::install(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Watch GPU memory while ollama loads a model. Run 'vramscope help' for the commands."));
    parser.addVersionOption();
    parser.addHelpOption();
    vramscope::WindowOptions::addTo(parser);
    parser.process(app);
    // Bad usage is refused before a window exists or anything is polled.
    QString error;
    const std::optional<vramscope::WindowOptions> options =
        vramscope::WindowOptions::read(parser, &error);
    if (!options) {
        QTextStream(stderr) << "vramscope: " << error << '\n';
        return 2;
    }

    QNetworkAccessManager network;
    // Runners are local processes: a proxy from the environment must never
    // answer for one.
    network.setProxy(QNetworkProxy::NoProxy);
    vramscope::Workspace workspace(&network);
    vramscope::MainWindow window(
        &workspace,
        vramscope::SettingsStore(options->fresh ? vramscope::SettingsStore::Mode::Ignore
                                                : vramscope::SettingsStore::Mode::ReadWrite));
    // This machine's GPUs first, so that their drivers' figures lead each
    // row, and ollama's journal; then the saved and given sources, then
    // ollama's server and runners as they come and go.
    workspace.watchLocalGpus();
    workspace.watchServerLog();
    for (const QString &problem : window.restoreSettings())
        QTextStream(stderr) << "vramscope: saved source skipped: " << problem << '\n';
    for (const QString &address : options->endpoints) {
        // Given twice, or saved already: watched once.
        workspace.addSource(QStringLiteral("runner"), address, options->allowRemote, {},
                            vramscope::Workspace::Origin::User, nullptr);
    }
    for (const QString &address : options->hosts)
        workspace.addSource(QStringLiteral("vramscope"), address, options->allowRemote, {},
                            vramscope::Workspace::Origin::User, nullptr);
    for (const QString &path : options->logs)
        workspace.addSource(QStringLiteral("log"), path, false, {},
                            vramscope::Workspace::Origin::User, nullptr);
    workspace.startDiscovery();
    if (options->demo || (options->demoIfNone && !workspace.hasSources()))
        window.startDemo();
    window.show();

    if (!options->screenshot.isEmpty()) {
        const QString file = options->screenshot;
        QTimer::singleShot(qRound64(options->afterSeconds * 1000), &window, [&window, file] {
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
