#include "layoutcommand.h"

#include "estimatememory.h"
#include "estimateoptions.h"
#include "gorunnerlayouttext.h"
#include "layoutplanner.h"
#include "llamaserverlayouttext.h"
#include "llamaserverplanner.h"
#include "logcomparison.h"
#include "loggedsplittext.h"
#include "modelstore.h"
#include "serverlogfile.h"
#include "serverlogparser.h"
#include "wireformat.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace vramscope {

namespace {

// Go's strconv.ParseBool, as ollama reads OLLAMA_SCHED_SPREAD: a value it
// cannot parse counts as true.
bool goEnvBool(const QByteArray &value)
{
    static const QList<QByteArray> falses{"0", "f", "F", "false", "FALSE", "False"};
    return !value.isEmpty() && !falses.contains(value);
}

} // namespace

QString LayoutCommand::name() const
{
    return QStringLiteral("layout");
}

QString LayoutCommand::summary() const
{
    return QStringLiteral(
        "Plan a layer split as ollama would (the Go runner's scheduler, or today's "
        "llama-server), and explain it.");
}

void LayoutCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("devices"), QStringLiteral("A runner's /info body."),
                      QStringLiteral("INFO.json")});
    parser.addOption({QStringLiteral("memory"),
                      QStringLiteral("The BackendMemory the runner reported."),
                      QStringLiteral("MEMORY.json")});
    parser.addOption({QStringLiteral("model"),
                      QStringLiteral("Instead of --memory: estimate it from a model (a name in "
                                     "OLLAMA_MODELS or ~/.ollama/models, or a GGUF file)."),
                      QStringLiteral("MODEL|FILE")});
    EstimateOptions::addTo(parser);
    parser.addOption(
        {QStringLiteral("log"),
         QStringLiteral("With --model: ollama's server log. Its last load of the model is shown "
                        "beside the plan; in the llama-server era the plan takes that load's "
                        "measured compute buffers."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("system"),
                      QStringLiteral("A SystemInfo (default: this machine's memory and swap)."),
                      QStringLiteral("SYSTEM.json")});
    parser.addOption(
        {QStringLiteral("num-gpu"),
         QStringLiteral("Layers to put on GPUs, as ollama's num_gpu (default -1: as many as fit)."),
         QStringLiteral("N")});
    parser.addOption({QStringLiteral("require-full"),
                      QStringLiteral("Refuse unless the whole model fits on GPUs.")});
    parser.addOption({QStringLiteral("spread"),
                      QStringLiteral("Spread over every GPU (default: OLLAMA_SCHED_SPREAD).")});
    parser.addOption(
        {QStringLiteral("gpu-overhead"),
         QStringLiteral("Bytes to set aside per GPU (default: OLLAMA_GPU_OVERHEAD, else 0)."),
         QStringLiteral("BYTES")});
    parser.addOption(
        {QStringLiteral("backoff"),
         QStringLiteral(
             "Share of free memory held back, 0 to 1 (ollama adds 0.1 per failed load)."),
         QStringLiteral("F")});
    parser.addOption(
        {QStringLiteral("era"),
         QStringLiteral("Whose rules: go-runner (ollama up to v0.24, the default) or llama-server "
                        "(ollama v0.30 and later: its GPU choice, then llama.cpp's fit)."),
         QStringLiteral("ERA")});
    parser.addOption({QStringLiteral("main-gpu"),
                      QStringLiteral("llama-server era: ollama's main_gpu, an index into the "
                                     "devices: that GPU alone."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("fit-target"),
         QStringLiteral("llama-server era: the margin llama.cpp keeps free per device, one value "
                        "or one per device (default: LLAMA_ARG_FIT_TARGET, else 1024)."),
         QStringLiteral("MiB[,MiB...]")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
}

std::optional<LlamaServerSettings>
LayoutCommand::llamaServerSettingsFrom(const QCommandLineParser &parser,
                                       const LayoutSettings &common, QTextStream &err) const
{
    for (const char *goOnly : {"require-full", "gpu-overhead", "backoff"}) {
        if (parser.isSet(QString::fromLatin1(goOnly))) {
            badInput(err,
                     u"--" + QString::fromLatin1(goOnly) + u" applies to --era go-runner only");
            return std::nullopt;
        }
    }
    LlamaServerSettings settings;
    settings.numGpu = common.numGpu;
    settings.spread = common.spread;
    if (parser.isSet(QStringLiteral("main-gpu"))) {
        bool ok = false;
        settings.mainGpu = parser.value(QStringLiteral("main-gpu")).toInt(&ok);
        if (!ok || settings.mainGpu < 0) {
            badInput(err, u"--main-gpu: '" + parser.value(QStringLiteral("main-gpu")) +
                              u"' is not an index");
            return std::nullopt;
        }
    }
    const bool targetGiven = parser.isSet(QStringLiteral("fit-target"));
    const QString targets = targetGiven ? parser.value(QStringLiteral("fit-target"))
                                        : QString::fromLocal8Bit(qgetenv("LLAMA_ARG_FIT_TARGET"));
    if (!targets.isEmpty()) {
        // llama.cpp takes MiB separated by commas (or slashes).
        for (const QString &value : targets.split(QRegularExpression(QStringLiteral("[,/]")))) {
            bool ok = false;
            const quint64 mib = value.trimmed().toULongLong(&ok);
            if (!ok || mib > (quint64(1) << 40)) {
                const QString source = targetGiven ? QStringLiteral("--fit-target")
                                                   : QStringLiteral("LLAMA_ARG_FIT_TARGET");
                badInput(err, source + u": '" + targets + u"' is not a list of MiB");
                return std::nullopt;
            }
            settings.fitTargets.append(mib * 1024 * 1024);
        }
    }
    return settings;
}

std::optional<LayoutSettings> LayoutCommand::settingsFrom(const QCommandLineParser &parser,
                                                          QTextStream &err) const
{
    LayoutSettings settings;
    bool ok = true;
    if (parser.isSet(QStringLiteral("num-gpu"))) {
        settings.numGpu = parser.value(QStringLiteral("num-gpu")).toInt(&ok);
        if (!ok) {
            badInput(err, u"--num-gpu: '" + parser.value(QStringLiteral("num-gpu")) +
                              u"' is not an integer");
            return std::nullopt;
        }
    }
    settings.requireFull = parser.isSet(QStringLiteral("require-full"));
    settings.spread =
        parser.isSet(QStringLiteral("spread")) || goEnvBool(qgetenv("OLLAMA_SCHED_SPREAD"));

    const bool overheadGiven = parser.isSet(QStringLiteral("gpu-overhead"));
    const QString overhead = overheadGiven ? parser.value(QStringLiteral("gpu-overhead"))
                                           : QString::fromLocal8Bit(qgetenv("OLLAMA_GPU_OVERHEAD"));
    if (!overhead.isEmpty()) {
        settings.gpuOverhead = overhead.toULongLong(&ok);
        if (!ok) {
            const QString source = overheadGiven ? QStringLiteral("--gpu-overhead")
                                                 : QStringLiteral("OLLAMA_GPU_OVERHEAD");
            badInput(err, source + u": '" + overhead + u"' is not a byte count");
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("backoff"))) {
        const QString text = parser.value(QStringLiteral("backoff"));
        settings.backoff = text.toFloat(&ok);
        if (!ok || !(settings.backoff >= 0.0f && settings.backoff <= 1.0f)) {
            badInput(err, u"--backoff: '" + text + u"' is not a number from 0 to 1");
            return std::nullopt;
        }
    }
    return settings;
}

int LayoutCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const std::optional<QString> devicesPath =
        requiredValue(parser, QStringLiteral("devices"), err);
    if (!devicesPath)
        return BadInput;
    const bool fromModel = parser.isSet(QStringLiteral("model"));
    if (fromModel && parser.isSet(QStringLiteral("memory")))
        return badInput(err, QStringLiteral("--memory and --model exclude each other"));
    if (parser.isSet(QStringLiteral("log")) && !fromModel)
        return badInput(err, QStringLiteral("--log needs --model: it compares the plan with the "
                                            "log's load of that model"));
    std::optional<QString> memoryPath;
    if (!fromModel) {
        memoryPath = requiredValue(parser, QStringLiteral("memory"), err);
        if (!memoryPath)
            return BadInput;
    }
    const QString era = parser.isSet(QStringLiteral("era")) ? parser.value(QStringLiteral("era"))
                                                            : QStringLiteral("go-runner");
    if (era != u"go-runner" && era != u"llama-server")
        return badInput(err, u"--era: '" + era + u"' is not go-runner or llama-server");
    const bool llamaServer = era == u"llama-server";
    if (!llamaServer &&
        (parser.isSet(QStringLiteral("main-gpu")) || parser.isSet(QStringLiteral("fit-target"))))
        return badInput(err, QStringLiteral("--main-gpu and --fit-target apply to --era "
                                            "llama-server only"));
    const std::optional<LayoutSettings> settings = settingsFrom(parser, err);
    if (!settings)
        return BadInput;
    std::optional<LlamaServerSettings> serverSettings;
    if (llamaServer) {
        serverSettings = llamaServerSettingsFrom(parser, *settings, err);
        if (!serverSettings)
            return BadInput;
    }

    WireError error;
    const std::optional<QByteArray> devicesBody = readFile(*devicesPath, err);
    if (!devicesBody)
        return BadInput;
    const std::optional<QList<DeviceInfo>> devices =
        WireFormat::readDeviceInfoList(*devicesBody, &error);
    if (!devices)
        return badInput(err, *devicesPath + u": " + error.toString());
    if (serverSettings && serverSettings->mainGpu >= devices->size())
        return badInput(err, u"--main-gpu: " + QString::number(serverSettings->mainGpu) +
                                 u" is past the " + QString::number(devices->size()) +
                                 u" devices of " + *devicesPath);
    std::optional<BackendMemory> memory;
    std::optional<ModelEstimate> estimate;
    QString modelPath;
    if (fromModel) {
        estimate = estimateFromModel(parser, err, &modelPath);
        if (!estimate)
            return BadInput;
        // What a runner given every GPU would report; the planner sums each
        // layer over the devices, so the split itself does not matter.
        memory = EstimateMemory::build(
            *estimate, *devices,
            EstimateMemory::evenSplit(estimate->layers.size() + 1, devices->size()));
    } else {
        const std::optional<QByteArray> memoryBody = readFile(*memoryPath, err);
        if (!memoryBody)
            return BadInput;
        memory = WireFormat::readBackendMemory(*memoryBody, &error);
        if (!memory)
            return badInput(err, *memoryPath + u": " + error.toString());
    }
    SystemInfo system = SystemInfo::current();
    if (parser.isSet(QStringLiteral("system"))) {
        const QString systemPath = parser.value(QStringLiteral("system"));
        const std::optional<QByteArray> systemBody = readFile(systemPath, err);
        if (!systemBody)
            return BadInput;
        const std::optional<SystemInfo> read = WireFormat::readSystemInfo(*systemBody, &error);
        if (!read)
            return badInput(err, systemPath + u": " + error.toString());
        system = *read;
    }

    std::optional<ServerLogSnapshot> log;
    if (parser.isSet(QStringLiteral("log"))) {
        log = logFrom(parser, err);
        if (!log)
            return BadInput;
    }
    // The log's last load of the model, compared only when it ran with the
    // settings the estimate was made for.
    std::optional<LogComparison> logged;
    if (log) {
        logged = LogComparison::find(modelPath, estimate->context, estimate->parallel,
                                     estimate->kvCacheType, *log);
    }

    if (llamaServer) {
        LlamaServerModel model = estimate ? LlamaServerModel::fromEstimate(*estimate)
                                          : LlamaServerModel::fromBackendMemory(*memory);
        if (logged)
            logged->takeGraphs(model, *devices, *log);
        const LlamaServerPlan plan =
            LlamaServerPlanner::plan(*devices, model, system, *serverSettings);
        if (logged)
            logged->compare(plan, *devices, *log);
        printPlan(
            out, parser, LlamaServerLayoutText::toJson(plan),
            [&] { LlamaServerLayoutText::print(out, plan); }, logged);
        return Success;
    }
    const LayoutPlan plan = LayoutPlanner::plan(*devices, *memory, system, *settings);
    if (logged)
        logged->compare(plan, *devices, *log);
    printPlan(
        out, parser, GoRunnerLayoutText::toJson(plan),
        [&] { GoRunnerLayoutText::print(out, plan, *settings); }, logged);
    if (plan.refused()) {
        err << plan.refusal << '\n';
        return Refused;
    }
    return Success;
}

void LayoutCommand::printPlan(QTextStream &out, const QCommandLineParser &parser,
                              QJsonObject planJson, const std::function<void()> &printText,
                              const std::optional<LogComparison> &logged) const
{
    if (parser.isSet(QStringLiteral("json"))) {
        if (logged)
            planJson.insert(QLatin1StringView("logged_load"), LoggedSplitText::toJson(*logged));
        printJson(out, planJson);
        return;
    }
    printText();
    if (logged)
        LoggedSplitText::print(out, parser.value(QStringLiteral("log")), *logged);
}

std::optional<ServerLogSnapshot> LayoutCommand::logFrom(const QCommandLineParser &parser,
                                                        QTextStream &err) const
{
    ServerLogParser logParser;
    QString error;
    if (!ServerLogFile::readInto(parser.value(QStringLiteral("log")), logParser, &error)) {
        badInput(err, error);
        return std::nullopt;
    }
    return ServerLogSnapshot::of(logParser);
}

std::optional<ModelEstimate> LayoutCommand::estimateFromModel(const QCommandLineParser &parser,
                                                              QTextStream &err, QString *path) const
{
    QString error;
    const std::optional<EstimateSettings> settings = EstimateOptions::read(parser, &error);
    const std::optional<ModelEstimate> estimate =
        settings ? EstimateOptions::estimate(parser.value(QStringLiteral("model")),
                                             ModelStore::defaultRoots(), *settings, path, &error)
                 : std::nullopt;
    if (!estimate)
        badInput(err, error);
    return estimate;
}

} // namespace vramscope
