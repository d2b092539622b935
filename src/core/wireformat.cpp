#include "wireformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <cmath>
#include <limits>

namespace vramscope::WireFormat {

namespace {

// Thrown inside the reader only; every public reader catches it.
struct ReadFailure
{
    WireError error;
};

// Walks a parsed document, keeping the path of the value being read so that
// every failure can say where it happened.
class Reader
{
public:
    // Appends a path component for the lifetime of the scope.
    // One step of the path: a field name, or an array index when key is empty.
    struct Component
    {
        QLatin1StringView key;
        qsizetype index = 0;
    };

    // Pushes a path component for the lifetime of the scope. The path is
    // spelled out only on failure: building it for every field read cost
    // more than the parsing itself.
    class Scope
    {
    public:
        Scope(Reader &reader, Component component) : m_reader(reader)
        {
            m_reader.m_path.append(component);
        }
        ~Scope() { m_reader.m_path.removeLast(); }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        Reader &m_reader;
    };

    [[noreturn]] void fail(const QString &message) const
    {
        throw ReadFailure{{pathText(), message}};
    }

    // "GPUs[0].Weights[3]".
    QString pathText() const
    {
        QString text;
        for (const Component &component : m_path) {
            if (component.key.isEmpty())
                text += u'[' + QString::number(component.index) + u']';
            else
                text += (text.isEmpty() ? QString() : QStringLiteral(".")) + QString(component.key);
        }
        return text;
    }

    // Go matches field names exactly first, then case-insensitively.
    static QJsonValue field(const QJsonObject &object, QLatin1StringView key)
    {
        const auto exact = object.constFind(key);
        if (exact != object.constEnd())
            return *exact;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key().compare(key, Qt::CaseInsensitive) == 0)
                return *it;
        }
        return QJsonValue(QJsonValue::Undefined);
    }

    template <typename Read>
    auto member(const QJsonObject &object, QLatin1StringView key, Read read)
    {
        Scope scope(*this, {key});
        return read(field(object, key));
    }

    // What a value is, for "expected ..., got %1". JSON's own literals and
    // numbers stay as JSON writes them.
    static QString describe(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::String:
            //: What a JSON value is, after "got".
            return QCoreApplication::translate("vramscope::WireFormat", "a string");
        case QJsonValue::Array:
            //: What a JSON value is, after "got".
            return QCoreApplication::translate("vramscope::WireFormat", "an array");
        case QJsonValue::Object:
            //: What a JSON value is, after "got".
            return QCoreApplication::translate("vramscope::WireFormat", "an object");
        case QJsonValue::Double: {
            const double number = value.toDouble();
            if (std::fabs(number) >= 9223372036854775807.0)
                //: What a JSON value is, after "got".
                return QCoreApplication::translate("vramscope::WireFormat", "a number past %1")
                    .arg(std::numeric_limits<qint64>::max());
            return QString::number(number, 'g', 17);
        }
        case QJsonValue::Undefined:
            break;
        }
        //: What a JSON value is, after "got": the field is missing.
        return QCoreApplication::translate("vramscope::WireFormat", "nothing");
    }

    // A missing or null field is zero; a null array element is not.
    quint64 uint64(const QJsonValue &value, bool nullIsZero = true) const
    {
        if ((value.isNull() && nullIsZero) || value.isUndefined())
            return 0;
        const std::optional<qint64> number = exactInteger(value);
        if (!number || *number < 0)
            fail(QCoreApplication::translate("vramscope::WireFormat",
                                             "expected a non-negative integer, got %1")
                     .arg(describe(value)));
        return quint64(*number);
    }

    int int32(const QJsonValue &value, int minimum = std::numeric_limits<int>::min(),
              int maximum = std::numeric_limits<int>::max()) const
    {
        if (value.isNull() || value.isUndefined())
            return 0;
        const std::optional<qint64> number = exactInteger(value);
        if (!number || *number < minimum || *number > maximum) {
            if (minimum == std::numeric_limits<int>::min())
                fail(QCoreApplication::translate("vramscope::WireFormat",
                                                 "expected an integer, got %1")
                         .arg(describe(value)));
            fail(QCoreApplication::translate("vramscope::WireFormat",
                                             "expected an integer from %1 to %2, got %3")
                     .arg(QString::number(minimum), QString::number(maximum), describe(value)));
        }
        return int(*number);
    }

    bool boolean(const QJsonValue &value) const
    {
        if (value.isNull() || value.isUndefined())
            return false;
        if (!value.isBool())
            fail(QCoreApplication::translate("vramscope::WireFormat",
                                             "expected true or false, got %1")
                     .arg(describe(value)));
        return value.toBool();
    }

    QString string(const QJsonValue &value, bool nullIsEmpty = true) const
    {
        if ((value.isNull() && nullIsEmpty) || value.isUndefined())
            return QString();
        if (!value.isString())
            fail(QCoreApplication::translate("vramscope::WireFormat", "expected a string, got %1")
                     .arg(describe(value)));
        return value.toString();
    }

    QJsonObject object(const QJsonValue &value) const
    {
        if (value.isNull() || value.isUndefined())
            return QJsonObject();
        if (!value.isObject())
            fail(QCoreApplication::translate("vramscope::WireFormat", "expected an object, got %1")
                     .arg(describe(value)));
        return value.toObject();
    }

    // Reads every element with read(element), each under its own [index].
    template <typename Read> auto array(const QJsonValue &value, Read read)
    {
        QList<decltype(read(QJsonValue()))> result;
        if (value.isNull() || value.isUndefined())
            return result;
        if (!value.isArray())
            fail(QCoreApplication::translate("vramscope::WireFormat", "expected an array, got %1")
                     .arg(describe(value)));
        const QJsonArray elements = value.toArray();
        result.reserve(elements.size());
        for (qsizetype i = 0; i < elements.size(); ++i) {
            Scope scope(*this, {{}, i});
            const QJsonValue element = elements.at(i);
            if (element.isNull())
                fail(QCoreApplication::translate("vramscope::WireFormat",
                                                 "a null element where a value belongs"));
            result.append(read(element));
        }
        return result;
    }

    QList<quint64> uint64s(const QJsonValue &value)
    {
        return array(value, [this](const QJsonValue &element) { return uint64(element, false); });
    }

    QStringList strings(const QJsonValue &value)
    {
        return array(value, [this](const QJsonValue &element) { return string(element, false); });
    }

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

    // ollama's server API (/api/...) and llama-server's endpoints. Unlike a
    // runner's Go structs, these fields are always written: a missing one
    // means the answer is not what it claims to be.
    QJsonValue required(const QJsonObject &object, QLatin1StringView key) const
    {
        const QJsonValue value = field(object, key);
        if (value.isUndefined())
            fail(QStringLiteral("missing"));
        return value;
    }

    template <typename Read>
    auto requiredMember(const QJsonObject &object, QLatin1StringView key, Read read)
    {
        Scope scope(*this, {key});
        return read(required(object, key));
    }

    // RFC 3339 as Go writes a time.Time: up to nine fractional digits
    // (QDateTime keeps milliseconds) and a zone.
    QDateTime time(const QJsonValue &value) const
    {
        static const QRegularExpression pattern(
            QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d{1,9}))?(Z|[+-]"
                           "\\d\\d:\\d\\d)$"));
        const QRegularExpressionMatch match = pattern.match(string(value, false));
        QDateTime time;
        if (match.hasMatch()) {
            const QString fraction = match.captured(2).leftJustified(3, u'0').left(3);
            time = QDateTime::fromString(match.captured(1) + u'.' + fraction + match.captured(3),
                                         Qt::ISODateWithMs);
        }
        if (!time.isValid())
            fail(u"expected an RFC 3339 time such as 2026-06-03T10:20:02.123456789+02:00, got " +
                 (value.isString() ? u'\'' + value.toString().left(40) + u'\'' : describe(value)));
        return time;
    }

    ModelDetails modelDetails(const QJsonValue &value)
    {
        const QJsonObject o = object(value);
        auto text = [this](const QJsonValue &v) { return string(v); };
        ModelDetails details;
        details.parentModel = member(o, QLatin1StringView("parent_model"), text);
        details.format = member(o, QLatin1StringView("format"), text);
        details.family = member(o, QLatin1StringView("family"), text);
        details.families = member(o, QLatin1StringView("families"),
                                  [this](const QJsonValue &v) { return strings(v); });
        details.parameterSize = member(o, QLatin1StringView("parameter_size"), text);
        details.quantizationLevel = member(o, QLatin1StringView("quantization_level"), text);
        return details;
    }

    RunningModel runningModel(const QJsonValue &value)
    {
        if (!value.isObject())
            fail(u"expected an object, got " + describe(value));
        const QJsonObject o = value.toObject();
        auto text = [this](const QJsonValue &v) { return string(v, false); };
        auto bytes = [this](const QJsonValue &v) { return uint64(v, false); };
        RunningModel model;
        model.name = requiredMember(o, QLatin1StringView("name"), text);
        model.model = member(o, QLatin1StringView("model"),
                             [this](const QJsonValue &v) { return string(v); });
        model.digest = requiredMember(o, QLatin1StringView("digest"), text);
        model.size = requiredMember(o, QLatin1StringView("size"), bytes);
        model.sizeVram = requiredMember(o, QLatin1StringView("size_vram"), bytes);
        if (model.sizeVram > model.size) {
            Scope scope(*this, {QLatin1StringView("size_vram")});
            fail(u"is above size (" + QString::number(model.sizeVram) + u" > " +
                 QString::number(model.size) + u"): not a split ollama makes");
        }
        model.contextLength = member(o, QLatin1StringView("context_length"),
                                     [this](const QJsonValue &v) { return int32(v, 0); });
        model.expiresAt = requiredMember(o, QLatin1StringView("expires_at"),
                                         [this](const QJsonValue &v) { return time(v); });
        model.details = member(o, QLatin1StringView("details"),
                               [this](const QJsonValue &v) { return modelDetails(v); });
        return model;
    }

    LocalModel localModel(const QJsonValue &value)
    {
        if (!value.isObject())
            fail(u"expected an object, got " + describe(value));
        const QJsonObject o = value.toObject();
        LocalModel model;
        model.name = requiredMember(o, QLatin1StringView("name"),
                                    [this](const QJsonValue &v) { return string(v, false); });
        model.model = member(o, QLatin1StringView("model"),
                             [this](const QJsonValue &v) { return string(v); });
        model.modifiedAt = member(o, QLatin1StringView("modified_at"), [this](const QJsonValue &v) {
            return v.isUndefined() ? QDateTime() : time(v);
        });
        model.size = requiredMember(o, QLatin1StringView("size"),
                                    [this](const QJsonValue &v) { return uint64(v, false); });
        model.digest = requiredMember(o, QLatin1StringView("digest"),
                                      [this](const QJsonValue &v) { return string(v, false); });
        model.details = member(o, QLatin1StringView("details"),
                               [this](const QJsonValue &v) { return modelDetails(v); });
        model.capabilities = member(o, QLatin1StringView("capabilities"),
                                    [this](const QJsonValue &v) { return strings(v); });
        return model;
    }

    // {"models": [...]}: the list is required, null is an empty list.
    template <typename Read> auto modelList(const QJsonValue &top, Read read)
    {
        const QJsonObject o = object(top);
        return requiredMember(o, QLatin1StringView("models"), [this, &read](const QJsonValue &v) {
            return array(v, [&read](const QJsonValue &e) { return read(e); });
        });
    }

    ModelFacts modelFacts(const QJsonValue &top)
    {
        const QJsonObject o = object(top);
        ModelFacts facts;
        const QJsonObject info = requiredMember(o, QLatin1StringView("model_info"),
                                                [this](const QJsonValue &v) { return object(v); });
        {
            Scope scope(*this, {QLatin1StringView("model_info")});
            facts.architecture = member(info, QLatin1StringView("general.architecture"),
                                        [this](const QJsonValue &v) { return string(v); });
            if (!facts.architecture.isEmpty()) {
                // The keys are "<arch>.block_count": the path names them in full.
                const QByteArray blockKey = facts.architecture.toLatin1() + ".block_count";
                const QByteArray contextKey = facts.architecture.toLatin1() + ".context_length";
                auto count = [this](const QJsonValue &v) { return int32(v, 0); };
                facts.blockCount = member(info, QLatin1StringView(blockKey), count);
                facts.contextLength = member(info, QLatin1StringView(contextKey), count);
            }
        }
        const QString modelfile = member(o, QLatin1StringView("modelfile"),
                                         [this](const QJsonValue &v) { return string(v); });
        static const QRegularExpression from(
            QStringLiteral("^FROM\\s+\\S*sha256-([0-9a-f]{64})\\s*$"),
            QRegularExpression::MultilineOption);
        facts.blobDigest = from.match(modelfile).captured(1);
        facts.details = member(o, QLatin1StringView("details"),
                               [this](const QJsonValue &v) { return modelDetails(v); });
        return facts;
    }

    LlamaServerProps llamaServerProps(const QJsonValue &top)
    {
        const QJsonObject o = object(top);
        auto count = [this](const QJsonValue &v) { return int32(v, 0); };
        LlamaServerProps props;
        const QJsonObject settings =
            requiredMember(o, QLatin1StringView("default_generation_settings"),
                           [this](const QJsonValue &v) { return object(v); });
        {
            Scope scope(*this, {QLatin1StringView("default_generation_settings")});
            props.contextSize = requiredMember(settings, QLatin1StringView("n_ctx"), count);
        }
        props.totalSlots = requiredMember(o, QLatin1StringView("total_slots"), count);
        props.modelPath = member(o, QLatin1StringView("model_path"),
                                 [this](const QJsonValue &v) { return string(v); });
        props.buildInfo = member(o, QLatin1StringView("build_info"),
                                 [this](const QJsonValue &v) { return string(v); });
        return props;
    }

    LlamaServerSlot llamaServerSlot(const QJsonValue &value)
    {
        if (!value.isObject())
            fail(u"expected an object, got " + describe(value));
        const QJsonObject o = value.toObject();
        auto count = [this](const QJsonValue &v) { return int32(v, 0); };
        LlamaServerSlot slot;
        slot.id = requiredMember(o, QLatin1StringView("id"), count);
        slot.contextSize = member(o, QLatin1StringView("n_ctx"), count);
        slot.processing = requiredMember(o, QLatin1StringView("is_processing"),
                                         [this](const QJsonValue &v) { return boolean(v); });
        return slot;
    }

private:
    QVarLengthArray<Component, 8> m_path;
};

// Parses the body and runs read on its top-level value, turning any failure
// into *error.
template <typename Read>
auto readBody(const QByteArray &body, WireError *error, Read read)
    -> std::optional<decltype(read(std::declval<Reader &>(), QJsonValue()))>
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    QJsonValue top; // null
    if (parseError.error == QJsonParseError::NoError) {
        top = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    } else if (body.trimmed() != "null") {
        // QJsonDocument takes only an object or an array at the top; Go also
        // takes null, which is how it writes an empty slice.
        if (error)
            *error = {QString(),
                      QCoreApplication::translate("vramscope::WireFormat",
                                                  "not valid JSON at byte %1: %2")
                          .arg(QString::number(parseError.offset), parseError.errorString())};
        return std::nullopt;
    }
    Reader reader;
    try {
        return read(reader, top);
    } catch (const ReadFailure &failure) {
        if (error)
            *error = failure.error;
        return std::nullopt;
    }
}

// The top level must have the right shape; Go would reject the other one.
// null is an empty list, as Go reads it into a slice.
QJsonValue expectArray(const Reader &reader, const QJsonValue &top)
{
    if (!top.isArray() && !top.isNull())
        reader.fail(
            QCoreApplication::translate("vramscope::WireFormat", "expected a JSON array, got %1")
                .arg(Reader::describe(top)));
    return top;
}

QJsonValue expectObject(const Reader &reader, const QJsonValue &top)
{
    if (!top.isObject())
        reader.fail(
            QCoreApplication::translate("vramscope::WireFormat", "expected a JSON object, got %1")
                .arg(Reader::describe(top)));
    return top;
}

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

QJsonValue stringArray(const QStringList &values)
{
    return nullWhenEmpty(QJsonArray::fromStringList(values));
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
    return readBody(body, error, [](Reader &r, const QJsonValue &top) {
        return r.array(expectArray(r, top), [&r](const QJsonValue &e) { return r.deviceInfo(e); });
    });
}

std::optional<BackendMemory> readBackendMemory(const QByteArray &body, WireError *error)
{
    return readBody(body, error, [](Reader &r, const QJsonValue &top) {
        return r.backendMemory(expectObject(r, top));
    });
}

std::optional<GpuLayersList> readGpuLayersList(const QByteArray &body, WireError *error)
{
    return readBody(body, error, [](Reader &r, const QJsonValue &top) {
        return r.gpuLayersList(expectArray(r, top));
    });
}

std::optional<SystemInfo> readSystemInfo(const QByteArray &body, WireError *error)
{
    return readBody(body, error, [](Reader &r, const QJsonValue &top) {
        return r.systemInfo(expectObject(r, top));
    });
}

std::optional<LoadRequest> readLoadRequest(const QByteArray &body, WireError *error)
{
    return readBody(body, error, [](Reader &r, const QJsonValue &top) {
        return r.loadRequest(expectObject(r, top));
    });
}

std::optional<LoadResponse> readLoadResponse(const QByteArray &body, WireError *error)
{
    return readBody(body, error, [](Reader &r, const QJsonValue &top) {
        return r.loadResponse(expectObject(r, top));
    });
}

std::optional<RunnerHealth> readRunnerHealth(const QByteArray &body, WireError *error)
{
    return readBody(body, error, [](Reader &r, const QJsonValue &top) {
        return r.runnerHealth(expectObject(r, top));
    });
}

std::optional<OllamaVersion> readOllamaVersion(const QByteArray &body, WireError *error)
{
    return readBody(body, error, [](Reader &r, const QJsonValue &top) {
        const QJsonObject o = expectObject(r, top).toObject();
        return r.requiredMember(o, QLatin1StringView("version"), [&r](const QJsonValue &v) {
            QString versionError;
            const std::optional<OllamaVersion> version =
                OllamaVersion::parse(r.string(v, false), &versionError);
            if (!version)
                r.fail(versionError);
            return *version;
        });
    });
}

std::optional<QList<RunningModel>> readRunningModels(const QByteArray &body, WireError *error)
{
    return readBody(body, error, [](Reader &r, const QJsonValue &top) {
        return r.modelList(expectObject(r, top),
                           [&r](const QJsonValue &e) { return r.runningModel(e); });
    });
}

std::optional<QList<LocalModel>> readLocalModels(const QByteArray &body, WireError *error)
{
    return readBody(body, error, [](Reader &r, const QJsonValue &top) {
        return r.modelList(expectObject(r, top),
                           [&r](const QJsonValue &e) { return r.localModel(e); });
    });
}

std::optional<ModelFacts> readModelFacts(const QByteArray &body, WireError *error)
{
    return readBody(body, error, [](Reader &r, const QJsonValue &top) {
        return r.modelFacts(expectObject(r, top));
    });
}

std::optional<LlamaServerProps> readLlamaServerProps(const QByteArray &body, WireError *error)
{
    return readBody(body, error, [](Reader &r, const QJsonValue &top) {
        return r.llamaServerProps(expectObject(r, top));
    });
}

std::optional<QList<LlamaServerSlot>> readLlamaServerSlots(const QByteArray &body, WireError *error)
{
    return readBody(body, error, [](Reader &r, const QJsonValue &top) {
        return r.array(expectArray(r, top),
                       [&r](const QJsonValue &e) { return r.llamaServerSlot(e); });
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

QJsonObject toJson(const ModelDetails &details)
{
    QJsonObject o;
    o.insert(QLatin1StringView("parent_model"), details.parentModel);
    o.insert(QLatin1StringView("format"), details.format);
    o.insert(QLatin1StringView("family"), details.family);
    o.insert(QLatin1StringView("families"), stringArray(details.families));
    o.insert(QLatin1StringView("parameter_size"), details.parameterSize);
    o.insert(QLatin1StringView("quantization_level"), details.quantizationLevel);
    return o;
}

QJsonObject toJson(const RunningModel &model)
{
    QJsonObject o;
    o.insert(QLatin1StringView("name"), model.name);
    o.insert(QLatin1StringView("model"), model.model);
    o.insert(QLatin1StringView("size"), bytesValue(model.size));
    o.insert(QLatin1StringView("digest"), model.digest);
    o.insert(QLatin1StringView("details"), toJson(model.details));
    o.insert(QLatin1StringView("expires_at"), model.expiresAt.toString(Qt::ISODateWithMs));
    o.insert(QLatin1StringView("size_vram"), bytesValue(model.sizeVram));
    o.insert(QLatin1StringView("context_length"), model.contextLength);
    return o;
}

QJsonObject toJson(const LocalModel &model)
{
    QJsonObject o;
    o.insert(QLatin1StringView("name"), model.name);
    o.insert(QLatin1StringView("model"), model.model);
    if (model.modifiedAt.isValid())
        o.insert(QLatin1StringView("modified_at"), model.modifiedAt.toString(Qt::ISODateWithMs));
    o.insert(QLatin1StringView("size"), bytesValue(model.size));
    o.insert(QLatin1StringView("digest"), model.digest);
    o.insert(QLatin1StringView("details"), toJson(model.details));
    if (!model.capabilities.isEmpty())
        o.insert(QLatin1StringView("capabilities"), stringArray(model.capabilities));
    return o;
}

QJsonValue bytesValue(quint64 bytes)
{
    // Readers cap byte counts at INT64_MAX, so larger values never arrive here.
    return QJsonValue(qint64(qMin<quint64>(bytes, quint64(std::numeric_limits<qint64>::max()))));
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
