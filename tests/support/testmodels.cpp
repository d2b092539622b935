#include "testmodels.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace Qt::StringLiterals;

GgufWriter TestModels::model(const QString &arch, quint32 blocks, const Metadata &metadata,
                             bool withOutput)
{
    GgufWriter writer;
    writer.addString(u"general.architecture"_s, arch);
    writer.addUInt32(arch + u".block_count"_s, blocks);
    writer.addUInt32(arch + u".context_length"_s, 8192);
    writer.addUInt32(arch + u".embedding_length"_s, 64);
    writer.addUInt32(arch + u".attention.head_count"_s, 4);
    if (metadata)
        metadata(writer);
    writer.addTensor(u"token_embd.weight"_s, {64, 100}, 1, 12800);
    for (quint32 il = 0; il < blocks; ++il) {
        const QString prefix = u"blk."_s + QString::number(il);
        writer.addTensor(prefix + u".attn_q.weight"_s, {64, 64}, 8, 4352);
        writer.addTensor(prefix + u".attn_norm.weight"_s, {64}, 0, 256);
    }
    writer.addTensor(u"output_norm.weight"_s, {64}, 0, 256);
    if (withOutput)
        writer.addTensor(u"output.weight"_s, {64, 100}, 8, 6800);
    return writer;
}

bool TestModels::writeStore(const QString &target)
{
    const QString source = QStringLiteral(VRAMSCOPE_TEST_DATA) + u"/ollama-store"_s;
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString copy = target + path.mid(source.size());
        if (!QDir().mkpath(QFileInfo(copy).path()) || !QFile::copy(path, copy))
            return false;
    }
    const QString blobs = target + u"/blobs/"_s;
    if (!QDir().mkpath(blobs))
        return false;
    const auto blob = [&](char digit) -> QString {
        return blobs + u"sha256-"_s + QString(64, QLatin1Char(digit));
    };
    const auto fileType = [](quint32 type) {
        return [type](GgufWriter &w) {
            w.addUInt32(u"llama.attention.head_count_kv"_s, 2);
            w.addUInt32(u"general.file_type"_s, type);
        };
    };
    return model(u"llama"_s, 2, fileType(15)).write(blob('1')) &&
           model(u"llama"_s, 2, fileType(7)).write(blob('2')) &&
           model(u"gemma3"_s, 6,
                 [](GgufWriter &w) {
                     w.addUInt32(u"gemma3.attention.head_count_kv"_s, 2);
                     w.addUInt32(u"gemma3.attention.sliding_window"_s, 512);
                     w.addUInt32(u"general.file_type"_s, 1);
                 })
               .write(blob('3')) &&
           model(u"qwen2"_s, 2).write(blob('4'));
}

QByteArray TestModels::llamaServerLoadLog(const QString &modelPath)
{
    const QByteArray model = modelPath.toUtf8();
    return "time=2026-06-03T10:15:00.002+02:00 level=INFO source=routes.go:1530 msg=\"Listening on "
           "127.0.0.1:11434 (version 0.30.2)\"\n"
           "time=2026-06-03T10:15:00.500+02:00 level=INFO source=types.go:60 msg=\"inference "
           "compute\" id=0 filter_id=0 library=CUDA compute=8.9 name=CUDA0 "
           "description=\"NVIDIA GeForce RTX 4090\" libdirs=ollama,cuda_v13 driver=13.0 "
           "pci_id=0000:01:00.0 type=discrete\n"
           "time=2026-06-03T10:15:00.501+02:00 level=INFO source=types.go:60 msg=\"inference "
           "compute\" id=1 filter_id=1 library=CUDA compute=8.6 name=CUDA1 "
           "description=\"NVIDIA GeForce RTX 3090\" libdirs=ollama,cuda_v13 driver=13.0 "
           "pci_id=0000:02:00.0 type=discrete\n"
           "time=2026-06-03T10:15:02.200+02:00 level=INFO source=llama_server.go:212 "
           "msg=\"starting llama-server\" cmd=\"/usr/local/lib/ollama/llama-server --model " +
           model +
           " --port 36183 --host 127.0.0.1 -c 2048 -np 2 --log-verbosity 4 --no-log-prefix "
           "--no-log-timestamps\"\n"
           "llama_model_load_from_file_impl: using device CUDA1 (NVIDIA GeForce RTX 3090) "
           "(0000:02:00.0) - 23894 MiB free\n"
           "sched_reserve:      CUDA1 compute buffer size =     9.00 MiB\n"
           "common_params_fit_impl:   - CUDA1 (NVIDIA GeForce RTX 3090): 3 layers ( 0 "
           "overflowing),     12 MiB used,  23882 MiB free\n"
           "load_tensors: offloaded 3/3 layers to GPU\n"
           "load_tensors:        CUDA1 model buffer size =     0.02 MiB\n"
           "llama_kv_cache:      CUDA1 KV buffer size =     1.00 MiB\n"
           "sched_reserve:      CUDA1 compute buffer size =     2.00 MiB\n"
           "time=2026-06-03T10:15:04.280+02:00 level=INFO source=llama_server.go:420 "
           "msg=\"llama-server started in 2.08 seconds\"\n";
}
