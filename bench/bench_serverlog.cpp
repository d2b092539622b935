// Throughput of ServerLogParser on generated logs of about 100 MB: prints
// MB/s (10^6 bytes per second) for three mixes, best of five runs each.
//   typical:  what a busy server writes: request lines ([GIN]) and other
//             records, with a model load every few hundred lines
//   loads:    nothing but loads (every line is one the parser reads whole)
//   journal:  the typical mix behind journalctl's prefix
#include "serverlogparser.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace vramscope;

namespace {

constexpr qsizetype TargetBytes = 100 * 1000 * 1000;

QByteArray loadLines(int serial)
{
    // Eight models take turns, as on a server with a few models in use.
    const QByteArray digest = QByteArray::number(serial % 8, 16).rightJustified(64, '0');
    const QByteArray time =
        "time=2026-06-03T10:15:02.200+02:00 level=INFO source=llama_server.go:212 ";
    return time +
           "msg=\"starting llama-server\" cmd=\"/usr/local/lib/ollama/llama-server --model "
           "/usr/share/ollama/.ollama/models/blobs/sha256-" +
           digest +
           " --port 36183 --host 127.0.0.1 -c 16384 -np 2 --log-verbosity 4\"\n"
           "llama_model_load_from_file_impl: using device CUDA0 (NVIDIA GeForce RTX 3060) "
           "(0000:01:00.0) - 11873 MiB free\n"
           "load_tensors: offloaded 30/41 layers to GPU\n"
           "load_tensors:   CPU_Mapped model buffer size =  4403.49 MiB\n"
           "load_tensors:        CUDA0 model buffer size =  5120.00 MiB\n"
           "load_tensors:        CUDA1 model buffer size =  5376.25 MiB\n"
           "llama_context:  CUDA_Host  output buffer size =     1.01 MiB\n"
           "llama_kv_cache:      CUDA0 KV buffer size =  1920.00 MiB\n"
           "llama_kv_cache:      CUDA1 KV buffer size =  1920.00 MiB\n"
           "llama_kv_cache: size = 4480.00 MiB ( 16384 cells,  40 layers,  2/2 seqs), K (f16): "
           "2240.00 MiB, V (f16): 2240.00 MiB\n"
           "sched_reserve:      CUDA0 compute buffer size =   852.89 MiB\n"
           "sched_reserve:  CUDA_Host compute buffer size =    40.02 MiB\n" +
           time + "msg=\"model weights\" device=CUDA0 size=\"19.9 GiB\"\n" + time +
           "msg=\"kv cache\" device=CUDA0 size=\"1.9 GiB\"\n" + time +
           "msg=\"total memory\" size=\"21.8 GiB\"\n" + time +
           "msg=\"llama-server started in 28.08 seconds\"\n";
}

QByteArray requestLines()
{
    QByteArray lines;
    for (int i = 0; i < 50; ++i)
        lines += "[GIN] 2026/06/03 - 10:15:35 | 200 |  33.052113s |       127.0.0.1 | POST     "
                 "\"/api/chat\"\n";
    for (int i = 0; i < 10; ++i)
        lines += "time=2026-06-03T10:15:35.001+02:00 level=INFO source=server.go:1234 "
                 "msg=\"new model will fit in available VRAM, loading\" model=/usr/share/ollama/"
                 "models/blobs/sha256-6a07 library=CUDA parallel=2 required=\"9.8 GiB\"\n";
    return lines;
}

QByteArray withPrefix(const QByteArray &log)
{
    QByteArray prefixed;
    prefixed.reserve(log.size() * 3 / 2);
    for (const QByteArray &line : log.split('\n')) {
        if (line.isEmpty())
            continue;
        prefixed += "juin 03 10:20:00 gpubox ollama[1234]: ";
        prefixed += line;
        prefixed += '\n';
    }
    return prefixed;
}

QByteArray generate(bool loadsOnly)
{
    QByteArray log = "time=2026-06-03T10:15:00.002+02:00 level=INFO source=routes.go:1530 "
                     "msg=\"Listening on 127.0.0.1:11434 (version 0.30.2)\"\n";
    log.reserve(TargetBytes + 8192);
    for (int serial = 0; log.size() < TargetBytes; ++serial) {
        log += loadLines(serial);
        if (!loadsOnly) {
            for (int i = 0; i < 5; ++i)
                log += requestLines();
        }
    }
    return log;
}

double megabytesPerSecond(const QByteArray &log, qint64 *lines)
{
    double best = 0;
    for (int run = 0; run < 5; ++run) {
        ServerLogParser parser;
        QElapsedTimer timer;
        timer.start();
        // 1 MiB reads, as the CLI and the follower feed it.
        for (qsizetype at = 0; at < log.size(); at += 1 << 20)
            parser.addData(
                QByteArrayView(log).sliced(at, qMin<qsizetype>(1 << 20, log.size() - at)));
        parser.finish();
        const qint64 nanoseconds = timer.nsecsElapsed();
        best = std::max(best, double(log.size()) / 1e6 / (double(nanoseconds) / 1e9));
        *lines = parser.lineCount();
    }
    return best;
}

} // namespace

int main()
{
    const QByteArray typical = generate(false);
    const QByteArray loads = generate(true);
    const QByteArray journal = withPrefix(typical);
    for (const auto &[name, log] : {std::pair<const char *, const QByteArray &>{"typical", typical},
                                    {"loads", loads},
                                    {"journal", journal}}) {
        qint64 lines = 0;
        const double rate = megabytesPerSecond(log, &lines);
        std::printf("%-8s %6.1f MB  %9lld lines  %7.1f MB/s  %5.0f ns/line\n", name,
                    double(log.size()) / 1e6, static_cast<long long>(lines), rate,
                    double(log.size()) / rate / 1e6 * 1e9 / double(lines));
    }
    return 0;
}
