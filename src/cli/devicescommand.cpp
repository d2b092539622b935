#include "devicescommand.h"

#include "devicelist.h"
#include "runneroptions.h"
#include "runnerrequest.h"
#include "texttable.h"
#include "units.h"
#include "wireformat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace vramscope {

QString DevicesCommand::name() const
{
    return QStringLiteral("devices");
}

QString DevicesCommand::summary() const
{
    return QStringLiteral("List the GPUs of a runner's /info body, or of a running runner.");
}

void DevicesCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("file"), QStringLiteral("A runner's /info body."),
                      QStringLiteral("INFO.json")});
    RunnerOptions::addTo(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of a table.")});
}

int DevicesCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    if (RunnerOptions::isSet(parser)) {
        if (parser.isSet(QStringLiteral("file")))
            return badInput(err, QStringLiteral("give either --file or --endpoint, not both"));
        QString error;
        const std::optional<RunnerOptions> runner = RunnerOptions::read(parser, &error);
        if (!runner)
            return badInput(err, error);
        const RunnerResult result = runner->query(RunnerRequest::info());
        if (!result.isOk())
            return runnerFailed(err, result.message);
        return print(*result.devices, json, out);
    }

    if (!parser.isSet(QStringLiteral("file")))
        return badInput(
            err, QStringLiteral("give --file INFO.json or --endpoint HOST:PORT (see --help)"));
    const QString path = parser.value(QStringLiteral("file"));
    const std::optional<QByteArray> body = readFile(path, err);
    if (!body)
        return BadInput;
    WireError error;
    const std::optional<QList<DeviceInfo>> devices = WireFormat::readDeviceInfoList(*body, &error);
    if (!devices)
        return badInput(err, path + u": " + error.toString());
    return print(*devices, json, out);
}

int DevicesCommand::print(const QList<DeviceInfo> &devices, bool json, QTextStream &out)
{
    const bool flashAttention = DeviceList::flashAttentionSupported(devices);
    const QMap<QString, QString> env = DeviceList::visibleDevicesEnv(devices);

    if (json) {
        QJsonArray list;
        for (const DeviceInfo &device : devices) {
            QJsonObject entry = WireFormat::toJson(device);
            entry.insert(QLatin1StringView("compute"), device.compute());
            entry.insert(QLatin1StringView("driver"), device.driver());
            entry.insert(QLatin1StringView("minimum_memory"), qint64(device.minimumMemory()));
            list.append(entry);
        }
        QJsonObject envObject;
        for (auto it = env.constBegin(); it != env.constEnd(); ++it)
            envObject.insert(it.key(), it.value());
        QJsonObject result;
        result.insert(QLatin1StringView("devices"), list);
        result.insert(QLatin1StringView("flash_attention"), flashAttention);
        result.insert(QLatin1StringView("visible_devices_env"), envObject);
        printJson(out, result);
        return Success;
    }

    if (devices.isEmpty()) {
        out << "no GPUs (the runner reported an empty list: CPU only)\n";
        return Success;
    }
    using Align = TextTable::Align;
    TextTable table({QStringLiteral("ID"), QStringLiteral("LIBRARY"), QStringLiteral("NAME"),
                     QStringLiteral("DESCRIPTION"), QStringLiteral("PCI ID"),
                     QStringLiteral("TOTAL"), QStringLiteral("FREE"), QStringLiteral("COMPUTE"),
                     QStringLiteral("DRIVER")},
                    {Align::Left, Align::Left, Align::Left, Align::Left, Align::Left, Align::Right,
                     Align::Right, Align::Left, Align::Left});
    for (const DeviceInfo &device : devices) {
        table.addRow({device.deviceId.id, device.deviceId.library, device.name, device.description,
                      device.pciId, Units::humanBytes2(device.totalMemory),
                      Units::humanBytes2(device.freeMemory), device.compute(), device.driver()});
    }
    table.print(out);
    out << "\nflash attention: " << (flashAttention ? "supported" : "not supported") << '\n';
    for (auto it = env.constBegin(); it != env.constEnd(); ++it)
        out << it.key() << '=' << it.value() << '\n';
    return Success;
}

} // namespace vramscope
