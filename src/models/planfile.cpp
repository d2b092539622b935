#include "planfile.h"

#include "layerassignmentmodel.h"
#include "layersplit.h"
#include "units.h"
#include "wireformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <limits>

namespace vramscope {

namespace {

constexpr QLatin1StringView FormatKey("vramscope_plan");

// Thrown inside fromJson() only, with the message for the user.
struct PlanError
{
    QString message;
};

[[noreturn]] void fail(const QString &message)
{
    throw PlanError{message};
}

// An exact integer in [minimum, maximum]; missing means fallback.
qint64 integer(const QJsonObject &object, QLatin1StringView key, qint64 fallback, qint64 minimum,
               qint64 maximum)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    const std::optional<qint64> number = WireFormat::exactInteger(value);
    if (!number || *number < minimum || *number > maximum)
        fail(PlanFile::tr("settings.%1: expected a whole number from %2 to %3")
                 .arg(key)
                 .arg(minimum)
                 .arg(maximum));
    return *number;
}

bool boolean(const QJsonObject &object, QLatin1StringView key, bool fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool())
        fail(PlanFile::tr("settings.%1: expected true or false").arg(key));
    return value.toBool();
}

// Reads a part with the wire reader of its type, naming the part on failure.
template <typename Read> auto part(const QJsonValue &value, const QString &name, Read read)
{
    WireError error;
    auto result = read(WireFormat::toBytes(value), &error);
    if (!result)
        fail(error.path.isEmpty() ? QString(name + u": " + error.message)
             : error.path.startsWith(u'[')
                 ? QString(name + error.path + u": " + error.message)
                 : QString(name + u'.' + error.path + u": " + error.message));
    return *result;
}

void readSettings(const QJsonObject &settings, PlanFile &plan)
{
    constexpr qint64 intMax = std::numeric_limits<int>::max();
    plan.layout.numGpu = int(integer(settings, QLatin1StringView("num_gpu"), -1, -1, intMax));
    plan.layout.requireFull = boolean(settings, QLatin1StringView("require_full"), false);
    plan.layout.spread = boolean(settings, QLatin1StringView("spread"), false);
    plan.layout.gpuOverhead = quint64(integer(settings, QLatin1StringView("gpu_overhead"), 0, 0,
                                              std::numeric_limits<qint64>::max()));
    const QJsonValue era = settings.value(QLatin1StringView("era"));
    if (era == QJsonValue(QLatin1StringView("llama-server")))
        plan.layout.era = OllamaVersion::Era::LlamaServer;
    else if (!era.isUndefined() && era != QJsonValue(QLatin1StringView("go-runner")))
        fail(PlanFile::tr("settings.era: expected \"go-runner\" or \"llama-server\""));
    plan.layout.mainGpu = int(integer(settings, QLatin1StringView("main_gpu"), -1, -1, intMax));
    plan.layout.fitTarget = quint64(integer(settings, QLatin1StringView("fit_target"),
                                            qint64(LlamaServerSettings::DefaultFitTarget), 0,
                                            std::numeric_limits<qint64>::max()));
    const QJsonValue backoff = settings.value(QLatin1StringView("backoff"));
    if (!backoff.isUndefined()) {
        if (!backoff.isDouble() || !(backoff.toDouble() >= 0.0 && backoff.toDouble() <= 1.0))
            fail(PlanFile::tr("settings.backoff: expected a number from 0 to 1"));
        plan.layout.backoff = float(backoff.toDouble());
    }
    plan.fit.contextSize =
        int(integer(settings, QLatin1StringView("context_size"), 4096, 1, intMax));
    plan.fit.parallel = int(integer(settings, QLatin1StringView("parallel"), 1, 1, intMax));
    plan.fit.batchSize = int(integer(settings, QLatin1StringView("batch_size"), 512, 1, intMax));
    plan.fit.flashAttention = boolean(settings, QLatin1StringView("flash_attention"), false);
    const QJsonValue cacheType = settings.value(QLatin1StringView("kv_cache_type"));
    if (!cacheType.isUndefined() && !cacheType.isString())
        fail(PlanFile::tr("settings.kv_cache_type: expected a string"));
    plan.fit.kvCacheType = cacheType.toString();
}

PlanFile readPlan(const QJsonObject &object)
{
    PlanFile plan;
    const qint64 version = object.value(FormatKey).toInteger(-1);
    if (version < 1)
        fail(PlanFile::tr("%1: expected a format version number").arg(FormatKey));
    if (version > PlanFile::Version)
        fail(PlanFile::tr("written by a newer vramscope (plan format %1; this one reads %2)")
                 .arg(version)
                 .arg(PlanFile::Version));
    plan.endpoint = object.value(QLatin1StringView("endpoint")).toString();
    plan.devices = part(object.value(QLatin1StringView("devices")), QStringLiteral("devices"),
                        WireFormat::readDeviceInfoList);
    const QJsonValue memory = object.value(QLatin1StringView("memory"));
    if (!memory.isNull() && !memory.isUndefined())
        plan.memory = part(memory, QStringLiteral("memory"), WireFormat::readBackendMemory);
    const QJsonValue system = object.value(QLatin1StringView("system"));
    if (!system.isUndefined())
        plan.system = part(system, QStringLiteral("system"), WireFormat::readSystemInfo);
    plan.split = part(object.value(QLatin1StringView("split")), QStringLiteral("split"),
                      WireFormat::readGpuLayersList);
    const QJsonValue settings = object.value(QLatin1StringView("settings"));
    if (!settings.isUndefined() && !settings.isObject())
        fail(PlanFile::tr("settings: expected an object"));
    readSettings(settings.toObject(), plan);

    const QJsonValue count = object.value(QLatin1StringView("layer_count"));
    if (count.isUndefined() && plan.memory) {
        plan.layerCount = int(plan.memory->cpu.weights.size());
    } else {
        const std::optional<qint64> layers = WireFormat::exactInteger(count);
        if (!layers || *layers < 0 || *layers > LayerAssignmentModel::MaxLayers)
            fail(PlanFile::tr("layer_count: expected a whole number from 0 to %1")
                     .arg(LayerAssignmentModel::MaxLayers));
        plan.layerCount = int(*layers);
    }
    if (plan.memory && plan.memory->cpu.weights.size() != plan.layerCount)
        fail(PlanFile::tr("layer_count says %1 layers, the memory report %2")
                 .arg(plan.layerCount)
                 .arg(plan.memory->cpu.weights.size()));
    QString error;
    if (!LayerSplit::fromGpuLayers(plan.split, plan.devices, plan.layerCount, &error))
        fail(u"split: " + error);
    return plan;
}

} // namespace

QByteArray PlanFile::toJson() const
{
    QJsonObject settings;
    settings.insert(QLatin1StringView("num_gpu"), layout.numGpu);
    settings.insert(QLatin1StringView("require_full"), layout.requireFull);
    settings.insert(QLatin1StringView("spread"), layout.spread);
    settings.insert(QLatin1StringView("gpu_overhead"), WireFormat::bytesValue(layout.gpuOverhead));
    settings.insert(QLatin1StringView("backoff"), double(layout.backoff));
    // Whose rules "Plan like ollama" follows, and today's knobs.
    settings.insert(QLatin1StringView("era"), layout.era == OllamaVersion::Era::LlamaServer
                                                  ? QStringLiteral("llama-server")
                                                  : QStringLiteral("go-runner"));
    settings.insert(QLatin1StringView("main_gpu"), layout.mainGpu);
    settings.insert(QLatin1StringView("fit_target"), WireFormat::bytesValue(layout.fitTarget));
    settings.insert(QLatin1StringView("context_size"), fit.contextSize);
    settings.insert(QLatin1StringView("parallel"), fit.parallel);
    settings.insert(QLatin1StringView("batch_size"), fit.batchSize);
    settings.insert(QLatin1StringView("flash_attention"), fit.flashAttention);
    settings.insert(QLatin1StringView("kv_cache_type"), fit.kvCacheType);

    QJsonObject object;
    object.insert(FormatKey, Version);
    object.insert(QLatin1StringView("endpoint"), endpoint);
    object.insert(QLatin1StringView("devices"), WireFormat::toJson(devices));
    object.insert(QLatin1StringView("memory"),
                  memory ? QJsonValue(WireFormat::toJson(*memory)) : QJsonValue());
    object.insert(QLatin1StringView("system"), WireFormat::toJson(system));
    object.insert(QLatin1StringView("layer_count"), layerCount);
    object.insert(QLatin1StringView("split"), WireFormat::toJson(split));
    // For people reading the file; the split above is what is read back.
    object.insert(QLatin1StringView("split_text"), split.toString());
    object.insert(QLatin1StringView("settings"), settings);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<PlanFile> PlanFile::fromJson(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    try {
        if (parseError.error != QJsonParseError::NoError)
            fail(tr("not valid JSON at byte %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString()));
        if (document.isArray()) {
            PlanFile file;
            file.kind = Kind::Devices;
            file.devices =
                part(document.array(), tr("the /info body"), WireFormat::readDeviceInfoList);
            return file;
        }
        const QJsonObject object = document.object();
        if (object.contains(FormatKey))
            return readPlan(object);
        PlanFile file;
        if (object.contains(QLatin1StringView("Memory")) &&
            object.contains(QLatin1StringView("Success"))) {
            file.kind = Kind::FitAnswer;
            file.memory = part(object, tr("the /load answer"), WireFormat::readLoadResponse).memory;
        } else if (object.contains(QLatin1StringView("CPU")) ||
                   object.contains(QLatin1StringView("GPUs")) ||
                   object.contains(QLatin1StringView("InputWeights"))) {
            file.kind = Kind::Memory;
            file.memory = part(object, tr("the memory report"), WireFormat::readBackendMemory);
        } else {
            fail(tr("not a plan, an /info body, a memory report (BackendMemory) or a /load "
                    "answer"));
        }
        file.layerCount =
            int(qMin<qsizetype>(file.memory->cpu.weights.size(), std::numeric_limits<int>::max()));
        return file;
    } catch (const PlanError &planError) {
        if (error)
            *error = planError.message;
        return std::nullopt;
    }
}

bool PlanFile::save(const QString &path, QString *error) const
{
    const QByteArray bytes = toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not save %1: %2. Any earlier file there is unchanged.")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<PlanFile> PlanFile::open(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize) {
        if (error)
            *error = tr("%1 is larger than %2 MiB: not a plan or a runner's answer")
                         .arg(path)
                         .arg(MaxFileSize / Units::MebiByte);
        return std::nullopt;
    }
    QString reason;
    std::optional<PlanFile> plan = fromJson(bytes, &reason);
    if (!plan && error)
        *error = tr("%1: %2").arg(path, reason);
    return plan;
}

} // namespace vramscope
