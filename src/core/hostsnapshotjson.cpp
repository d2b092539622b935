#include "hostsnapshotjson.h"

#include "jsonreader.h"
#include "wireformat.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace vramscope {

namespace {

class SnapshotReader : public JsonReader
{
public:
    using Latin = QLatin1StringView;

    QString text(const QJsonObject &o, const char *key)
    {
        return member(o, Latin(key), [this](const QJsonValue &v) { return string(v); });
    }
    quint64 count(const QJsonObject &o, const char *key)
    {
        return requiredMember(o, Latin(key),
                              [this](const QJsonValue &v) { return uint64(v, false); });
    }
    std::optional<quint64> maybeCount(const QJsonObject &o, const char *key)
    {
        return member(o, Latin(key), [this](const QJsonValue &v) -> std::optional<quint64> {
            if (v.isNull() || v.isUndefined())
                return std::nullopt;
            return uint64(v, false);
        });
    }

    HostSnapshot::Gpu gpu(const QJsonValue &value)
    {
        const QJsonObject o = object(value);
        HostSnapshot::Gpu gpu;
        gpu.gpu = requiredMember(o, Latin("gpu"), [this](const QJsonValue &v) {
            const QString id = string(v, false);
            if (id.isEmpty())
                fail(QCoreApplication::translate("vramscope::WireFormat",
                                                 "expected a GPU's id, got an empty string"));
            return id;
        });
        gpu.name = text(o, "name");
        gpu.pciId = text(o, "pci_id");
        gpu.library = text(o, "library");
        gpu.source = text(o, "source");
        gpu.total = count(o, "total_memory");
        gpu.used = count(o, "used_memory");
        gpu.free = count(o, "free_memory");
        gpu.minimumReserve = count(o, "minimum_reserve");
        gpu.stale = member(o, Latin("stale"), [this](const QJsonValue &v) { return boolean(v); });
        return gpu;
    }

    HostSnapshot::ModelShare share(const QJsonValue &value)
    {
        const QJsonObject o = object(value);
        HostSnapshot::ModelShare share;
        share.gpu = text(o, "gpu");
        share.gpuName = text(o, "gpu_name");
        share.device = text(o, "device");
        share.layers = member(o, Latin("layers"), [this](const QJsonValue &v) {
            return v.isNull() || v.isUndefined() ? -1 : int32(v, 0, 1 << 20);
        });
        share.weights = count(o, "weights");
        share.kvCache = count(o, "kv_cache");
        share.graph = count(o, "graph");
        return share;
    }

    HostSnapshot::Model model(const QJsonValue &value)
    {
        const QJsonObject o = object(value);
        HostSnapshot::Model model;
        model.name = requiredMember(o, Latin("name"),
                                    [this](const QJsonValue &v) { return string(v, false); });
        model.digest = text(o, "digest");
        model.size = maybeCount(o, "size");
        model.sizeVram = maybeCount(o, "size_vram");
        model.shares = member(o, Latin("gpus"), [this](const QJsonValue &v) {
            return array(v, [this](const QJsonValue &e) { return share(e); });
        });
        return model;
    }

    HostSnapshot::Process process(const QJsonValue &value)
    {
        const QJsonObject o = object(value);
        HostSnapshot::Process process;
        process.gpu = text(o, "gpu");
        process.gpuName = text(o, "gpu_name");
        process.pid = quint32(member(o, Latin("pid"), [this](const QJsonValue &v) {
            return int32(v, 0, std::numeric_limits<int>::max());
        }));
        process.model = text(o, "model");
        process.command = text(o, "command");
        process.memory = maybeCount(o, "used_memory");
        return process;
    }

    HostSnapshot::Source source(const QJsonValue &value)
    {
        const QJsonObject o = object(value);
        HostSnapshot::Source source;
        source.kind = text(o, "kind");
        source.address = text(o, "address");
        source.state = text(o, "state");
        source.message = text(o, "message");
        source.dataAgeSeconds = member(
            o, Latin("data_age_seconds"), [this](const QJsonValue &v) -> std::optional<double> {
                if (v.isNull() || v.isUndefined())
                    return std::nullopt;
                if (!v.isDouble() || v.toDouble() < 0)
                    fail(QCoreApplication::translate("vramscope::WireFormat",
                                                     "expected a non-negative number, got %1")
                             .arg(describe(v)));
                return v.toDouble();
            });
        return source;
    }

    HostSnapshot snapshot(const QJsonValue &top)
    {
        const QJsonObject o = expectObject(top).toObject();
        HostSnapshot snapshot;
        snapshot.host = requiredMember(o, Latin("host"),
                                       [this](const QJsonValue &v) { return string(v, false); });
        snapshot.version = text(o, "version");
        snapshot.time = member(o, Latin("time"), [this](const QJsonValue &v) {
            return v.isNull() || v.isUndefined() ? QDateTime() : time(v);
        });
        auto list = [this, &o](const char *key, auto read) {
            return requiredMember(o, Latin(key), [this, read](const QJsonValue &v) {
                return array(v, [this, read](const QJsonValue &e) { return (this->*read)(e); });
            });
        };
        snapshot.gpus = list("gpus", &SnapshotReader::gpu);
        snapshot.models = list("models", &SnapshotReader::model);
        snapshot.processes = list("processes", &SnapshotReader::process);
        snapshot.sources = list("sources", &SnapshotReader::source);
        return snapshot;
    }
};

} // namespace

QJsonObject HostSnapshotJson::toJson(const HostSnapshot &snapshot)
{
    QJsonArray gpus;
    for (const HostSnapshot::Gpu &gpu : snapshot.gpus) {
        gpus.append(
            QJsonObject{{u"gpu"_s, gpu.gpu},
                        {u"name"_s, gpu.name},
                        {u"pci_id"_s, gpu.pciId},
                        {u"library"_s, gpu.library},
                        {u"source"_s, gpu.source},
                        {u"total_memory"_s, WireFormat::measuredBytes(gpu.total)},
                        {u"used_memory"_s, WireFormat::measuredBytes(gpu.used)},
                        {u"free_memory"_s, WireFormat::measuredBytes(gpu.free)},
                        {u"minimum_reserve"_s, WireFormat::measuredBytes(gpu.minimumReserve)},
                        {u"stale"_s, gpu.stale}});
    }
    QJsonArray models;
    for (const HostSnapshot::Model &model : snapshot.models) {
        QJsonArray shares;
        for (const HostSnapshot::ModelShare &share : model.shares) {
            shares.append(QJsonObject{
                {u"gpu"_s, share.gpu},
                {u"gpu_name"_s, share.gpuName},
                {u"device"_s, share.device},
                {u"layers"_s, share.layers < 0 ? QJsonValue() : QJsonValue(share.layers)},
                {u"weights"_s, WireFormat::measuredBytes(share.weights)},
                {u"kv_cache"_s, WireFormat::measuredBytes(share.kvCache)},
                {u"graph"_s, WireFormat::measuredBytes(share.graph)}});
        }
        models.append(QJsonObject{{u"name"_s, model.name},
                                  {u"digest"_s, model.digest},
                                  {u"size"_s, WireFormat::measuredBytes(model.size)},
                                  {u"size_vram"_s, WireFormat::measuredBytes(model.sizeVram)},
                                  {u"gpus"_s, shares}});
    }
    QJsonArray processes;
    for (const HostSnapshot::Process &process : snapshot.processes) {
        processes.append(
            QJsonObject{{u"gpu"_s, process.gpu},
                        {u"gpu_name"_s, process.gpuName},
                        {u"pid"_s, qint64(process.pid)},
                        {u"model"_s, process.model},
                        {u"command"_s, process.command},
                        {u"used_memory"_s, WireFormat::measuredBytes(process.memory)}});
    }
    QJsonArray sources;
    for (const HostSnapshot::Source &source : snapshot.sources) {
        sources.append(QJsonObject{{u"kind"_s, source.kind},
                                   {u"address"_s, source.address},
                                   {u"state"_s, source.state},
                                   {u"message"_s, source.message},
                                   {u"data_age_seconds"_s, source.dataAgeSeconds
                                                               ? QJsonValue(*source.dataAgeSeconds)
                                                               : QJsonValue()}});
    }
    return QJsonObject{{u"host"_s, snapshot.host},
                       {u"version"_s, snapshot.version},
                       {u"time"_s, snapshot.time.toUTC().toString(Qt::ISODateWithMs)},
                       {u"gpus"_s, gpus},
                       {u"models"_s, models},
                       {u"processes"_s, processes},
                       {u"sources"_s, sources}};
}

std::optional<HostSnapshot> HostSnapshotJson::fromJson(const QByteArray &body, WireError *error)
{
    return JsonReader::read<SnapshotReader>(
        body, error,
        [](SnapshotReader &reader, const QJsonValue &top) { return reader.snapshot(top); });
}

} // namespace vramscope
