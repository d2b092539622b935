#pragma once

#include "gguffile.h"
#include "wireerror.h"

#include <optional>

class QIODevice;

namespace vramscope {

// Reads the header of a GGUF file (versions 2 and 3, little-endian): the
// metadata, the tensor infos and the data offset, never the weights. Every
// count and length is checked against the bytes left in the file before
// anything is allocated, so a hostile file costs at most what it holds. On
// failure the error's path is "offset N", the byte where the bad field
// starts, and the message names the field.
class GgufReader
{
public:
    // Longest key and tensor name accepted (GGUF's own limit for keys).
    static constexpr quint64 MaxNameLength = 65535;
    // Deepest nesting of arrays accepted.
    static constexpr int MaxArrayDepth = 16;
    // Arrays longer than this keep their count only (GgufValue::elided).
    static constexpr quint64 MaxKeptElements = 4096;

    // device must be open, seekable and positioned at the file's start.
    static std::optional<GgufFile> read(QIODevice &device, WireError *error);
    static std::optional<GgufFile> readFile(const QString &path, WireError *error);
    static std::optional<GgufFile> readBytes(const QByteArray &bytes, WireError *error);
};

} // namespace vramscope
