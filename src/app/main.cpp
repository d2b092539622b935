#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
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
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("vramscope"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    vramscope::MainWindow window;
    window.show();
    return app.exec();
}
