#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QCommandLineParser;
class QJsonObject;
class QJsonValue;
class QTextStream;

namespace vramscope {

// One subcommand of the `vramscope` binary. The base class parses options,
// answers --help and reports bad usage; subclasses add options and act.
class Command
{
public:
    enum ExitCode
    {
        Success = 0,
        Refused = 1,      // the input was fine, but ollama would refuse it
        BadInput = 2,     // missing file, bad JSON, bad field, bad usage
        RunnerFailed = 3, // the runner was unreachable, timed out or answered with an error
    };

    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;

    // arguments start with the command's own name.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

protected:
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    // How many positional arguments the command takes (after its name); it
    // declares them in addOptions() with addPositionalArgument().
    virtual int maxPositionalArguments() const { return 0; }
    virtual int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) = 0;

    // Prints "vramscope NAME: message" on err and answers BadInput.
    int badInput(QTextStream &err, const QString &message) const;
    // Prints "vramscope NAME: message" on err and answers RunnerFailed.
    int runnerFailed(QTextStream &err, const QString &message) const;
    // The option's value, or an error on err when it was not given.
    std::optional<QString> requiredValue(const QCommandLineParser &parser, const QString &option,
                                         QTextStream &err) const;
    // The whole file, or a message on err naming the file and the reason.
    std::optional<QByteArray> readFile(const QString &path, QTextStream &err) const;
    static void printJson(QTextStream &out, const QJsonValue &value);
};

} // namespace vramscope
