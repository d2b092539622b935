#pragma once

#include "modelload.h"

#include <QByteArray>

#include <optional>

namespace vramscope {

// One of llama.cpp's own lines in ollama's log ("<function>: <text>", as
// llama-server prints them), read into what it says: a buffer's size, the
// layers offloaded, a device in use, the start of a KV cache section, a fit
// step's projection or device line, or a row of the memory breakdown table.
// Which load it belongs to is the server log parser's business.
struct LlamaCppLine
{
    enum class Kind
    {
        Buffer,          // "CUDA0 model buffer size = 1918.35 MiB"
        Offloaded,       // "offloaded 33/33 layers to GPU"
        UsingDevice,     // "using device CUDA0 (...) (0000:01:00.0) - 15221 MiB free"
        CacheSection,    // "creating non-SWA KV cache" / "creating SWA KV cache"
        FitProjection,   // "projected to use N MiB of device memory vs. M MiB of free ..."
        FitDevice,       // "- ROCm0 (...): 25 layers ( 5 overflowing), N MiB used, M MiB free"
        BreakdownRow,    // "|   - CUDA0 (RTX 4090) | 24077 = 945 + (...) + 3945 |"
        BreakdownHeader, // "| memory breakdown [MiB] | ... |"
    };

    Kind kind = Kind::Buffer;
    QByteArray function; // the printing function ("load_tensors")

    // Buffer: the buffer ("CUDA0", "CPU_Mapped"), its kind ("model", "KV",
    // "compute", ...) and size.
    QByteArray buffer;
    QByteArray bufferKind;
    LoggedBytes size;
    // Offloaded.
    int layersOffloaded = 0;
    int layersTotal = 0;
    // UsingDevice.
    ModelLoad::UsingDevice usingDevice;
    // CacheSection: 1 non-SWA, 2 SWA.
    int cacheSection = 0;
    // FitProjection.
    LoggedBytes projected;
    LoggedBytes free;
    // FitDevice.
    ModelLoad::FitDevice fitDevice;
    // BreakdownRow.
    ModelLoad::BreakdownRow breakdownRow;

    // What the line says; nothing for a line of another shape, or one whose
    // numbers do not parse.
    static std::optional<LlamaCppLine> parse(QByteArrayView body);
    // llama.cpp's buffers held in host memory (ollama's rule): CPU, BLAS,
    // CPU_* (CPU_Mapped, CPU_REPACK) and *_Host (CUDA_Host).
    static bool isHostBuffer(QByteArrayView buffer);
    // The device a device buffer is on: MTL0_Mapped -> MTL0.
    static QByteArrayView deviceOfBuffer(QByteArrayView buffer);
    // Where a kind of buffer counts: weights, KV cache (a recurrent model's
    // state is its cache too), graph or other. Nothing for an unknown kind.
    static LoggedBytes *shareField(ModelLoad::Share &share, QByteArrayView kind);
    // "offloaded 33/33 layers to GPU" alone, as the Go runner's record
    // carries it.
    static std::optional<LlamaCppLine> parseOffloaded(QByteArrayView text);
};

} // namespace vramscope
