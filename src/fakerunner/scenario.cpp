#include "scenario.h"

#include "ollamaversion.h"
#include "wireformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vramscope {

namespace {

const QString BuiltinFolder = QStringLiteral(":/vramscope/scenarios");

std::nullopt_t fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

// The layers spread evenly, the first devices taking one more when they do
// not divide.
GpuLayersList evenSplit(int layers, const QList<DeviceInfo> &devices)
{
    GpuLayersList list;
    int next = 0;
    for (qsizetype i = 0; i < devices.size(); ++i) {
        const int share = layers / int(devices.size()) + (i < layers % devices.size() ? 1 : 0);
        GpuLayers group{devices[i].deviceId, {}};
        for (int j = 0; j < share; ++j)
            group.layers.append(next++);
        list.groups.append(group);
    }
    return list;
}

std::optional<LoadRequest> readLoad(const QJsonObject &object, const Scenario &scenario,
                                    QString *error)
{
    LoadRequest request;
    request.operation = LoadRequest::Operation::Commit;
    request.kvSize = object.value(QLatin1StringView("kv_size")).toInt(4096);
    request.parallel = object.value(QLatin1StringView("parallel")).toInt(1);
    request.batchSize = object.value(QLatin1StringView("batch_size")).toInt(512);
    request.flashAttention = object.value(QLatin1StringView("flash_attention")).toBool(false);
    request.kvCacheType = object.value(QLatin1StringView("kv_cache_type")).toString();
    const QJsonValue layers = object.value(QLatin1StringView("layers"));
    if (layers.isString()) {
        QString notationError;
        const std::optional<GpuLayersList> list =
            GpuLayersList::fromString(layers.toString(), &notationError);
        if (!list)
            return fail(error, u"load.layers: " + notationError);
        request.gpuLayers = *list;
    } else if (!layers.isUndefined()) {
        return fail(error, QStringLiteral("load.layers: expected ollama's notation as a "
                                          "string, e.g. \"2[ID:0 Layers:2(0..1)]\""));
    } else {
        request.gpuLayers = evenSplit(scenario.model.layerCount(), scenario.devices);
    }
    QString memoryError;
    if (!scenario.model.memoryFor(request, scenario.devices, &memoryError))
        return fail(error, u"load: " + memoryError);
    return request;
}

} // namespace

std::optional<Scenario> Scenario::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, u"not JSON at offset " + QString::number(parseError.offset) + u": " +
                               parseError.errorString());
    if (!document.isObject())
        return fail(error, QStringLiteral("expected a JSON object"));
    const QJsonObject root = document.object();

    Scenario scenario;
    scenario.name = root.value(QLatin1StringView("name")).toString();
    scenario.description = root.value(QLatin1StringView("description")).toString();

    const QJsonValue devices = root.value(QLatin1StringView("devices"));
    if (!devices.isArray())
        return fail(error, QStringLiteral("devices: expected a list of DeviceInfo (as /info)"));
    WireError wireError;
    const std::optional<QList<DeviceInfo>> list = WireFormat::readDeviceInfoList(
        QJsonDocument(devices.toArray()).toJson(QJsonDocument::Compact), &wireError);
    if (!list)
        return fail(error, QStringLiteral("devices") +
                               (wireError.path.isEmpty() ? QStringLiteral(": ") : QString()) +
                               wireError.toString());
    scenario.devices = *list;

    const QJsonValue model = root.value(QLatin1StringView("model"));
    if (!model.isObject())
        return fail(error, QStringLiteral("model: expected an object"));
    const std::optional<SimulatedModel> simulated =
        SimulatedModel::fromJson(model.toObject(), error);
    if (!simulated)
        return std::nullopt;
    scenario.model = *simulated;

    const QJsonValue loadSeconds = root.value(QLatin1StringView("load_seconds"));
    if (!loadSeconds.isUndefined() && !(loadSeconds.toDouble(-1) > 0))
        return fail(error, QStringLiteral("load_seconds: expected a positive number"));
    scenario.loadSeconds = loadSeconds.toDouble(scenario.loadSeconds);

    const QJsonValue load = root.value(QLatin1StringView("load"));
    if (!load.isUndefined() && !load.isObject())
        return fail(error, QStringLiteral("load: expected an object"));
    const std::optional<LoadRequest> request = readLoad(load.toObject(), scenario, error);
    if (!request)
        return std::nullopt;
    scenario.loadRequest = *request;
    const QJsonValue after = load.toObject().value(QLatin1StringView("after"));
    if (!after.isUndefined()) {
        if (!(after.toDouble(-1) >= 0))
            return fail(error, QStringLiteral("load.after: expected seconds (>= 0)"));
        scenario.loadAfter = after.toDouble();
    }

    const QJsonArray faults = root.value(QLatin1StringView("faults")).toArray();
    for (qsizetype i = 0; i < faults.size(); ++i) {
        QString faultError;
        const std::optional<Fault> fault = Fault::fromJson(faults.at(i).toObject(), &faultError);
        if (!fault)
            return fail(error, u"faults[" + QString::number(i) + u"]: " + faultError);
        scenario.faults.append(*fault);
    }
    scenario.faultPeriod = root.value(QLatin1StringView("fault_period")).toDouble(0);

    const QJsonValue ollama = root.value(QLatin1StringView("ollama"));
    if (!ollama.isUndefined() && !ollama.isObject())
        return fail(error, QStringLiteral("ollama: expected an object"));
    const QJsonObject server = ollama.toObject();
    const QString version = server.value(QLatin1StringView("version")).toString();
    QString versionError;
    if (ollama.isObject() && !OllamaVersion::parse(version, &versionError))
        return fail(error, u"ollama.version: " + versionError);
    scenario.ollamaVersion = version;
    const QString modelName = server.value(QLatin1StringView("model")).toString();
    if (!modelName.isEmpty())
        scenario.modelName = modelName;
    const QJsonValue keepAlive = server.value(QLatin1StringView("keep_alive"));
    if (!keepAlive.isUndefined() && !keepAlive.isDouble())
        return fail(error, QStringLiteral("ollama.keep_alive: expected seconds"));
    scenario.keepAliveSeconds = keepAlive.toDouble(scenario.keepAliveSeconds);
    return scenario;
}

std::optional<Scenario> Scenario::load(const QString &nameOrPath, QString *error)
{
    const QString builtin = BuiltinFolder + u'/' + nameOrPath + u".json";
    const bool isBuiltin = !nameOrPath.contains(u'/') && QFileInfo::exists(builtin);
    QFile file(isBuiltin ? builtin : nameOrPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, nameOrPath + u": no such scenario file, and not a shipped scenario (" +
                               builtinNames().join(QStringLiteral(", ")) + u')');
    QString readError;
    std::optional<Scenario> scenario = fromJson(file.readAll(), &readError);
    if (!scenario)
        return fail(error, nameOrPath + u": " + readError);
    if (scenario->name.isEmpty())
        scenario->name = QFileInfo(nameOrPath).baseName();
    return scenario;
}

QStringList Scenario::builtinNames()
{
    QStringList names;
    const QStringList files = QDir(BuiltinFolder).entryList({QStringLiteral("*.json")});
    for (const QString &file : files)
        names.append(QFileInfo(file).completeBaseName());
    return names;
}

} // namespace vramscope
