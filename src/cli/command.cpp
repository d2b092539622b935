#include "command.h"

#include "units.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace vramscope {

namespace {

// Inputs are JSON bodies of a few KiB; anything past this is not one.
constexpr qint64 MaxInputBytes = 64 * Units::MebiByte;

} // namespace

int Command::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    addOptions(parser);
    if (!parser.parse(arguments))
        return badInput(err, parser.errorText() + u" (see --help)");
    if (parser.isSet(help)) {
        // helpText()'s first line names the binary's path, not the command.
        const QString text = parser.helpText();
        out << "Usage: vramscope " << name() << " [options]" << text.mid(text.indexOf(u'\n'));
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > maxPositionalArguments())
        return badInput(err, u"unexpected argument '" + positional.at(maxPositionalArguments()) +
                                 u"' (see --help)");
    return execute(parser, out, err);
}

int Command::badInput(QTextStream &err, const QString &message) const
{
    err << "vramscope " << name() << ": " << message << '\n';
    return BadInput;
}

int Command::runnerFailed(QTextStream &err, const QString &message) const
{
    err << "vramscope " << name() << ": " << message << '\n';
    return RunnerFailed;
}

std::optional<QString> Command::requiredValue(const QCommandLineParser &parser,
                                              const QString &option, QTextStream &err) const
{
    if (!parser.isSet(option)) {
        badInput(err, u"--" + option + u" is required (see --help)");
        return std::nullopt;
    }
    return parser.value(option);
}

std::optional<QByteArray> Command::readFile(const QString &path, QTextStream &err) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        badInput(err, path + u": cannot open: " + file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxInputBytes) {
        badInput(err, path + u": larger than " + QString::number(MaxInputBytes / Units::MebiByte) +
                          u" MiB, not a runner's JSON");
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        badInput(err, path + u": cannot read: " + file.errorString());
        return std::nullopt;
    }
    return bytes;
}

void Command::printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << document.toJson(QJsonDocument::Indented);
}

} // namespace vramscope
