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
