#pragma once

#include <QStringList>

#include <memory>
#include <vector>

class QTextStream;

namespace vramscope {

class Command;

// The headless side of the `vramscope` binary: picks the subcommand named
// by the first argument and runs it. Needs no display.
class CommandLine
{
public:
    CommandLine();
    ~CommandLine();

    // Whether arguments (without the program name) ask for a subcommand
    // rather than the window.
    bool handles(const QStringList &arguments) const;

    // Runs the subcommand and answers its exit status.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    void printUsage(QTextStream &out) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace vramscope
