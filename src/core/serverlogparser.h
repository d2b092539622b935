#pragma once

#include "linesplitter.h"
#include "loggedbytes.h"
#include "modelload.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace vramscope {

struct LlamaCppLine;

class SlogRecord;

// Reads ollama's server log (SOURCES.md §2), either era, with or without
// journalctl's prefix, and turns it into loads. Feed it bytes in any
// chunks (addData) or whole lines (addLine); it holds the result.
//
// Which load a line belongs to: a line that names a runner (port= or pid=)
// goes to that runner's load. Every other load line goes to the newest load
// that has not finished loading ("... started in N seconds"), else to the
// newest one still resident; ollama loads one model at a time, so a load's
// lines are not interleaved with another's load. An exit or stop line that
// names no runner ends the one load still loading, else the one resident
// load; when that is ambiguous it ends none (the server's /api/ps decides).
// A new runner for a model ends the earlier load of the same model.
// A "Listening on" line starts a new server: every earlier load is dropped.
class ServerLogParser
{
public:
    // A longer line is not ollama's: it is dropped and counted skipped.
    static constexpr qsizetype MaxLineLength = 64 * 1024;
    // Oldest loads that have left are forgotten past this many.
    static constexpr qsizetype MaxLoads = 1024;

    // One "inference compute" line.
    struct ComputeDevice
    {
        QString id; // a GPU UUID up to v0.24, the llama device index from v0.30, "cpu"
        QString library;
        QString name;
        QString description;
        QString pciId;
        QString compute;         // "8.9", "gfx1100"; empty when not said
        QString driver;          // "12.8"
        bool integrated = false; // type=integrated
        LoggedBytes total;
        LoggedBytes available;
    };

    // One "gpu memory" line, the latest per id.
    struct GpuMemory
    {
        QString id;
        QString library;
        LoggedBytes available;
        LoggedBytes free;
        LoggedBytes minimum;
    };

    // The latest "system memory" line.
    struct SystemMemory
    {
        LoggedBytes total;
        LoggedBytes free;
        LoggedBytes freeSwap;
    };

    ServerLogParser();
    ~ServerLogParser();

    // Bytes as they arrive; lines end at '\n' (a '\r' before it is dropped).
    void addData(QByteArrayView bytes);
    // The last line when the input ended without a '\n'.
    void finish();
    // One whole line, without its '\n'.
    void addLine(QByteArrayView line);

    QString version() const { return m_version; }
    const QList<ComputeDevice> &computeDevices() const { return m_computeDevices; }
    const QList<GpuMemory> &gpuMemory() const { return m_gpuMemory; }
    std::optional<SystemMemory> systemMemory() const { return m_systemMemory; }
    const QList<ModelLoad> &loads() const { return m_loads; }
    qint64 lineCount() const { return m_lineCount; }
    qint64 skippedLines() const { return m_skippedLines; }
    // How many "Listening on" lines were read (0 when the log began later).
    int serverStarts() const { return m_serverStarts; }

    // The loads that finished loading since the last call, in order.
    QList<ModelLoad> takeFinishedLoads();
    // Marks the load with this ModelLoad::id gone (the server's /api/ps no
    // longer lists it). False when there is no such load.
    bool markGone(quint64 loadId);

private:
    // One llama.cpp "<function>: <BUFFER> <kind> buffer size = N MiB" value.
    // A sliding-window model's two KV caches differ only by the cache
    // section announced before them ("creating non-SWA / SWA KV cache").
    struct BufferValue
    {
        QByteArray function;
        QByteArray buffer;
        QByteArray kind;
        int cacheSection = 0;
        LoggedBytes size;
    };
    // One Go-era BackendMemory line: "model weights" device=CUDA0 size=...
    struct MemoryValue
    {
        QString device;
        QByteArray what;
        LoggedBytes size;
    };
    // What the parser still needs of a load to summarise it.
    struct LoadState
    {
        QList<BufferValue> buffers;    // the last value per key
        QList<MemoryValue> pendingSet; // BackendMemory lines before "total memory"
        QList<MemoryValue> committedSet;
        bool hasCommittedSet = false;
        int cacheSection = 0; // 0 none, 1 non-SWA, 2 SWA
    };

    // A line from the splitter, or nothing for one it dropped.
    void takeLine(std::optional<QByteArrayView> line);
    bool handleRecord(QByteArrayView body);
    bool handleRaw(QByteArrayView body);
    // Puts what one of llama.cpp's lines says into the load it belongs to.
    bool apply(const LlamaCppLine &line);
    bool handleStart(const SlogRecord &record, ModelLoad::Era era);
    bool handleLoadRequest(const SlogRecord &record);
    bool handleBackendMemory(const SlogRecord &record, QByteArrayView message);
    bool handleEnd(const SlogRecord &record, bool crashed);
    void startServer(QByteArrayView message);

    // The load a line without a runner's name belongs to; a partial one is
    // made when the log began in the middle of a load.
    int targetLoad(ModelLoad::Era eraIfNew);
    int newLoad(ModelLoad::Era era);
    void dropOldLoads();
    void summarise(int index);

    QString m_version;
    QList<ComputeDevice> m_computeDevices;
    QList<GpuMemory> m_gpuMemory;
    std::optional<SystemMemory> m_systemMemory;
    QList<ModelLoad> m_loads;
    QList<LoadState> m_states; // parallel to m_loads
    QList<quint64> m_finished; // ids of loads finished since takeFinishedLoads()
    quint64 m_nextId = 1;
    qint64 m_lineCount = 0;
    qint64 m_skippedLines = 0;
    int m_serverStarts = 0;

    QByteArray m_messageStorage; // a msg value that needed decoding
    LineSplitter m_lines;
};

} // namespace vramscope
