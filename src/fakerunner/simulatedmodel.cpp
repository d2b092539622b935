#include "simulatedmodel.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vramscope {

namespace {

std::nullopt_t fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

// A byte count: a non-negative integer that a double holds exactly.
std::optional<quint64> bytes(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 first = value.toInteger(-1);
    if (first < 0 || first != value.toInteger(-2))
        return std::nullopt;
    return quint64(first);
}

// Bytes of a cache of this type per f16 byte, as ggml's block sizes give
// them: q8_0 stores 32 values in 34 bytes, q4_0 in 18, f16 in 64.
std::optional<std::pair<quint64, quint64>> cacheRatio(const QString &type, bool flashAttention)
{
    // Without flash attention llama.cpp keeps the cache at f16.
    if (type.isEmpty() || type == u"f16" || !flashAttention)
        return std::pair<quint64, quint64>{1, 1};
    if (type == u"q8_0")
        return std::pair<quint64, quint64>{34, 64};
    if (type == u"q4_0")
        return std::pair<quint64, quint64>{18, 64};
    return std::nullopt;
}

} // namespace

std::optional<SimulatedModel> SimulatedModel::fromJson(const QJsonObject &object, QString *error)
{
    SimulatedModel model;
    const QJsonValue layers = object.value(QLatin1StringView("layers"));
    const QJsonValue weights = object.value(QLatin1StringView("layer_weights"));
    if (weights.isArray()) {
        const QJsonArray list = weights.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const std::optional<quint64> value = bytes(list.at(i));
            if (!value)
                return fail(error, u"model.layer_weights[" + QString::number(i) +
                                       u"]: expected a byte count");
            model.layerWeights.append(*value);
        }
        if (!layers.isUndefined() && layers.toInteger(-1) != list.size())
            return fail(error, QStringLiteral("model.layers differs from the length of "
                                              "model.layer_weights"));
    } else {
        const std::optional<quint64> each = bytes(weights);
        const qint64 count = layers.toInteger(-1);
        if (!each || count < 1 || count > 1000)
            return fail(error, QStringLiteral("model: expected \"layers\" (1 to 1000) and "
                                              "\"layer_weights\" (bytes per layer, or a list)"));
        model.layerWeights = QList<quint64>(count, *each);
    }
    if (model.layerWeights.isEmpty())
        return fail(error, QStringLiteral("model.layer_weights: the model needs layers"));

    struct Field
    {
        QLatin1StringView name;
        quint64 *target;
    };
    quint64 outputWeights = 0;
    const Field fields[] = {
        {QLatin1StringView("output_weights"), &outputWeights},
        {QLatin1StringView("kv_bytes_per_token"), &model.kvBytesPerToken},
        {QLatin1StringView("graph"), &model.graph},
        {QLatin1StringView("cpu_graph"), &model.cpuGraph},
        {QLatin1StringView("input_weights"), &model.inputWeights},
    };
    for (const Field &field : fields) {
        const QJsonValue value = object.value(field.name);
        if (value.isUndefined())
            continue;
        const std::optional<quint64> number = bytes(value);
        if (!number)
            return fail(error, u"model." + QString(field.name) + u": expected a byte count");
        *field.target = *number;
    }
    model.layerWeights.last() += outputWeights;
    return model;
}

std::optional<BackendMemory> SimulatedModel::memoryFor(const LoadRequest &request,
                                                       const QList<DeviceInfo> &devices,
                                                       QString *error) const
{
    const auto ratio = cacheRatio(request.kvCacheType, request.flashAttention);
    if (!ratio)
        return fail(error,
                    u"unsupported cache type '" + request.kvCacheType + u"' (f16, q8_0, q4_0)");
    const int count = layerCount();
    const quint64 cachePerLayer =
        kvBytesPerToken * quint64(qMax(0, request.kvSize)) * ratio->first / ratio->second;
    const quint64 batch = request.batchSize > 0 ? quint64(request.batchSize) : 512;

    BackendMemory memory;
    memory.inputWeights = inputWeights;
    memory.cpu.deviceId = {QStringLiteral("cpu"), QStringLiteral("cpu")};
    memory.cpu.name = QStringLiteral("CPU");
    memory.cpu.weights = layerWeights;
    memory.cpu.cache = QList<quint64>(count, cachePerLayer);
    for (const DeviceInfo &device : devices) {
        DeviceMemory gpu;
        gpu.deviceId = device.deviceId;
        gpu.name = device.name;
        gpu.weights = QList<quint64>(count, 0);
        gpu.cache = QList<quint64>(count, 0);
        memory.gpus.append(gpu);
    }

    QList<bool> placed(count, false);
    for (const GpuLayers &group : request.gpuLayers.groups) {
        // The notation carries no library: an id alone names the device.
        qsizetype index = -1;
        for (qsizetype i = 0; i < devices.size(); ++i) {
            const DeviceId &id = devices[i].deviceId;
            if (id.id == group.deviceId.id &&
                (group.deviceId.library.isEmpty() || id.library == group.deviceId.library)) {
                index = i;
                break;
            }
        }
        if (index < 0 && !group.layers.isEmpty())
            return fail(error, u"no device ID:" + group.deviceId.id +
                                   (group.deviceId.library.isEmpty()
                                        ? QString()
                                        : u" (" + group.deviceId.library + u')') +
                                   u" on this runner");
        for (int layer : group.layers) {
            if (layer < 0 || layer >= count)
                return fail(error, u"layer " + QString::number(layer) +
                                       u" is out of range: the model has " +
                                       QString::number(count) + u" layers");
            if (placed[layer])
                return fail(error, u"layer " + QString::number(layer) + u" is assigned twice");
            placed[layer] = true;
            DeviceMemory &gpu = memory.gpus[index];
            gpu.weights[layer] = layerWeights[layer];
            gpu.cache[layer] = cachePerLayer;
            gpu.graph = graph * batch / 512;
            memory.cpu.weights[layer] = 0;
            memory.cpu.cache[layer] = 0;
        }
    }
    if (placed.contains(false))
        memory.cpu.graph = cpuGraph * batch / 512;
    return memory;
}

bool SimulatedModel::fits(const BackendMemory &memory, const QList<DeviceInfo> &devices)
{
    for (const DeviceMemory &gpu : memory.gpus) {
        for (const DeviceInfo &device : devices) {
            if (device.deviceId == gpu.deviceId && gpu.size() > device.freeMemory)
                return false;
        }
    }
    return true;
}

} // namespace vramscope
