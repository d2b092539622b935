// The GGUF reader on the input as a whole file; whatever it accepts must
// also survive the estimate, the quantization name and a BackendMemory.
#include "estimatememory.h"
#include "ggufreader.h"
#include "modelestimate.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace vramscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    WireError error;
    const std::optional<GgufFile> file = GgufReader::readBytes(bytes, &error);
    if (!file) {
        if (error.message.isEmpty()) {
            std::fprintf(stderr, "refused without a message\n");
            std::abort();
        }
        return 0;
    }
    if (file->dataOffset > file->fileSize && !file->tensors.isEmpty())
        std::abort(); // tensors past the end must have been refused
    file->quantization();
    for (const char *type : {"f16", "q8_0", "q4_0"}) {
        EstimateSettings settings;
        settings.kvCacheType = QString::fromLatin1(type);
        settings.parallel = 2;
        const std::optional<ModelEstimate> estimate =
            ModelEstimate::compute(*file, settings, &error);
        if (!estimate)
            continue;
        quint64 sum = estimate->inputWeights + estimate->outputWeights - estimate->tiedBytes;
        for (const ModelEstimate::Layer &layer : estimate->layers)
            sum += layer.weights;
        if (sum != estimate->totalWeights) {
            std::fprintf(stderr, "weights do not add up: %llu != %llu\n",
                         static_cast<unsigned long long>(sum),
                         static_cast<unsigned long long>(estimate->totalWeights));
            std::abort();
        }
        const BackendMemory memory = EstimateMemory::build(
            *estimate, {}, EstimateMemory::evenSplit(estimate->layers.size() + 1, 0));
        if (memory.cpu.weights.size() != estimate->layers.size() + 1)
            std::abort();
    }
    return 0;
}
