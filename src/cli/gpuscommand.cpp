#include "gpuscommand.h"

#include "nativeprobe.h"
#include "nvmllibrary.h"
#include "texttable.h"
#include "units.h"
#include "wireformat.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace vramscope {

namespace {

QString humanBytes(const std::optional<quint64> &value)
{
    return value ? Units::humanBytes2(*value) : u"unknown"_s;
}

} // namespace

QString GpusCommand::name() const
{
    return u"gpus"_s;
}

QString GpusCommand::summary() const
{
    return u"List this machine's GPUs, their memory and processes (NVML, amdgpu sysfs)."_s;
}

void GpusCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"json"_s, u"Print JSON instead of a table."_s});
    parser.addOption({u"root"_s,
                      u"Read /sys and /proc under DIR instead of / (NVML is not affected)."_s,
                      u"DIR"_s, u"/"_s});
}

int GpusCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString root = parser.value(u"root"_s);
    if (!QFileInfo(root).isDir())
        return badInput(err, u"--root "_s + root + u": not a folder"_s);
    // "/" + "/proc" would be "//proc": the probes join root and path as is.
    NativeProbe probe(root == u"/" ? QString() : root, NvmlLibrary::defaultPath());
    const NativeProbeResult result = probe.probe();
    if (parser.isSet(u"json"_s))
        printJson(out, toJson(result));
    else
        printText(result, out);
    return Success;
}

QJsonObject GpusCommand::toJson(const NativeProbeResult &result)
{
    QJsonArray gpus;
    for (const NativeGpu &gpu : result.gpus) {
        QJsonArray processes;
        for (const NativeProcess &process : gpu.processes) {
            processes.append(
                QJsonObject{{u"pid"_s, qint64(process.pid)},
                            {u"command"_s, process.command},
                            {u"used_memory"_s, WireFormat::measuredBytes(process.usedMemory)}});
        }
        QJsonObject entry{{u"vendor"_s, gpu.vendor},
                          {u"index"_s, gpu.index},
                          {u"id"_s, gpu.id},
                          {u"name"_s, gpu.name},
                          {u"pci_id"_s, gpu.pciId},
                          {u"total_memory"_s, WireFormat::measuredBytes(gpu.totalMemory)},
                          {u"used_memory"_s, WireFormat::measuredBytes(gpu.usedMemory)},
                          {u"free_memory"_s, WireFormat::measuredBytes(gpu.freeMemory)},
                          {u"unified_memory"_s, gpu.unifiedMemory},
                          {u"source"_s, gpu.source},
                          {u"compute"_s, gpu.compute},
                          {u"driver"_s, gpu.driver},
                          {u"processes"_s, processes}};
        if (gpu.gttTotal)
            entry.insert(u"gtt_total_memory"_s, WireFormat::measuredBytes(gpu.gttTotal));
        if (gpu.gttUsed)
            entry.insert(u"gtt_used_memory"_s, WireFormat::measuredBytes(gpu.gttUsed));
        gpus.append(entry);
    }
    QJsonArray probes;
    for (const NativeProbeStatus &status : result.probes) {
        probes.append(QJsonObject{{u"probe"_s, status.probe},
                                  {u"state"_s, NativeProbeStatus::stateName(status.state)},
                                  {u"message"_s, status.message},
                                  {u"warnings"_s, QJsonArray::fromStringList(status.warnings)}});
    }
    return QJsonObject{
        {u"gpus"_s, gpus},
        {u"system"_s,
         QJsonObject{{u"total_memory"_s, WireFormat::measuredBytes(result.system.totalMemory)},
                     {u"free_memory"_s, WireFormat::measuredBytes(result.system.freeMemory)},
                     {u"free_swap"_s, WireFormat::measuredBytes(result.system.freeSwap)}}},
        {u"probes"_s, probes}};
}

void GpusCommand::printText(const NativeProbeResult &result, QTextStream &out)
{
    using Align = TextTable::Align;
    if (result.gpus.isEmpty()) {
        out << "no GPUs found\n";
    } else {
        TextTable gpus({u"GPU"_s, u"VENDOR"_s, u"NAME"_s, u"PCI ID"_s, u"USED"_s, u"FREE"_s,
                        u"TOTAL"_s, u"PROCS"_s, u"SOURCE"_s, u"ID"_s},
                       {Align::Right, Align::Left, Align::Left, Align::Left, Align::Right,
                        Align::Right, Align::Right, Align::Right, Align::Left, Align::Left});
        bool anyProcess = false;
        for (const NativeGpu &gpu : result.gpus) {
            gpus.addRow({QString::number(gpu.index), gpu.vendor, gpu.name, gpu.pciId,
                         Units::humanBytes2(gpu.usedMemory), Units::humanBytes2(gpu.freeMemory),
                         Units::humanBytes2(gpu.totalMemory), QString::number(gpu.processes.size()),
                         gpu.unifiedMemory ? gpu.source + u", unified memory"_s : gpu.source,
                         gpu.id.isEmpty() ? u"-"_s : gpu.id});
            anyProcess = anyProcess || !gpu.processes.isEmpty();
        }
        gpus.print(out);
        if (anyProcess) {
            out << '\n';
            TextTable processes({u"PCI ID"_s, u"PID"_s, u"USED"_s, u"COMMAND"_s},
                                {Align::Left, Align::Right, Align::Right, Align::Left});
            for (const NativeGpu &gpu : result.gpus) {
                for (const NativeProcess &process : gpu.processes) {
                    processes.addRow({gpu.pciId, QString::number(process.pid),
                                      humanBytes(process.usedMemory),
                                      process.command.isEmpty() ? u"?"_s : process.command});
                }
            }
            processes.print(out);
        }
    }
    const SystemInfo &system = result.system;
    out << "\nsystem memory: total " << Units::humanBytes2(system.totalMemory) << ", free "
        << Units::humanBytes2(system.freeMemory) << ", free swap "
        << Units::humanBytes2(system.freeSwap) << '\n';
    for (const NativeProbeStatus &status : result.probes) {
        if (status.message.isEmpty() && status.warnings.isEmpty())
            continue;
        out << status.probe << ": " << NativeProbeStatus::stateName(status.state);
        if (!status.message.isEmpty())
            out << ", " << status.message;
        out << '\n';
        for (const QString &warning : status.warnings)
            out << "  warning: " << warning << '\n';
    }
}

} // namespace vramscope
