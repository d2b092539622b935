#include "memorycommand.h"

#include "texttable.h"
#include "units.h"
#include "wireformat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace vramscope {

QString MemoryCommand::name() const
{
    return QStringLiteral("memory");
}

QString MemoryCommand::summary() const
{
    return QStringLiteral("Summarise a BackendMemory (a /load answer's Memory) as ollama logs it.");
}

void MemoryCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("file"),
                      QStringLiteral("A BackendMemory, as in the Memory of a /load answer."),
                      QStringLiteral("MEMORY.json")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
}

int MemoryCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const std::optional<QString> path = requiredValue(parser, QStringLiteral("file"), err);
    if (!path)
        return BadInput;
    const std::optional<QByteArray> body = readFile(*path, err);
    if (!body)
        return BadInput;
    WireError error;
    const std::optional<BackendMemory> memory = WireFormat::readBackendMemory(*body, &error);
    if (!memory)
        return badInput(err, *path + u": " + error.toString());

    const QList<BackendMemory::SummaryLine> lines = memory->summary();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const BackendMemory::SummaryLine &line : lines) {
            QJsonObject entry;
            entry.insert(QLatin1StringView("what"), line.what);
            if (line.what != u"total memory")
                entry.insert(QLatin1StringView("device"), line.device);
            entry.insert(QLatin1StringView("bytes"), qint64(line.bytes));
            list.append(entry);
        }
        printJson(out, list);
        return Success;
    }
    if (lines.isEmpty()) {
        out << "no memory required (every amount is zero)\n";
        return Success;
    }
    TextTable table({QStringLiteral("WHAT"), QStringLiteral("DEVICE"), QStringLiteral("SIZE")},
                    {TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Right});
    for (const BackendMemory::SummaryLine &line : lines)
        table.addRow({line.what, line.device, Units::humanBytes2(line.bytes)});
    table.print(out);
    return Success;
}

} // namespace vramscope
