#pragma once

#include <QString>

namespace vramscope {

// One model of an ollama store, as `vramscope models` lists it.
struct StoredModel
{
    QString name;         // as `ollama list` shows it
    QString manifestPath; // absolute
    QString blobPath;     // the GGUF file, absolute; empty when unknown
    QString digest;       // hex, without "sha256:"
    quint64 size = 0;     // the blob's bytes on disk
    QString architecture;
    QString quantization;
    QString problem; // why the manifest or the blob could not be read; empty when fine
};

} // namespace vramscope
