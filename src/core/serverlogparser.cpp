#include "serverlogparser.h"

#include "decimaltext.h"
#include "llamacppline.h"
#include "runnersettings.h"
#include "serverlogmessage.h"

#include "journalprefix.h"
#include "slogrecord.h"
#include "units.h"

namespace vramscope {

namespace {

// Lists a hostile log could grow (buffers, devices, table rows) stop here.
constexpr qsizetype MaxEntries = 256;

// Replaces the entry of the same name (each fit attempt or table prints
// every device again: the last one counts), or appends it while there is room.
template <typename Entry> bool upsertByName(QList<Entry> &list, const Entry &entry)
{
    for (Entry &known : list) {
        if (known.name == entry.name) {
            known = entry;
            return true;
        }
    }
    if (list.size() >= MaxEntries)
        return false;
    list.append(entry);
    return true;
}

QString text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

ModelLoad::Share &shareOf(ModelLoad &load, const QString &device)
{
    for (ModelLoad::DeviceShare &entry : load.devices) {
        if (entry.name == device)
            return entry.share;
    }
    load.devices.append({device, {}});
    return load.devices.last().share;
}

} // namespace

ServerLogParser::ServerLogParser() : m_lines(MaxLineLength) {}
ServerLogParser::~ServerLogParser() = default;

void ServerLogParser::addData(QByteArrayView bytes)
{
    m_lines.add(bytes, [this](std::optional<QByteArrayView> line) { takeLine(line); });
}

void ServerLogParser::finish()
{
    m_lines.finish([this](std::optional<QByteArrayView> line) { takeLine(line); });
}

void ServerLogParser::takeLine(std::optional<QByteArrayView> line)
{
    if (line) {
        addLine(*line);
        return;
    }
    // One too long to be ollama's.
    ++m_lineCount;
    ++m_skippedLines;
}

void ServerLogParser::addLine(QByteArrayView line)
{
    ++m_lineCount;
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.size() > MaxLineLength) {
        ++m_skippedLines;
        return;
    }
    // slog and llama.cpp lines never start with a digit-led date, so a line
    // not starting with "time=" is first tried as journalctl's prefix.
    if (!line.startsWith("time=")) {
        if (const std::optional<JournalPrefix> prefix = JournalPrefix::find(line))
            line = line.sliced(prefix->length);
    }
    const bool handled = line.startsWith("time=") ? handleRecord(line) : handleRaw(line);
    if (!handled)
        ++m_skippedLines;
}

bool ServerLogParser::handleRecord(QByteArrayView body)
{
    const std::optional<QByteArrayView> peeked = SlogRecord::peekMessage(body, m_messageStorage);
    if (!peeked)
        return false;
    const QByteArrayView message = *peeked;
    using Kind = ServerLogMessage::Kind;
    const Kind kind = ServerLogMessage::kindOf(message);
    if (kind == Kind::Other)
        return false;

    if (kind == Kind::Listening) {
        startServer(message);
        return true;
    }
    if (kind == Kind::Offloaded) {
        // The Go runner logs llama.cpp's count as a record of its own.
        const std::optional<LlamaCppLine> line = LlamaCppLine::parseOffloaded(message);
        return line && apply(*line);
    }
    if (kind == Kind::Placement)
        return true; // what follows (a stop, a start) is what changes loads

    const std::optional<SlogRecord> record = SlogRecord::parse(body);
    if (!record)
        return false;
    switch (kind) {
    case Kind::Compute: {
        if (m_computeDevices.size() >= MaxEntries)
            return false;
        ComputeDevice device;
        device.id = text(record->value("id"));
        device.library = text(record->value("library"));
        device.name = text(record->value("name"));
        device.description = text(record->value("description"));
        device.pciId = text(record->value("pci_id"));
        device.compute = text(record->value("compute"));
        device.driver = text(record->value("driver"));
        device.integrated = text(record->value("type")) == u"integrated";
        device.total = LoggedBytes::fromHumanBytes(record->value("total")).value_or(LoggedBytes{});
        device.available =
            LoggedBytes::fromHumanBytes(record->value("available")).value_or(LoggedBytes{});
        m_computeDevices.append(device);
        return true;
    }
    case Kind::SystemMemory: {
        const auto total = LoggedBytes::fromHumanBytes(record->value("total"));
        const auto free = LoggedBytes::fromHumanBytes(record->value("free"));
        const auto freeSwap = LoggedBytes::fromHumanBytes(record->value("free_swap"));
        if (!total || !free || !freeSwap)
            return false;
        m_systemMemory = SystemMemory{*total, *free, *freeSwap};
        return true;
    }
    case Kind::GpuMemory: {
        GpuMemory memory;
        memory.id = text(record->value("id"));
        memory.library = text(record->value("library"));
        const auto available = LoggedBytes::fromHumanBytes(record->value("available"));
        const auto free = LoggedBytes::fromHumanBytes(record->value("free"));
        if (memory.id.isEmpty() || !available || !free)
            return false;
        memory.available = *available;
        memory.free = *free;
        memory.minimum =
            LoggedBytes::fromHumanBytes(record->value("minimum")).value_or(LoggedBytes{});
        for (GpuMemory &known : m_gpuMemory) {
            if (known.id == memory.id && known.library == memory.library) {
                known = memory;
                return true;
            }
        }
        if (m_gpuMemory.size() >= MaxEntries)
            return false;
        m_gpuMemory.append(memory);
        return true;
    }
    case Kind::StartGo:
        return handleStart(*record, ModelLoad::Era::GoRunner);
    case Kind::StartLlamaServer:
        return handleStart(*record, ModelLoad::Era::LlamaServer);
    case Kind::LoadRequest:
        return handleLoadRequest(*record);
    case Kind::Memory:
        return handleBackendMemory(*record, message);
    case Kind::Started: {
        const int index =
            targetLoad(message.startsWith("llama runner") ? ModelLoad::Era::GoRunner
                                                          : ModelLoad::Era::LlamaServer);
        ModelLoad &load = m_loads[index];
        load.finished = text(record->value("time"));
        if (const qint64 pid = record->value("pid").toLongLong(); pid > 0)
            load.pid = pid;
        m_finished.append(load.id);
        if (m_finished.size() > MaxLoads)
            m_finished.removeFirst();
        return true;
    }
    case Kind::Crash:
        return handleEnd(*record, true);
    case Kind::Stop:
        return handleEnd(*record, false);
    case Kind::Other:
    case Kind::Listening:
    case Kind::Offloaded:
    case Kind::Placement:
        break;
    }
    return false;
}

void ServerLogParser::startServer(QByteArrayView message)
{
    // "Listening on 127.0.0.1:11434 (version 0.30.2)"
    const qsizetype open = message.indexOf("(version ");
    const qsizetype close = message.lastIndexOf(')');
    m_version = open >= 0 && close > open + 9 ? text(message.sliced(open + 9, close - open - 9))
                                              : QString();
    ++m_serverStarts;
    // A new server: runners of the old one are gone, and so are its devices.
    m_loads.clear();
    m_states.clear();
    m_finished.clear();
    m_computeDevices.clear();
    m_gpuMemory.clear();
    m_systemMemory.reset();
}

bool ServerLogParser::handleStart(const SlogRecord &record, ModelLoad::Era era)
{
    const RunnerSettings settings = RunnerSettings::fromCommand(record.value("cmd"));
    // GPU discovery starts runners without a model: they load nothing.
    if (settings.modelPath.isEmpty())
        return true;
    // ollama never runs one model twice: a new runner for it means the
    // earlier one has left (an unload is logged only at DEBUG).
    for (ModelLoad &earlier : m_loads) {
        if (earlier.resident && !settings.modelDigest.isEmpty() &&
            earlier.modelDigest == settings.modelDigest) {
            earlier.resident = false;
            earlier.ended = text(record.value("time"));
        }
    }
    const int index = newLoad(era);
    ModelLoad &load = m_loads[index];
    load.started = text(record.value("time"));
    load.modelPath = settings.modelPath;
    load.modelDigest = settings.modelDigest;
    load.port = settings.port;
    load.pid = record.value("pid").toLongLong();
    load.arguments = settings.arguments;
    load.contextSize = settings.contextSize.value_or(0);
    load.parallel = settings.parallel.value_or(0);
    load.kvCacheType = settings.kvCacheType;
    return true;
}

bool ServerLogParser::handleLoadRequest(const SlogRecord &record)
{
    const std::optional<RunnerSettings> settings =
        RunnerSettings::fromGoRequest(record.value("request"));
    if (!settings)
        return false;
    ModelLoad &load = m_loads[targetLoad(ModelLoad::Era::GoRunner)];
    load.operation = settings->operation;
    if (settings->parallel)
        load.parallel = *settings->parallel;
    if (settings->contextSize)
        load.contextSize = *settings->contextSize;
    load.kvCacheType = settings->kvCacheType;
    if (settings->hasSplit)
        load.split = settings->split;
    return true;
}

bool ServerLogParser::handleBackendMemory(const SlogRecord &record, QByteArrayView message)
{
    // A DEBUG "compute graph" nodes=... splits=... line has no size.
    const std::optional<LoggedBytes> size = LoggedBytes::fromHumanBytes(record.value("size"));
    if (!size)
        return false;
    const int index = targetLoad(ModelLoad::Era::GoRunner);
    LoadState &state = m_states[index];
    if (message == "total memory") {
        // The set is complete: it replaces any earlier one of this load.
        state.committedSet = std::exchange(state.pendingSet, {});
        state.hasCommittedSet = true;
        summarise(index);
        return true;
    }
    const QString device = text(record.value("device"));
    if (device.isEmpty() || state.pendingSet.size() >= MaxEntries)
        return false;
    state.pendingSet.append({device, message.toByteArray(), *size});
    return true;
}

bool ServerLogParser::handleEnd(const SlogRecord &record, bool crashed)
{
    const qint64 pid = record.value("pid").toLongLong();
    const int port = DecimalText::smallInteger(record.value("port")).value_or(0);
    int index = -1;
    if (pid > 0 || port > 0) {
        for (int i = int(m_loads.size()) - 1; i >= 0 && index < 0; --i) {
            const ModelLoad &load = m_loads[i];
            if ((pid > 0 && load.pid == pid) || (port > 0 && load.port == port))
                index = i;
        }
    }
    if (index < 0) {
        // No name, or one no load has: the one load still loading, else the
        // one resident load; never a guess between several.
        QList<int> loading;
        QList<int> resident;
        for (int i = 0; i < m_loads.size(); ++i) {
            if (!m_loads[i].resident)
                continue;
            resident.append(i);
            if (!m_loads[i].isFinished())
                loading.append(i);
        }
        if (loading.size() == 1)
            index = loading.first();
        else if (loading.isEmpty() && resident.size() == 1)
            index = resident.first();
        else
            return false;
    }
    ModelLoad &load = m_loads[index];
    // "stopping" and "stopped" of one runner: the first one counts.
    if (!load.resident)
        return true;
    load.resident = false;
    load.crashed = crashed;
    load.ended = text(record.value("time"));
    return true;
}

bool ServerLogParser::handleRaw(QByteArrayView body)
{
    const std::optional<LlamaCppLine> line = LlamaCppLine::parse(body);
    return line && apply(*line);
}

bool ServerLogParser::apply(const LlamaCppLine &line)
{
    if (line.kind == LlamaCppLine::Kind::BreakdownHeader)
        return true;
    const int index = targetLoad(ModelLoad::Era::LlamaServer);
    ModelLoad &load = m_loads[index];
    LoadState &state = m_states[index];
    switch (line.kind) {
    case LlamaCppLine::Kind::Buffer: {
        const int section = line.bufferKind == "KV" ? state.cacheSection : 0;
        for (BufferValue &value : state.buffers) {
            // A fit probe prints the same buffer again: the last value counts.
            if (value.cacheSection == section && value.kind == line.bufferKind &&
                value.buffer == line.buffer && value.function == line.function) {
                value.size = line.size;
                summarise(index);
                return true;
            }
        }
        if (state.buffers.size() >= MaxEntries)
            return false;
        state.buffers.append({line.function, line.buffer, line.bufferKind, section, line.size});
        summarise(index);
        return true;
    }
    case LlamaCppLine::Kind::Offloaded:
        load.layersOffloaded = line.layersOffloaded;
        load.layersTotal = line.layersTotal;
        return true;
    case LlamaCppLine::Kind::UsingDevice:
        return upsertByName(load.usingDevices, line.usingDevice);
    case LlamaCppLine::Kind::CacheSection:
        state.cacheSection = line.cacheSection;
        return true;
    case LlamaCppLine::Kind::FitProjection:
        load.fitProjected = line.projected;
        load.fitFree = line.free;
        return true;
    case LlamaCppLine::Kind::FitDevice:
        return upsertByName(load.fitDevices, line.fitDevice);
    case LlamaCppLine::Kind::BreakdownRow:
        return upsertByName(load.breakdown, line.breakdownRow);
    case LlamaCppLine::Kind::BreakdownHeader:
        break;
    }
    return true;
}

int ServerLogParser::targetLoad(ModelLoad::Era eraIfNew)
{
    for (int i = int(m_loads.size()) - 1; i >= 0; --i) {
        if (m_loads[i].resident && !m_loads[i].isFinished())
            return i;
    }
    for (int i = int(m_loads.size()) - 1; i >= 0; --i) {
        if (m_loads[i].resident)
            return i;
    }
    // The log began in the middle of a load (or after its runner's start).
    const int index = newLoad(eraIfNew);
    m_loads[index].partial = true;
    return index;
}

int ServerLogParser::newLoad(ModelLoad::Era era)
{
    dropOldLoads();
    ModelLoad load;
    load.id = m_nextId++;
    load.era = era;
    m_loads.append(load);
    m_states.append(LoadState{});
    return int(m_loads.size()) - 1;
}

void ServerLogParser::dropOldLoads()
{
    while (m_loads.size() >= MaxLoads) {
        qsizetype victim = 0;
        for (qsizetype i = 0; i < m_loads.size(); ++i) {
            if (!m_loads[i].resident) {
                victim = i;
                break;
            }
        }
        m_loads.removeAt(victim);
        m_states.removeAt(victim);
    }
}

void ServerLogParser::summarise(int index)
{
    ModelLoad &load = m_loads[index];
    const LoadState &state = m_states[index];
    load.devices.clear();
    load.host = {};
    if (state.hasCommittedSet) {
        // Go era: BackendMemory.Log's set; "CPU" is the host.
        for (const MemoryValue &value : state.committedSet) {
            ModelLoad::Share &share =
                value.device == u"CPU" ? load.host : shareOf(load, value.device);
            LoggedBytes *field = value.what == "model weights" ? &share.weights
                                 : value.what == "kv cache"    ? &share.kvCache
                                                               : &share.graph;
            *field += value.size;
        }
        return;
    }
    for (const BufferValue &value : state.buffers) {
        ModelLoad::Share &share =
            LlamaCppLine::isHostBuffer(value.buffer)
                ? load.host
                : shareOf(load, text(LlamaCppLine::deviceOfBuffer(value.buffer)));
        *LlamaCppLine::shareField(share, value.kind) += value.size;
    }
}

QList<ModelLoad> ServerLogParser::takeFinishedLoads()
{
    QList<ModelLoad> finished;
    for (const quint64 id : std::as_const(m_finished)) {
        for (const ModelLoad &load : std::as_const(m_loads)) {
            if (load.id == id)
                finished.append(load);
        }
    }
    m_finished.clear();
    return finished;
}

bool ServerLogParser::markGone(quint64 loadId)
{
    for (ModelLoad &load : m_loads) {
        if (load.id == loadId) {
            load.markGone();
            return true;
        }
    }
    return false;
}

} // namespace vramscope
