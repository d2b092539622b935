// The readers of the ollama server's API and of llama-server on the input.
// A list of loaded or stored models that one accepts must be written back
// and read again to the same value; the others must only not crash.
#include "wireformat.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace vramscope;

namespace {

template <typename Read> void checkModelsRoundTrip(const QByteArray &body, Read read)
{
    WireError error;
    const auto models = read(body, &error);
    if (!models)
        return;
    QJsonArray list;
    for (const auto &model : *models)
        list.append(WireFormat::toJson(model));
    QJsonObject root;
    root.insert(QLatin1StringView("models"), list);
    const QByteArray written = WireFormat::toBytes(root);
    const auto again = read(written, &error);
    if (!again || !(*again == *models)) {
        std::fprintf(stderr, "round trip failed\nwritten: %s\nerror: %s\n", written.constData(),
                     again ? "(read, but different)" : qPrintable(error.toString()));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    checkModelsRoundTrip(body, WireFormat::readRunningModels);
    checkModelsRoundTrip(body, WireFormat::readLocalModels);
    WireError error;
    WireFormat::readOllamaVersion(body, &error);
    WireFormat::readModelFacts(body, &error);
    WireFormat::readLlamaServerProps(body, &error);
    WireFormat::readLlamaServerSlots(body, &error);
    return 0;
}
