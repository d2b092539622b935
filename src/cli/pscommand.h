#pragma once

#include "command.h"

namespace vramscope {

// `vramscope ps [--endpoint HOST:PORT] [--timeout S] [--json]`: the models
// the ollama server has loaded, in `ollama ps`'s columns, after the
// server's version. Without --endpoint the server is found as ollama's
// client finds it: OLLAMA_HOST, then 127.0.0.1:11434.
class PsCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace vramscope
