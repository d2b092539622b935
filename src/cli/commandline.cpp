#include "commandline.h"

#include "devicescommand.h"
#include "estimatecommand.h"
#include "fitcommand.h"
#include "gpuscommand.h"
#include "healthcommand.h"
#include "layoutcommand.h"
#include "logcommand.h"
#include "memorycommand.h"
#include "modelscommand.h"
#include "pscommand.h"
#include "servecommand.h"
#include "tokencommand.h"
#include "windowoptions.h"

#include <QTextStream>

namespace vramscope {

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<DevicesCommand>());
    m_commands.push_back(std::make_unique<HealthCommand>());
    m_commands.push_back(std::make_unique<FitCommand>());
    m_commands.push_back(std::make_unique<MemoryCommand>());
    m_commands.push_back(std::make_unique<LayoutCommand>());
    m_commands.push_back(std::make_unique<GpusCommand>());
    m_commands.push_back(std::make_unique<LogCommand>());
    m_commands.push_back(std::make_unique<EstimateCommand>());
    m_commands.push_back(std::make_unique<ModelsCommand>());
    m_commands.push_back(std::make_unique<PsCommand>());
    m_commands.push_back(std::make_unique<ServeCommand>());
    m_commands.push_back(std::make_unique<TokenCommand>());
}

CommandLine::~CommandLine() = default;

bool CommandLine::handles(const QStringList &arguments) const
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    if (first == u"help" || first == u"--help" || first == u"-h")
        return true;
    for (const auto &command : m_commands) {
        if (command->name() == first)
            return true;
    }
    return false;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    for (const auto &command : m_commands) {
        if (!arguments.isEmpty() && command->name() == arguments.first())
            return command->run(arguments, out, err);
    }
    printUsage(out);
    return Command::Success;
}

void CommandLine::printUsage(QTextStream &out) const
{
    out << "Usage: vramscope [--help] [COMMAND [OPTIONS]]\n"
           "       vramscope [WINDOW OPTIONS]\n\n"
           "Without a command, opens the dashboard window.\n\nCommands:\n";
    for (const auto &command : m_commands)
        out << "  " << command->name().leftJustified(10) << command->summary() << '\n';
    out << "\nRun 'vramscope COMMAND --help' for a command's options.\n\nWindow options:\n  "
        << WindowOptions::help() << '\n';
}

} // namespace vramscope
