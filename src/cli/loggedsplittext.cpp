#include "loggedsplittext.h"

#include "logcomparison.h"
#include "texttable.h"
#include "units.h"
#include "wireformat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace vramscope {

namespace {

QString layersOf(int layers)
{
    return layers < 0 ? QStringLiteral("?") : QString::number(layers);
}

QString offloaded(int layers, int of)
{
    return layersOf(layers) + u'/' + layersOf(of);
}

QJsonValue countValue(int count)
{
    return count < 0 ? QJsonValue() : QJsonValue(count);
}

// A setting the log gave, "?" where it did not.
QString settingOf(int value)
{
    return value > 0 ? QString::number(value) : QStringLiteral("?");
}

QJsonValue settingValue(int value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue();
}

QString cacheTypeOf(const ModelLoad &load)
{
    return load.kvCacheType.isEmpty() ? QStringLiteral("f16") : load.kvCacheType;
}

void printSplit(QTextStream &out, const LoggedSplit &split)
{
    out << "\nthe log's last load of this model (started " << split.loadStarted << "): offloaded "
        << offloaded(split.loggedLayers, split.loggedLayerCount) << "; planned "
        << offloaded(split.plannedLayers, split.layerCount) << ": "
        << (split.agrees() ? "they agree" : "they differ") << '\n';
    using Align = TextTable::Align;
    TextTable table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("IN THE LOG"),
                     QStringLiteral("PLANNED LAYERS"), QStringLiteral("LOGGED LAYERS"),
                     QStringLiteral("PLANNED BYTES"), QStringLiteral("LOGGED BYTES")},
                    {Align::Left, Align::Left, Align::Left, Align::Right, Align::Right,
                     Align::Right, Align::Right});
    const QString none = QStringLiteral("-");
    for (const LoggedSplit::Device &device : split.devices) {
        table.addRow(
            {device.device.deviceId.id, device.device.name,
             device.loggedName.isEmpty() ? none : device.loggedName,
             QString::number(device.plannedLayers), layersOf(device.loggedLayers),
             Units::humanBytes2(device.plannedBytes),
             device.loggedBytes ? Units::humanBytes2(quint64(device.loggedBytes->bytes)) : none});
    }
    table.print(out);
    out << "BYTES: planned layers + compute buffer; logged weights + KV cache + compute buffer\n";
}

QJsonObject splitJson(const LoggedSplit &split)
{
    QJsonArray devices;
    for (const LoggedSplit::Device &device : split.devices) {
        QJsonObject row;
        row.insert(QLatin1StringView("id"), device.device.deviceId.id);
        row.insert(QLatin1StringView("name"), device.device.name);
        row.insert(QLatin1StringView("logged_name"),
                   device.loggedName.isEmpty() ? QJsonValue() : QJsonValue(device.loggedName));
        row.insert(QLatin1StringView("planned_layers"), device.plannedLayers);
        row.insert(QLatin1StringView("logged_layers"), countValue(device.loggedLayers));
        row.insert(QLatin1StringView("planned_bytes"), WireFormat::bytesValue(device.plannedBytes));
        row.insert(QLatin1StringView("logged_bytes"),
                   device.loggedBytes ? WireFormat::bytesValue(quint64(device.loggedBytes->bytes))
                                      : QJsonValue());
        devices.append(row);
    }
    QJsonObject result;
    result.insert(QLatin1StringView("planned_layers"), split.plannedLayers);
    result.insert(QLatin1StringView("layer_count"), split.layerCount);
    result.insert(QLatin1StringView("logged_layers"), countValue(split.loggedLayers));
    result.insert(QLatin1StringView("logged_layer_count"), countValue(split.loggedLayerCount));
    result.insert(QLatin1StringView("agrees"), split.agrees());
    result.insert(QLatin1StringView("devices"), devices);
    return result;
}

} // namespace

void LoggedSplitText::print(QTextStream &out, const QString &logPath, const LogComparison &logged)
{
    if (!logged.load) {
        out << "\nno load of this model in " << logPath << ": nothing to compare\n";
        return;
    }
    const ModelLoad &load = *logged.load;
    if (!logged.split) {
        out << "\nthe log's last load of this model (started " << load.started << ") ran with -c "
            << settingOf(load.contextSize) << " -np " << settingOf(load.parallel) << ", KV cache "
            << cacheTypeOf(load) << ": other settings than this plan's, so it is not compared\n";
        return;
    }
    printSplit(out, *logged.split);
    if (logged.measuredGraphs >= 0) {
        const qsizetype devices = logged.split->devices.size();
        out << "compute buffers: measured by that load on " << logged.measuredGraphs << " of the "
            << devices << " devices"
            << (logged.measuredGraphs < devices ? ", estimated on the rest\n" : "\n");
    }
}

QJsonValue LoggedSplitText::toJson(const LogComparison &logged)
{
    if (!logged.load)
        return QJsonValue();
    const ModelLoad &load = *logged.load;
    QJsonObject result = logged.split ? splitJson(*logged.split) : QJsonObject();
    result.insert(QLatin1StringView("started"), load.started);
    result.insert(QLatin1StringView("same_settings"), logged.sameSettings);
    result.insert(QLatin1StringView("context"), settingValue(load.contextSize));
    result.insert(QLatin1StringView("parallel"), settingValue(load.parallel));
    result.insert(QLatin1StringView("kv_cache_type"), cacheTypeOf(load));
    if (logged.split && logged.measuredGraphs >= 0)
        result.insert(QLatin1StringView("measured_compute_buffers"), logged.measuredGraphs);
    return result;
}

} // namespace vramscope
