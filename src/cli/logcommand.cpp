#include "logcommand.h"

#include "serverlogfile.h"
#include "serverlogfollower.h"
#include "serverlogparser.h"
#include "texttable.h"
#include "units.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace vramscope {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject shareJson(const ModelLoad::Share &share)
{
    return {{QLatin1StringView("weights"), share.weights.bytes},
            {QLatin1StringView("kv_cache"), share.kvCache.bytes},
            {QLatin1StringView("graph"), share.graph.bytes},
            {QLatin1StringView("other"), share.other.bytes}};
}

QJsonObject loadJson(const ModelLoad &load)
{
    QJsonArray devices;
    for (const ModelLoad::DeviceShare &device : load.devices) {
        QJsonObject entry = shareJson(device.share);
        entry.insert(QLatin1StringView("name"), device.name);
        devices.append(entry);
    }
    QJsonObject object;
    object.insert(QLatin1StringView("model"), orNull(load.modelDigest));
    object.insert(QLatin1StringView("era"), ModelLoad::eraName(load.era));
    object.insert(QLatin1StringView("started"), orNull(load.started));
    object.insert(QLatin1StringView("finished"), orNull(load.finished));
    object.insert(QLatin1StringView("resident"), load.resident);
    object.insert(QLatin1StringView("partial"), load.partial);
    object.insert(QLatin1StringView("layers_offloaded"), load.layersOffloaded < 0
                                                             ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(load.layersOffloaded));
    object.insert(QLatin1StringView("layers_total"), load.layersTotal < 0
                                                         ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(load.layersTotal));
    object.insert(QLatin1StringView("split"),
                  load.split ? QJsonValue(load.split->toString()) : QJsonValue(QJsonValue::Null));
    object.insert(QLatin1StringView("devices"), devices);
    object.insert(QLatin1StringView("host"), shareJson(load.host));
    return object;
}

QString state(const ModelLoad &load)
{
    if (load.crashed)
        return QStringLiteral("crashed");
    if (!load.resident)
        return QStringLiteral("gone");
    return load.isFinished() ? QStringLiteral("resident") : QStringLiteral("loading");
}

QString size(const LoggedBytes &bytes)
{
    return Units::humanBytes2(quint64(bytes.bytes));
}

} // namespace

QString LogCommand::name() const
{
    return QStringLiteral("log");
}

QString LogCommand::summary() const
{
    return QStringLiteral("Read ollama's server log: each model load and where its memory went.");
}

void LogCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QStringLiteral("The log (journalctl -u ollama output, server.log), or - for standard input "
                       "(the default when it is not a terminal)."),
        QStringLiteral("[FILE | -]"));
    parser.addOption({QStringLiteral("follow"),
                      QStringLiteral("Keep reading as the log grows (through truncation and "
                                     "rotation); print each load as it finishes.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text (with "
                                                             "--follow, one object per line).")});
}

int LogCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const bool follow = parser.isSet(QStringLiteral("follow"));
    const bool json = parser.isSet(QStringLiteral("json"));
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        if (isatty(STDIN_FILENO))
            return badInput(err, QStringLiteral("no log given and standard input is a terminal: "
                                                "name a FILE, or pipe one in "
                                                "(journalctl -u ollama -o cat | vramscope log)"));
        path = QStringLiteral("-");
    }
    if (follow && path != u"-")
        return followFile(path, json, out, err);

    ServerLogParser logParser;
    const int status = path == u"-" ? readStandardInput(logParser, follow, json, out, err)
                                    : readLogFile(path, logParser, err);
    if (status != Success || follow)
        return status;
    printAll(logParser, json, out);
    return Success;
}

int LogCommand::readStandardInput(ServerLogParser &logParser, bool follow, bool json,
                                  QTextStream &out, QTextStream &err)
{
    // read(2) answers with what a pipe has now, so a follower such as
    // `journalctl -f` is printed as it goes.
    QByteArray buffer(ServerLogFile::ChunkBytes, Qt::Uninitialized);
    for (;;) {
        const ssize_t count = ::read(STDIN_FILENO, buffer.data(), size_t(buffer.size()));
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0)
            return badInput(err, u"standard input: cannot read: " +
                                     QString::fromLocal8Bit(std::strerror(errno)));
        if (count == 0)
            break;
        logParser.addData(QByteArrayView(buffer.constData(), count));
        if (follow) {
            for (const ModelLoad &load : logParser.takeFinishedLoads())
                printLoad(load, json, out);
            out.flush();
        }
    }
    logParser.finish();
    return Success;
}

int LogCommand::readLogFile(const QString &path, ServerLogParser &logParser, QTextStream &err)
{
    QString error;
    if (!ServerLogFile::readInto(path, logParser, &error))
        return badInput(err, error);
    return Success;
}

int LogCommand::followFile(const QString &path, bool json, QTextStream &out, QTextStream &err)
{
    if (!QFile::exists(path))
        return badInput(err, path + u": no such file");
    ServerLogFollower follower;
    QObject::connect(&follower, &ServerLogFollower::loadFinished, &follower,
                     [&](const ModelLoad &load) {
                         printLoad(load, json, out);
                         out.flush();
                     });
    QObject::connect(&follower, &ServerLogFollower::failed, &follower, [&](const QString &message) {
        badInput(err, message);
        QCoreApplication::exit(BadInput);
    });
    follower.followFile(path);
    return QCoreApplication::exec();
}

void LogCommand::printAll(const ServerLogParser &logParser, bool json, QTextStream &out)
{
    if (json) {
        QJsonArray loads;
        for (const ModelLoad &load : logParser.loads())
            loads.append(loadJson(load));
        QJsonObject object;
        object.insert(QLatin1StringView("version"), orNull(logParser.version()));
        object.insert(QLatin1StringView("loads"), loads);
        object.insert(QLatin1StringView("skipped_lines"), logParser.skippedLines());
        printJson(out, object);
        return;
    }
    out << "ollama "
        << (logParser.version().isEmpty() ? u"(version not in the log)"_s : logParser.version())
        << ": " << logParser.loads().size() << (logParser.loads().size() == 1 ? " load" : " loads")
        << ", " << logParser.skippedLines() << " of " << logParser.lineCount()
        << " lines skipped\n";
    for (const ModelLoad &load : logParser.loads()) {
        out << '\n';
        printLoad(load, false, out);
    }
}

void LogCommand::printLoad(const ModelLoad &load, bool json, QTextStream &out)
{
    if (json) {
        out << QJsonDocument(loadJson(load)).toJson(QJsonDocument::Compact) << '\n';
        return;
    }
    out << "model " << (load.modelDigest.isEmpty() ? u"(not in the log)"_s : load.modelDigest)
        << " (" << ModelLoad::eraName(load.era) << "), " << state(load);
    if (!load.started.isEmpty())
        out << ", started " << load.started;
    if (load.partial)
        out << ", partial: the log began during this load";
    out << '\n';
    QStringList settings;
    if (load.layersOffloaded >= 0)
        settings << u"layers on GPUs: "_s + QString::number(load.layersOffloaded) + u" of "_s +
                        QString::number(load.layersTotal);
    if (load.split)
        settings << u"split: "_s + load.split->toString();
    if (load.contextSize > 0)
        settings << u"context: "_s + QString::number(load.contextSize);
    if (load.parallel > 0)
        settings << u"parallel: "_s + QString::number(load.parallel);
    if (!load.kvCacheType.isEmpty())
        settings << u"KV cache: "_s + load.kvCacheType;
    if (!settings.isEmpty())
        out << settings.join(u"   "_s) << '\n';
    TextTable table({QStringLiteral("DEVICE"), QStringLiteral("WEIGHTS"),
                     QStringLiteral("KV CACHE"), QStringLiteral("GRAPH"), QStringLiteral("OTHER"),
                     QStringLiteral("TOTAL")},
                    {TextTable::Align::Left, TextTable::Align::Right, TextTable::Align::Right,
                     TextTable::Align::Right, TextTable::Align::Right, TextTable::Align::Right});
    const auto addRow = [&table](const QString &name, const ModelLoad::Share &share) {
        table.addRow({name, size(share.weights), size(share.kvCache), size(share.graph),
                      size(share.other), size(share.total())});
    };
    for (const ModelLoad::DeviceShare &device : load.devices)
        addRow(device.name, device.share);
    addRow(QStringLiteral("host"), load.host);
    table.print(out);
}

} // namespace vramscope
