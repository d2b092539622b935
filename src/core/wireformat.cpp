#include "wireformat.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace vramscope::WireFormat {

namespace {

// Reads the Go runner's wire types (/info, /load, /health, BackendMemory).
class RunnerReader : public JsonReader
{
public:
    DeviceId deviceId(const QJsonObject &object)
    {
        auto text = [this](const QJsonValue &value) { return string(value); };
        return {member(object, QLatin1StringView("id"), text),
                member(object, QLatin1StringView("backend"), text)};
    }

    DeviceInfo deviceInfo(const QJsonValue &value)
    {
        const QJsonObject o = object(value);
        auto text = [this](const QJsonValue &v) { return string(v); };
        auto bytes = [this](const QJsonValue &v) { return uint64(v); };
        auto number = [this](const QJsonValue &v) { return int32(v); };
        DeviceInfo device;
        device.deviceId = deviceId(o);
        device.name = member(o, QLatin1StringView("name"), text);
        device.description = member(o, QLatin1StringView("description"), text);
        device.filteredId = member(o, QLatin1StringView("filtered_id"), text);
        device.integrated = member(o, QLatin1StringView("integration"),
                                   [this](const QJsonValue &v) { return boolean(v); });
        device.pciId = member(o, QLatin1StringView("pci_id"), text);
        device.totalMemory = member(o, QLatin1StringView("total_memory"), bytes);
        device.freeMemory = member(o, QLatin1StringView("free_memory"), bytes);
        device.computeMajor = member(o, QLatin1StringView("ComputeMajor"), number);
        device.computeMinor = member(o, QLatin1StringView("ComputeMinor"), number);
        device.driverMajor = member(o, QLatin1StringView("driver_major"), number);
        device.driverMinor = member(o, QLatin1StringView("driver_minor"), number);
        device.libraryPath = member(o, QLatin1StringView("LibraryPath"),
                                    [this](const QJsonValue &v) { return strings(v); });
        return device;
    }

    DeviceMemory deviceMemory(const QJsonValue &value)
    {
        const QJsonObject o = object(value);
        auto list = [this](const QJsonValue &v) { return uint64s(v); };
        DeviceMemory memory;
        memory.deviceId = deviceId(o);
        memory.name =
            member(o, QLatin1StringView("Name"), [this](const QJsonValue &v) { return string(v); });
        memory.weights = member(o, QLatin1StringView("Weights"), list);
        memory.cache = member(o, QLatin1StringView("Cache"), list);
        memory.graph = member(o, QLatin1StringView("Graph"),
                              [this](const QJsonValue &v) { return uint64(v); });
        return memory;
    }

    BackendMemory backendMemory(const QJsonValue &value)
    {
        const QJsonObject o = object(value);
        BackendMemory memory;
        memory.inputWeights = member(o, QLatin1StringView("InputWeights"),
                                     [this](const QJsonValue &v) { return uint64(v); });
        memory.cpu = member(o, QLatin1StringView("CPU"),
                            [this](const QJsonValue &v) { return deviceMemory(v); });
        memory.gpus = member(o, QLatin1StringView("GPUs"), [this](const QJsonValue &v) {
            return array(v, [this](const QJsonValue &e) { return deviceMemory(e); });
        });
        return memory;
    }

    GpuLayers gpuLayers(const QJsonValue &value)
    {
        const QJsonObject o = object(value);
        GpuLayers group;
        group.deviceId = deviceId(o);
        group.layers = member(o, QLatin1StringView("Layers"), [this](const QJsonValue &v) {
            return array(v, [this](const QJsonValue &e) { return int32(e, 0); });
        });
        return group;
    }

    GpuLayersList gpuLayersList(const QJsonValue &value)
    {
        return {array(value, [this](const QJsonValue &e) { return gpuLayers(e); })};
    }

    SystemInfo systemInfo(const QJsonValue &value)
    {
        const QJsonObject o = object(value);
        auto bytes = [this](const QJsonValue &v) { return uint64(v); };
        SystemInfo system;
        system.threadCount = member(o, QLatin1StringView("threads"),
                                    [this](const QJsonValue &v) { return int32(v, 0); });
        system.totalMemory = member(o, QLatin1StringView("total_memory"), bytes);
        system.freeMemory = member(o, QLatin1StringView("free_memory"), bytes);
        system.freeSwap = member(o, QLatin1StringView("free_swap"), bytes);
        return system;
    }

    LoadRequest loadRequest(const QJsonValue &value)
    {
        const QJsonObject o = object(value);
        auto number = [this](const QJsonValue &v) { return int32(v); };
        auto flag = [this](const QJsonValue &v) { return boolean(v); };
        auto text = [this](const QJsonValue &v) { return string(v); };
        LoadRequest request;
        request.operation =
            LoadRequest::Operation(member(o, QLatin1StringView("Operation"),
                                          [this](const QJsonValue &v) { return int32(v, 0, 3); }));
        request.loraPath = member(o, QLatin1StringView("LoraPath"),
                                  [this](const QJsonValue &v) { return strings(v); });
        request.parallel = member(o, QLatin1StringView("Parallel"), number);
        request.batchSize = member(o, QLatin1StringView("BatchSize"), number);
        request.flashAttention = member(o, QLatin1StringView("FlashAttention"), flag);
        request.kvSize = member(o, QLatin1StringView("KvSize"), number);
        request.kvCacheType = member(o, QLatin1StringView("KvCacheType"), text);
        request.numThreads = member(o, QLatin1StringView("NumThreads"), number);
        request.gpuLayers = member(o, QLatin1StringView("GPULayers"),
                                   [this](const QJsonValue &v) { return gpuLayersList(v); });
        request.multiUserCache = member(o, QLatin1StringView("MultiUserCache"), flag);
        request.projectorPath = member(o, QLatin1StringView("ProjectorPath"), text);
        request.mainGpu = member(o, QLatin1StringView("MainGPU"), number);
        request.useMmap = member(o, QLatin1StringView("UseMmap"), flag);
        return request;
    }

    LoadResponse loadResponse(const QJsonValue &value)
    {
        const QJsonObject o = object(value);
        LoadResponse response;
        response.success = member(o, QLatin1StringView("Success"),
                                  [this](const QJsonValue &v) { return boolean(v); });
        response.memory = member(o, QLatin1StringView("Memory"),
                                 [this](const QJsonValue &v) { return backendMemory(v); });
        return response;
    }

    RunnerHealth runnerHealth(const QJsonValue &value)
    {
        const QJsonObject o = object(value);
        RunnerHealth health;
        health.status =
            RunnerHealth::Status(member(o, QLatin1StringView("status"),
                                        [this](const QJsonValue &v) { return int32(v, 0, 5); }));
        health.progress = member(o, QLatin1StringView("progress"), [this](const QJsonValue &v) {
            if (v.isNull() || v.isUndefined())
                return 0.0f;
            if (!v.isDouble() || !(v.toDouble() >= 0.0 && v.toDouble() <= 1.0))
                fail(QCoreApplication::translate("vramscope::WireFormat",
                                                 "expected a number from 0 to 1, got %1")
                         .arg(describe(v)));
            return float(v.toDouble());
        });
        return health;
    }
};

QJsonValue nullWhenEmpty(const QJsonArray &array)
{
    return array.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(array);
}

QJsonValue bytesArray(const QList<quint64> &values)
{
    QJsonArray array;
    for (quint64 value : values)
        array.append(bytesValue(value));
    return nullWhenEmpty(array);
}

void putDeviceId(QJsonObject &object, const DeviceId &id)
{
    object.insert(QLatin1StringView("id"), id.id);
    if (!id.library.isEmpty())
        object.insert(QLatin1StringView("backend"), id.library);
}

} // namespace

std::optional<QList<DeviceInfo>> readDeviceInfoList(const QByteArray &body, WireError *error)
{
    return JsonReader::read<RunnerReader>(body, error, [](auto &r, const QJsonValue &top) {
        return r.array(r.expectArray(top), [&r](const QJsonValue &e) { return r.deviceInfo(e); });
    });
}

std::optional<BackendMemory> readBackendMemory(const QByteArray &body, WireError *error)
{
    return JsonReader::read<RunnerReader>(body, error, [](auto &r, const QJsonValue &top) {
        return r.backendMemory(r.expectObject(top));
    });
}

std::optional<GpuLayersList> readGpuLayersList(const QByteArray &body, WireError *error)
{
    return JsonReader::read<RunnerReader>(body, error, [](auto &r, const QJsonValue &top) {
        return r.gpuLayersList(r.expectArray(top));
    });
}

std::optional<SystemInfo> readSystemInfo(const QByteArray &body, WireError *error)
{
    return JsonReader::read<RunnerReader>(body, error, [](auto &r, const QJsonValue &top) {
        return r.systemInfo(r.expectObject(top));
    });
}

std::optional<LoadRequest> readLoadRequest(const QByteArray &body, WireError *error)
{
    return JsonReader::read<RunnerReader>(body, error, [](auto &r, const QJsonValue &top) {
        return r.loadRequest(r.expectObject(top));
    });
}

std::optional<LoadResponse> readLoadResponse(const QByteArray &body, WireError *error)
{
    return JsonReader::read<RunnerReader>(body, error, [](auto &r, const QJsonValue &top) {
        return r.loadResponse(r.expectObject(top));
    });
}

std::optional<RunnerHealth> readRunnerHealth(const QByteArray &body, WireError *error)
{
    return JsonReader::read<RunnerReader>(body, error, [](auto &r, const QJsonValue &top) {
        return r.runnerHealth(r.expectObject(top));
    });
}

QJsonObject toJson(const DeviceInfo &device)
{
    QJsonObject o;
    putDeviceId(o, device.deviceId);
    o.insert(QLatin1StringView("name"), device.name);
    o.insert(QLatin1StringView("description"), device.description);
    if (!device.filteredId.isEmpty())
        o.insert(QLatin1StringView("filtered_id"), device.filteredId);
    if (device.integrated)
        o.insert(QLatin1StringView("integration"), true);
    if (!device.pciId.isEmpty())
        o.insert(QLatin1StringView("pci_id"), device.pciId);
    o.insert(QLatin1StringView("total_memory"), bytesValue(device.totalMemory));
    if (device.freeMemory != 0)
        o.insert(QLatin1StringView("free_memory"), bytesValue(device.freeMemory));
    o.insert(QLatin1StringView("ComputeMajor"), device.computeMajor);
    o.insert(QLatin1StringView("ComputeMinor"), device.computeMinor);
    if (device.driverMajor != 0)
        o.insert(QLatin1StringView("driver_major"), device.driverMajor);
    if (device.driverMinor != 0)
        o.insert(QLatin1StringView("driver_minor"), device.driverMinor);
    o.insert(QLatin1StringView("LibraryPath"), stringArray(device.libraryPath));
    return o;
}

QJsonArray toJson(const QList<DeviceInfo> &devices)
{
    QJsonArray array;
    for (const DeviceInfo &device : devices)
        array.append(toJson(device));
    return array;
}

QJsonObject toJson(const DeviceMemory &memory)
{
    QJsonObject o;
    putDeviceId(o, memory.deviceId);
    o.insert(QLatin1StringView("Name"), memory.name);
    o.insert(QLatin1StringView("Weights"), bytesArray(memory.weights));
    o.insert(QLatin1StringView("Cache"), bytesArray(memory.cache));
    o.insert(QLatin1StringView("Graph"), bytesValue(memory.graph));
    return o;
}

QJsonObject toJson(const BackendMemory &memory)
{
    QJsonArray gpus;
    for (const DeviceMemory &gpu : memory.gpus)
        gpus.append(toJson(gpu));
    QJsonObject o;
    o.insert(QLatin1StringView("InputWeights"), bytesValue(memory.inputWeights));
    o.insert(QLatin1StringView("CPU"), toJson(memory.cpu));
    o.insert(QLatin1StringView("GPUs"), nullWhenEmpty(gpus));
    return o;
}

QJsonObject toJson(const GpuLayers &group)
{
    QJsonArray layers;
    for (int layer : group.layers)
        layers.append(layer);
    QJsonObject o;
    putDeviceId(o, group.deviceId);
    o.insert(QLatin1StringView("Layers"), nullWhenEmpty(layers));
    return o;
}

QJsonValue toJson(const GpuLayersList &list)
{
    QJsonArray groups;
    for (const GpuLayers &group : list.groups)
        groups.append(toJson(group));
    return nullWhenEmpty(groups);
}

QJsonObject toJson(const SystemInfo &system)
{
    QJsonObject o;
    if (system.threadCount != 0)
        o.insert(QLatin1StringView("threads"), system.threadCount);
    if (system.totalMemory != 0)
        o.insert(QLatin1StringView("total_memory"), bytesValue(system.totalMemory));
    if (system.freeMemory != 0)
        o.insert(QLatin1StringView("free_memory"), bytesValue(system.freeMemory));
    if (system.freeSwap != 0)
        o.insert(QLatin1StringView("free_swap"), bytesValue(system.freeSwap));
    return o;
}

QJsonObject toJson(const LoadRequest &request)
{
    QJsonObject o;
    o.insert(QLatin1StringView("Operation"), int(request.operation));
    o.insert(QLatin1StringView("LoraPath"), stringArray(request.loraPath));
    o.insert(QLatin1StringView("Parallel"), request.parallel);
    o.insert(QLatin1StringView("BatchSize"), request.batchSize);
    o.insert(QLatin1StringView("FlashAttention"), request.flashAttention);
    o.insert(QLatin1StringView("KvSize"), request.kvSize);
    o.insert(QLatin1StringView("KvCacheType"), request.kvCacheType);
    o.insert(QLatin1StringView("NumThreads"), request.numThreads);
    o.insert(QLatin1StringView("GPULayers"), toJson(request.gpuLayers));
    o.insert(QLatin1StringView("MultiUserCache"), request.multiUserCache);
    o.insert(QLatin1StringView("ProjectorPath"), request.projectorPath);
    o.insert(QLatin1StringView("MainGPU"), request.mainGpu);
    o.insert(QLatin1StringView("UseMmap"), request.useMmap);
    return o;
}

QJsonObject toJson(const LoadResponse &response)
{
    QJsonObject o;
    o.insert(QLatin1StringView("Success"), response.success);
    o.insert(QLatin1StringView("Memory"), toJson(response.memory));
    return o;
}

QJsonObject toJson(const RunnerHealth &health)
{
    QJsonObject o;
    o.insert(QLatin1StringView("status"), int(health.status));
    o.insert(QLatin1StringView("progress"), double(health.progress));
    return o;
}

std::optional<qint64> exactInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    // toInteger() answers its default for anything that is not a whole
    // qint64; two different defaults tell that apart from a real value.
    const qint64 first = value.toInteger(0);
    const qint64 second = value.toInteger(1);
    if (first != second)
        return std::nullopt;
    return first;
}

QJsonValue bytesValue(quint64 bytes)
{
    // Readers cap byte counts at INT64_MAX, so larger values never arrive here.
    return QJsonValue(qint64(qMin<quint64>(bytes, quint64(std::numeric_limits<qint64>::max()))));
}

QJsonValue measuredBytes(quint64 bytes)
{
    return bytes > quint64(std::numeric_limits<qint64>::max()) ? QJsonValue()
                                                               : QJsonValue(qint64(bytes));
}

QJsonValue measuredBytes(const std::optional<quint64> &bytes)
{
    return bytes ? measuredBytes(*bytes) : QJsonValue();
}

QJsonArray toJson(const QList<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

QJsonValue stringArray(const QStringList &values)
{
    return nullWhenEmpty(QJsonArray::fromStringList(values));
}

QByteArray toBytes(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return QByteArrayLiteral("null");
}

} // namespace vramscope::WireFormat
