#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace vramscope {

// The options of the window (`vramscope` without a command): defined once
// for the window's parser and for `vramscope --help`, and checked before
// any window exists, so that bad usage is refused at once.
struct WindowOptions
{
    QStringList endpoints; // runners to watch, HOST:PORT as checked
    QStringList logs;      // server log files to watch, absolute paths
    QStringList hosts;     // vramscope serve instances to watch, HOST:PORT as checked
    bool allowRemote = false;
    bool demo = false;
    bool demoIfNone = false;
    bool fresh = false;
    QString screenshot; // PNG to write, then exit; empty: none
    double afterSeconds = 5;

    static void addTo(QCommandLineParser &parser);
    // The options of a parser that addTo() filled and that has parsed;
    // nothing, with *error ("--endpoint: ..."), on bad values.
    static std::optional<WindowOptions> read(const QCommandLineParser &parser, QString *error);
    // The options as `vramscope --help` lists them.
    static QString help();
};

} // namespace vramscope
