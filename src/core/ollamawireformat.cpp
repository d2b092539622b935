#include "wireformat.h"

#include "jsonreader.h"

#include <QRegularExpression>

namespace vramscope::WireFormat {

namespace {

// Reads ollama's server API (/api/...) and llama-server's endpoints.
class OllamaReader : public JsonReader
{
public:
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
};

} // namespace

std::optional<OllamaVersion> readOllamaVersion(const QByteArray &body, WireError *error)
{
    return JsonReader::read<OllamaReader>(body, error, [](auto &r, const QJsonValue &top) {
        const QJsonObject o = r.expectObject(top).toObject();
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
    return JsonReader::read<OllamaReader>(body, error, [](auto &r, const QJsonValue &top) {
        return r.modelList(r.expectObject(top),
                           [&r](const QJsonValue &e) { return r.runningModel(e); });
    });
}

std::optional<QList<LocalModel>> readLocalModels(const QByteArray &body, WireError *error)
{
    return JsonReader::read<OllamaReader>(body, error, [](auto &r, const QJsonValue &top) {
        return r.modelList(r.expectObject(top),
                           [&r](const QJsonValue &e) { return r.localModel(e); });
    });
}

std::optional<ModelFacts> readModelFacts(const QByteArray &body, WireError *error)
{
    return JsonReader::read<OllamaReader>(body, error, [](auto &r, const QJsonValue &top) {
        return r.modelFacts(r.expectObject(top));
    });
}

std::optional<LlamaServerProps> readLlamaServerProps(const QByteArray &body, WireError *error)
{
    return JsonReader::read<OllamaReader>(body, error, [](auto &r, const QJsonValue &top) {
        return r.llamaServerProps(r.expectObject(top));
    });
}

std::optional<QList<LlamaServerSlot>> readLlamaServerSlots(const QByteArray &body, WireError *error)
{
    return JsonReader::read<OllamaReader>(body, error, [](auto &r, const QJsonValue &top) {
        return r.array(r.expectArray(top),
                       [&r](const QJsonValue &e) { return r.llamaServerSlot(e); });
    });
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

} // namespace vramscope::WireFormat
