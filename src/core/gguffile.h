#pragma once

#include "gguftensorinfo.h"
#include "ggufvalue.h"

#include <QList>
#include <QString>

#include <utility>

namespace vramscope {

// What a GGUF file's header says: its metadata in file order and its
// tensors. The weights themselves are never read.
struct GgufFile
{
    quint32 version = 0;
    quint64 alignment = 32; // general.alignment, GGUF's default 32
    quint64 dataOffset = 0; // where the tensor data starts
    quint64 fileSize = 0;
    QList<std::pair<QString, GgufValue>> metadata;
    QList<GgufTensorInfo> tensors;

    // The value of a key, or null when the file lacks it.
    const GgufValue *value(QStringView key) const;
    // general.architecture, empty when missing or not a string.
    QString architecture() const;
    // The quantization as ollama names it ("Q4_K_M"): llama.cpp's name for
    // general.file_type, else the ggml type holding the most bytes among
    // the matrices; empty when neither is known.
    QString quantization() const;
};

} // namespace vramscope
