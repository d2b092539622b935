#pragma once

#include "command.h"

namespace vramscope {

// `vramscope health --endpoint HOST:PORT`: a runner's status and load progress.
class HealthCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace vramscope
