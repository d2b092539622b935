// Bytes fed to ServerLogParser as a log arriving in two pieces: it must
// neither crash nor hold more than its caps, and its counts must agree.
#include "serverlogparser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace vramscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ServerLogParser parser;
    // The first byte picks where the input is cut, as a read might.
    const qsizetype cut = size > 0 ? qsizetype(data[0]) % (bytes.size() + 1) : 0;
    parser.addData(bytes.first(cut));
    parser.addData(bytes.sliced(cut));
    parser.finish();
    const qint64 newlines = bytes.count('\n');
    const bool endsOpen = size > 0 && data[size - 1] != '\n';
    if (parser.lineCount() != newlines + (endsOpen ? 1 : 0) ||
        parser.skippedLines() > parser.lineCount() ||
        parser.loads().size() > ServerLogParser::MaxLoads) {
        std::fprintf(stderr, "lines %lld, skipped %lld, newlines %lld, loads %lld\n",
                     static_cast<long long>(parser.lineCount()),
                     static_cast<long long>(parser.skippedLines()),
                     static_cast<long long>(newlines),
                     static_cast<long long>(parser.loads().size()));
        std::abort();
    }
    for (const ModelLoad &load : parser.loads()) {
        if (load.host.total().bytes < 0 || load.devices.size() > 256)
            std::abort();
    }
    return 0;
}
