#pragma once

#include "command.h"

namespace vramscope {

// `vramscope fit --endpoint HOST:PORT --layers NOTATION`: sends a runner a
// /load fit for the split and prints the memory it answers and whether the
// split fits. Allocates nothing on the runner.
class FitCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace vramscope
