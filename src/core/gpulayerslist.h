#pragma once

#include "gpulayers.h"

#include <optional>

namespace vramscope {

// A layer split across GPUs (ollama's ml.GPULayersList), groups in order.
struct GpuLayersList
{
    // The most layers vramscope takes for one model, anywhere: no model
    // comes close, and the bound keeps typos and hostile input cheap.
    static constexpr int MaxLayers = 10000;

    QList<GpuLayers> groups;

    // ollama's notation: "[]" when empty, otherwise the total in front of
    // the groups joined by spaces: "3[ID:1 Layers:1(0..0) ID:0 Layers:2(1..2)]".
    // An empty group leaves its separating space behind.
    QString toString() const;

    // Number of layers over all groups.
    int sum() const;

    // FNV-1a 64 over, for every non-empty group in order, the UTF-8 bytes of
    // id + library and each layer as a little-endian int64. ollama hashes the
    // same bytes with a per-process random seed; this value is reproducible.
    quint64 hash() const;
    // hash() as 16 lowercase hex digits.
    QString hashHex() const;

    // The inverse of toString(), for text pasted from ollama's log. Accepts
    // the bare notation or any text containing "GPULayers:<notation>". The
    // notation carries no library, so groups come back with an empty one.
    // On malformed text returns nothing and sets *error to what and where.
    static std::optional<GpuLayersList> fromString(const QString &text, QString *error);

    friend bool operator==(const GpuLayersList &, const GpuLayersList &) = default;
};

} // namespace vramscope
