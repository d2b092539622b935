#pragma once

#include "command.h"

namespace vramscope {

// `vramscope models`: the models of the ollama store(s), with size and
// quantization.
class ModelsCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace vramscope
