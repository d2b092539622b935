#pragma once

#include "command.h"

namespace vramscope {

// `vramscope devices`: the devices of a runner's /info body.
class DevicesCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace vramscope
