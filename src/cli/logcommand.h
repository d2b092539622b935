#pragma once

#include "command.h"

namespace vramscope {

class ServerLogParser;
struct ModelLoad;

// `vramscope log [FILE | -] [--follow] [--json]`: the loads in ollama's
// server log, per load where its memory went.
class LogCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int maxPositionalArguments() const override { return 1; }
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    int readStandardInput(ServerLogParser &logParser, bool follow, bool json, QTextStream &out,
                          QTextStream &err);
    int readLogFile(const QString &path, ServerLogParser &logParser, QTextStream &err);
    int followFile(const QString &path, bool json, QTextStream &out, QTextStream &err);
    static void printLoad(const ModelLoad &load, bool json, QTextStream &out);
    static void printAll(const ServerLogParser &logParser, bool json, QTextStream &out);
};

} // namespace vramscope
