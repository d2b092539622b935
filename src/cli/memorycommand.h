#pragma once

#include "command.h"

namespace vramscope {

// `vramscope memory`: the summary ollama logs for a BackendMemory.
class MemoryCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace vramscope
