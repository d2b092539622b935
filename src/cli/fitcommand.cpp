#include "fitcommand.h"

#include "measuresettings.h"
#include "runneroptions.h"
#include "runnerrequest.h"
#include "texttable.h"
#include "units.h"
#include "wireformat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace vramscope {

namespace {

// What ollama accepts for OLLAMA_KV_CACHE_TYPE.
const QStringList CacheTypes = {QStringLiteral("f16"), QStringLiteral("q8_0"),
                                QStringLiteral("q4_0")};

struct IntOption
{
    QString name;
    int *target;
    int minimum;
};

} // namespace

QString FitCommand::name() const
{
    return QStringLiteral("fit");
}

QString FitCommand::summary() const
{
    return QStringLiteral("Ask a runner what a layer split needs (/load fit) and whether it fits.");
}

void FitCommand::addOptions(QCommandLineParser &parser) const
{
    RunnerOptions::addTo(parser);
    parser.addOption(
        {QStringLiteral("layers"),
         QStringLiteral("The split in ollama's notation, as its log prints it: "
                        "\"32[ID:GPU-a Layers:16(0..15) ID:GPU-b Layers:16(16..31)]\"."),
         QStringLiteral("NOTATION")});
    const MeasureSettings defaults;
    parser.addOption({QStringLiteral("ctx"),
                      u"Context size (num_ctx) in tokens per request slot; the runner sizes its "
                      u"KV cache for ctx x parallel tokens, as ollama asks it to. Default: " +
                          QString::number(defaults.contextSize) + u'.',
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("parallel"),
                      u"Parallel request slots (OLLAMA_NUM_PARALLEL). Default: " +
                          QString::number(defaults.parallel) + u'.',
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("batch-size"),
         u"Batch size (num_batch). Default: " + QString::number(defaults.batchSize) + u'.',
         QStringLiteral("N")});
    parser.addOption({QStringLiteral("flash-attention"), QStringLiteral("Use flash attention.")});
    parser.addOption({QStringLiteral("kv-cache-type"),
                      u"KV cache type: " + CacheTypes.join(QStringLiteral(", ")) +
                          u" (quantized types need --flash-attention). Default: f16.",
                      QStringLiteral("TYPE")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
}

int FitCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::optional<RunnerOptions> runner = RunnerOptions::read(parser, &error);
    if (!runner)
        return badInput(err, error);
    const std::optional<QString> notation = requiredValue(parser, QStringLiteral("layers"), err);
    if (!notation)
        return BadInput;
    std::optional<GpuLayersList> layers = GpuLayersList::fromString(*notation, &error);
    if (!layers)
        return badInput(err, u"--layers: " + error);

    // The same settings, defaults and KV rule as the editor's.
    MeasureSettings settings;
    settings.flashAttention = parser.isSet(QStringLiteral("flash-attention"));
    const IntOption numbers[] = {{QStringLiteral("ctx"), &settings.contextSize, 1},
                                 {QStringLiteral("parallel"), &settings.parallel, 1},
                                 {QStringLiteral("batch-size"), &settings.batchSize, 1}};
    for (const IntOption &option : numbers) {
        if (!parser.isSet(option.name))
            continue;
        bool ok = false;
        *option.target = parser.value(option.name).toInt(&ok);
        if (!ok || *option.target < option.minimum)
            return badInput(err, u"--" + option.name + u": expected a whole number from " +
                                     QString::number(option.minimum) + u", got '" +
                                     parser.value(option.name) + u"'");
    }
    if (parser.isSet(QStringLiteral("kv-cache-type"))) {
        settings.kvCacheType = parser.value(QStringLiteral("kv-cache-type"));
        if (!CacheTypes.contains(settings.kvCacheType))
            return badInput(err, u"--kv-cache-type: expected " +
                                     CacheTypes.join(QStringLiteral(", ")) + u", got '" +
                                     settings.kvCacheType + u"'");
    }

    // The notation carries no library; the runner's /info tells it by id.
    // An older runner without /info gets the ids alone.
    const RunnerResult info = runner->query(RunnerRequest::info());
    if (info.isOk()) {
        for (GpuLayers &group : layers->groups) {
            if (group.layers.isEmpty())
                continue;
            const auto device = std::find_if(
                info.devices->cbegin(), info.devices->cend(),
                [&group](const DeviceInfo &d) { return d.deviceId.id == group.deviceId.id; });
            if (device == info.devices->cend()) {
                QStringList known;
                for (const DeviceInfo &d : *info.devices)
                    known.append(d.deviceId.id);
                return badInput(err, u"--layers: ID:" + group.deviceId.id +
                                         u" is not a device of the runner at " +
                                         runner->endpoint().toString() + u" (its devices: " +
                                         (known.isEmpty() ? QStringLiteral("none")
                                                          : known.join(QStringLiteral(", "))) +
                                         u')');
            }
            group.deviceId.library = device->deviceId.library;
        }
    } else if (info.state != SourceState::Unsupported) {
        return runnerFailed(err, info.message);
    }
    const LoadRequest request = settings.request(*layers);

    const RunnerResult result = runner->query(RunnerRequest::loadRequest(request));
    if (!result.isOk())
        return runnerFailed(err, result.message);
    const LoadResponse &response = *result.load;
    const QList<BackendMemory::SummaryLine> lines = response.memory.summary();

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray summary;
        for (const BackendMemory::SummaryLine &line : lines) {
            QJsonObject entry;
            entry.insert(QLatin1StringView("what"), line.what);
            if (!line.device.isEmpty())
                entry.insert(QLatin1StringView("device"), line.device);
            entry.insert(QLatin1StringView("bytes"), qint64(line.bytes));
            summary.append(entry);
        }
        QJsonObject object;
        object.insert(QLatin1StringView("success"), response.success);
        object.insert(QLatin1StringView("layers"), layers->toString());
        object.insert(QLatin1StringView("hash"), layers->hashHex());
        object.insert(QLatin1StringView("summary"), summary);
        object.insert(QLatin1StringView("memory"), WireFormat::toJson(response.memory));
        printJson(out, object);
        return response.success ? Success : Refused;
    }

    out << "split: " << layers->toString() << " (hash " << layers->hashHex() << ")\n\n";
    if (lines.isEmpty()) {
        out << "no memory required (every amount is zero)\n";
    } else {
        TextTable table({QStringLiteral("WHAT"), QStringLiteral("DEVICE"), QStringLiteral("SIZE")},
                        {TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Right});
        for (const BackendMemory::SummaryLine &line : lines)
            table.addRow({line.what, line.device, Units::humanBytes2(line.bytes)});
        table.print(out);
    }
    out << '\n'
        << (response.success ? "fits: the runner answered Success: true\n"
                             : "does not fit: the runner answered Success: false\n");
    return response.success ? Success : Refused;
}

} // namespace vramscope
