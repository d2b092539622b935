#include "ggmltype.h"
#include "ggufreader.h"
#include "ggufwriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace vramscope;
using namespace Qt::StringLiterals;

// GGUF headers written by GgufWriter, so every value is known. Tensor bytes
// are worked out by hand from ggml's block structs (elements / block size x
// bytes per block).
class TestGgufReader : public QObject
{
    Q_OBJECT

private slots:
    void tensorBytes_data();
    void tensorBytes();
    void typeTable();
    void removedTypes_data();
    void removedTypes();
    void metadataValues();
    void nestedArrays();
    void longArraysKeepTheirCount();
    void alignment();
    void versionTwo();
    void readsAFileWithoutItsWeights();
    void hostile_data();
    void hostile();
    void truncatedAtEveryByte();
};

namespace {

QByteArray u32(quint32 value)
{
    return GgufWriter::u32(value);
}

QByteArray u64(quint64 value)
{
    return GgufWriter::u64(value);
}

QByteArray str(const QString &text)
{
    return GgufWriter::string(text);
}

// "GGUF", version 3, the counts.
QByteArray start(quint64 tensors, quint64 metadata)
{
    return QByteArrayLiteral("GGUF") + u32(3) + u64(tensors) + u64(metadata);
}

} // namespace

void TestGgufReader::tensorBytes_data()
{
    QTest::addColumn<quint32>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<quint64>("bytes");

    // One tensor of 256 x 2 = 512 elements of each type.
    QTest::newRow("F32") << 0u << u"F32"_s << quint64(512 * 4);
    QTest::newRow("F16") << 1u << u"F16"_s << quint64(512 * 2);
    QTest::newRow("Q4_0") << 2u << u"Q4_0"_s << quint64(16 * 18); // 512 / 32 = 16 blocks: 2 + 16
    QTest::newRow("Q4_1") << 3u << u"Q4_1"_s << quint64(16 * 20); // 2 halves + 16
    QTest::newRow("Q5_0") << 6u << u"Q5_0"_s << quint64(16 * 22); // 2 + 4 + 16
    QTest::newRow("Q5_1") << 7u << u"Q5_1"_s << quint64(16 * 24); // 4 + 4 + 16
    QTest::newRow("Q8_0") << 8u << u"Q8_0"_s << quint64(16 * 34); // 2 + 32
    QTest::newRow("Q8_1") << 9u << u"Q8_1"_s << quint64(16 * 36); // 4 + 32
    // K-quants: 512 / 256 = 2 blocks.
    QTest::newRow("Q2_K") << 10u << u"Q2_K"_s << quint64(2 * 84);       // 16 + 64 + 4
    QTest::newRow("Q3_K") << 11u << u"Q3_K"_s << quint64(2 * 110);      // 32 + 64 + 12 + 2
    QTest::newRow("Q4_K") << 12u << u"Q4_K"_s << quint64(2 * 144);      // 4 + 12 + 128
    QTest::newRow("Q5_K") << 13u << u"Q5_K"_s << quint64(2 * 176);      // 4 + 12 + 32 + 128
    QTest::newRow("Q6_K") << 14u << u"Q6_K"_s << quint64(2 * 210);      // 128 + 64 + 16 + 2
    QTest::newRow("Q8_K") << 15u << u"Q8_K"_s << quint64(2 * 292);      // 4 + 256 + 32
    QTest::newRow("IQ2_XXS") << 16u << u"IQ2_XXS"_s << quint64(2 * 66); // 2 + 64
    QTest::newRow("IQ2_XS") << 17u << u"IQ2_XS"_s << quint64(2 * 74);   // 2 + 64 + 8
    QTest::newRow("IQ3_XXS") << 18u << u"IQ3_XXS"_s << quint64(2 * 98); // 2 + 96
    QTest::newRow("IQ1_S") << 19u << u"IQ1_S"_s << quint64(2 * 50);     // 2 + 32 + 16
    QTest::newRow("IQ4_NL") << 20u << u"IQ4_NL"_s << quint64(16 * 18);  // blocks of 32: 2 + 16
    QTest::newRow("IQ3_S") << 21u << u"IQ3_S"_s << quint64(2 * 110);    // 2 + 64 + 8 + 32 + 4
    QTest::newRow("IQ2_S") << 22u << u"IQ2_S"_s << quint64(2 * 82);     // 2 + 64 + 8 + 8
    QTest::newRow("IQ4_XS") << 23u << u"IQ4_XS"_s << quint64(2 * 136);  // 2 + 2 + 4 + 128
    QTest::newRow("I8") << 24u << u"I8"_s << quint64(512);
    QTest::newRow("I16") << 25u << u"I16"_s << quint64(512 * 2);
    QTest::newRow("I32") << 26u << u"I32"_s << quint64(512 * 4);
    QTest::newRow("I64") << 27u << u"I64"_s << quint64(512 * 8);
    QTest::newRow("F64") << 28u << u"F64"_s << quint64(512 * 8);
    QTest::newRow("IQ1_M") << 29u << u"IQ1_M"_s << quint64(2 * 56); // 32 + 16 + 8
    QTest::newRow("BF16") << 30u << u"BF16"_s << quint64(512 * 2);
    QTest::newRow("TQ1_0") << 34u << u"TQ1_0"_s << quint64(2 * 54);  // 48 + 4 + 2
    QTest::newRow("TQ2_0") << 35u << u"TQ2_0"_s << quint64(2 * 66);  // 64 + 2
    QTest::newRow("MXFP4") << 39u << u"MXFP4"_s << quint64(16 * 17); // 1 + 16
    QTest::newRow("NVFP4") << 40u << u"NVFP4"_s << quint64(8 * 36);  // blocks of 64: 4 + 32
    QTest::newRow("Q1_0") << 41u << u"Q1_0"_s << quint64(4 * 18);    // blocks of 128: 2 + 16
    QTest::newRow("Q2_0") << 42u << u"Q2_0"_s << quint64(8 * 18);    // blocks of 64: 2 + 16
}

void TestGgufReader::tensorBytes()
{
    QFETCH(quint32, type);
    QFETCH(QString, name);
    QFETCH(quint64, bytes);

    GgufWriter writer;
    writer.addString(u"general.architecture"_s, u"llama"_s);
    writer.addTensor(u"blk.0.ffn_up.weight"_s, {256, 2}, type, bytes);
    WireError error;
    const std::optional<GgufFile> file = GgufReader::readBytes(writer.bytes(), &error);
    QVERIFY2(file, qPrintable(error.toString()));
    QCOMPARE(file->tensors.size(), 1);
    QCOMPARE(file->tensors.first().elements, quint64(512));
    QCOMPARE(file->tensors.first().bytes, bytes);
    QCOMPARE(GgmlType::fromId(type)->name(), name);
}

void TestGgufReader::typeTable()
{
    // ggml.h today: 0-3, 6-30, 34, 35, 39-42; 4, 5, 31-33 and 36-38 removed.
    QList<quint32> expected{0, 1, 2, 3};
    for (quint32 id = 6; id <= 30; ++id)
        expected.append(id);
    expected += {34, 35, 39, 40, 41, 42};
    QList<quint32> ids;
    for (const GgmlType &type : GgmlType::all())
        ids.append(type.id());
    QCOMPARE(ids, expected);
    QCOMPARE(GgmlType::fromName(u"q4_k")->id(), 12u);
    QVERIFY(!GgmlType::fromName(u"Q4_2"));
}

void TestGgufReader::removedTypes_data()
{
    QTest::addColumn<quint32>("type");
    for (quint32 removed : {4u, 5u, 31u, 32u, 33u, 36u, 37u, 38u, 43u, 1000u})
        QTest::addRow("%u", removed) << removed;
}

void TestGgufReader::removedTypes()
{
    QFETCH(quint32, type);
    QVERIFY(!GgmlType::fromId(type));
    GgufWriter writer;
    writer.addTensor(u"t"_s, {32}, type, 0);
    WireError error;
    QVERIFY(!GgufReader::readBytes(writer.bytes(), &error));
    // The type field follows "GGUF", version, counts (24), the name (8 + 1),
    // n_dims (4) and one dimension (8): offset 45.
    QCOMPARE(error.path, u"offset 45"_s);
    QCOMPARE(error.message, u"tensor 't': unknown ggml type "_s + QString::number(type));
}

void TestGgufReader::metadataValues()
{
    GgufWriter writer;
    writer.addRaw(u"u8"_s, GgufWriter::UInt8, QByteArray(1, char(200)));
    writer.addRaw(u"i8"_s, GgufWriter::Int8, QByteArray(1, char(-5)));
    writer.addRaw(u"u16"_s, GgufWriter::UInt16, QByteArray("\x34\x12", 2));
    writer.addRaw(u"i16"_s, GgufWriter::Int16, QByteArray("\xfe\xff", 2));
    writer.addUInt32(u"u32"_s, 4000000000u);
    writer.addInt32(u"i32"_s, -7);
    writer.addFloat32(u"f32"_s, 0.5f);
    writer.addBool(u"yes"_s, true);
    writer.addString(u"text"_s, u"Grüße"_s);
    writer.addUInt64(u"u64"_s, std::numeric_limits<quint64>::max());
    writer.addRaw(u"i64"_s, GgufWriter::Int64, u64(quint64(-3)));
    writer.addRaw(u"f64"_s, GgufWriter::Float64, u64(0x4000000000000000)); // 2.0
    writer.addUInt32Array(u"arr"_s, {1, 2, 3});
    writer.addStringArray(u"words"_s, {u"a"_s, u"bc"_s});

    WireError error;
    const std::optional<GgufFile> file = GgufReader::readBytes(writer.bytes(), &error);
    QVERIFY2(file, qPrintable(error.toString()));
    QCOMPARE(file->metadata.size(), 14);
    QCOMPARE(file->value(u"u8")->scalar.toULongLong(), 200u);
    QCOMPARE(file->value(u"i8")->scalar.toLongLong(), -5);
    QCOMPARE(file->value(u"u16")->scalar.toULongLong(), 0x1234u);
    QCOMPARE(file->value(u"i16")->scalar.toLongLong(), -2);
    QCOMPARE(file->value(u"u32")->toUnsigned(), quint64(4000000000u));
    QCOMPARE(file->value(u"i32")->scalar.toLongLong(), -7);
    QVERIFY(!file->value(u"i32")->toUnsigned()); // negative: not a count
    QCOMPARE(file->value(u"f32")->scalar.toDouble(), 0.5);
    QCOMPARE(file->value(u"yes")->scalar.toBool(), true);
    QCOMPARE(file->value(u"text")->scalar.toString(), u"Grüße"_s);
    QCOMPARE(file->value(u"u64")->toUnsigned(), std::numeric_limits<quint64>::max());
    QCOMPARE(file->value(u"i64")->scalar.toLongLong(), -3);
    QCOMPARE(file->value(u"f64")->scalar.toDouble(), 2.0);
    const GgufValue *array = file->value(u"arr");
    QVERIFY(array->isArray());
    QCOMPARE(array->count, 3u);
    QCOMPARE(array->unsignedAt(2), quint64(3));
    QCOMPARE(file->value(u"words")->elements.at(1).scalar.toString(), u"bc"_s);
    QCOMPARE(file->value(u"missing"), nullptr);
}

void TestGgufReader::nestedArrays()
{
    // [[7, 8], []] of uint16.
    const QByteArray inner1 = u32(GgufWriter::UInt16) + u64(2) + QByteArray("\x07\x00\x08\x00", 4);
    const QByteArray inner2 = u32(GgufWriter::UInt16) + u64(0);
    GgufWriter writer;
    writer.addRaw(u"nested"_s, GgufWriter::Array,
                  u32(GgufWriter::Array) + u64(2) + inner1 + inner2);
    WireError error;
    const std::optional<GgufFile> file = GgufReader::readBytes(writer.bytes(), &error);
    QVERIFY2(file, qPrintable(error.toString()));
    const GgufValue *nested = file->value(u"nested");
    QCOMPARE(nested->elementType, GgufValue::Type::Array);
    QCOMPARE(nested->elements.size(), 2);
    QCOMPARE(nested->elements.at(0).unsignedAt(1), quint64(8));
    QCOMPARE(nested->elements.at(1).count, 0u);
}

void TestGgufReader::longArraysKeepTheirCount()
{
    QStringList tokens;
    for (int i = 0; i < 5000; ++i) // past MaxKeptElements (4096)
        tokens.append(QString::number(i));
    GgufWriter writer;
    writer.addStringArray(u"tokenizer.ggml.tokens"_s, tokens);
    writer.addUInt32(u"after"_s, 9);
    WireError error;
    const std::optional<GgufFile> file = GgufReader::readBytes(writer.bytes(), &error);
    QVERIFY2(file, qPrintable(error.toString()));
    QCOMPARE(file->value(u"tokenizer.ggml.tokens")->count, 5000u);
    QVERIFY(file->value(u"tokenizer.ggml.tokens")->elided);
    QVERIFY(file->value(u"tokenizer.ggml.tokens")->elements.isEmpty());
    QCOMPARE(file->value(u"after")->toUnsigned(), quint64(9)); // skipped exactly
}

void TestGgufReader::alignment()
{
    GgufWriter writer;
    writer.setAlignment(64);
    writer.addTensor(u"a"_s, {10}, 0, 40);
    writer.addTensor(u"b"_s, {10}, 0, 40);
    WireError error;
    const std::optional<GgufFile> file = GgufReader::readBytes(writer.bytes(), &error);
    QVERIFY2(file, qPrintable(error.toString()));
    QCOMPARE(file->alignment, 64u);
    QCOMPARE(file->dataOffset % 64, 0u);
    QCOMPARE(file->dataOffset, quint64(writer.header().size()));
    QCOMPARE(file->tensors.at(1).offset, 64u); // 40 bytes of "a", padded to 64
}

void TestGgufReader::versionTwo()
{
    GgufWriter writer(2);
    writer.addUInt32(u"x"_s, 1);
    WireError error;
    const std::optional<GgufFile> file = GgufReader::readBytes(writer.bytes(), &error);
    QVERIFY2(file, qPrintable(error.toString()));
    QCOMPARE(file->version, 2u);
}

void TestGgufReader::readsAFileWithoutItsWeights()
{
    // 1 GiB of F16 weights, a sparse file: the reader must not touch them.
    QTemporaryDir dir;
    GgufWriter writer;
    writer.addString(u"general.architecture"_s, u"llama"_s);
    writer.addTensor(u"token_embd.weight"_s, {32768, 16384}, 1, quint64(32768) * 16384 * 2);
    const QString path = dir.filePath(u"big.gguf"_s);
    QVERIFY(writer.write(path));
    WireError error;
    const std::optional<GgufFile> file = GgufReader::readFile(path, &error);
    QVERIFY2(file, qPrintable(error.toString()));
    QCOMPARE(file->fileSize, quint64(writer.header().size()) + (quint64(1) << 30));
    QCOMPARE(file->tensors.first().bytes, quint64(1) << 30);
}

void TestGgufReader::hostile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("wrong magic") << (QByteArrayLiteral("GGML") + u32(3) + u64(0) + u64(0))
                                 << u"offset 0"_s
                                 << u"not a GGUF file (the magic is not \"GGUF\")"_s;
    QTest::newRow("version 1") << (QByteArrayLiteral("GGUF") + u32(1) + u64(0) + u64(0))
                               << u"offset 4"_s
                               << u"GGUF version 1 is not supported (only versions 2 and 3)"_s;
    QTest::newRow("big-endian") << (QByteArrayLiteral("GGUF") + QByteArray("\0\0\0\3", 4) + u64(0) +
                                    u64(0))
                                << u"offset 4"_s
                                << u"a big-endian GGUF file; only little-endian files are read"_s;
    // After the 24-byte start nothing is left: 13 bytes per entry at least.
    QTest::newRow("metadata count 2^63")
        << start(0, quint64(1) << 63) << u"offset 16"_s
        << u"metadata count 9223372036854775808 needs at least 13 bytes each, but only 0 bytes are left"_s;
    QTest::newRow("tensor count 2^40")
        << (start(quint64(1) << 40, 0) + QByteArray(100, '\0')) << u"offset 8"_s
        << u"tensor count 1099511627776 needs at least 24 bytes each, but only 108 bytes are left"_s;
    // Key "k" (9 bytes) at 24, type at 33, element type at 37, count at 41.
    QTest::newRow("array of 2^40 strings")
        << (start(0, 1) + str(u"k"_s) + u32(GgufWriter::Array) + u32(GgufWriter::String) +
            u64(quint64(1) << 40) + QByteArray(64, '\0'))
        << u"offset 41"_s
        << u"metadata 'k' element count 1099511627776 needs at least 8 bytes each, but only 64 bytes are left"_s;
    QTest::newRow("n_dims 9") << (start(1, 0) + str(u"t"_s) + u32(9) + QByteArray(100, '\0'))
                              << u"offset 33"_s
                              << u"tensor 't' has 9 dimensions; ggml allows at most 4"_s;
    // 2^32 x 2^32 = 2^64 elements: the second dimension (at 45) overflows.
    QTest::newRow("dimensions overflow")
        << (start(1, 0) + str(u"t"_s) + u32(2) + u64(quint64(1) << 32) + u64(quint64(1) << 32) +
            u32(0) + u64(0))
        << u"offset 45"_s << u"tensor 't': its dimensions overflow 63 bits of elements"_s;
    QTest::newRow("dimension past int64")
        << (start(1, 0) + str(u"t"_s) + u32(1) + u64(quint64(1) << 63) + u32(0) + u64(0))
        << u"offset 37"_s << u"tensor 't': its dimensions overflow 63 bits of elements"_s;
    QTest::newRow("row not whole blocks")
        << (start(1, 0) + str(u"t"_s) + u32(1) + u64(100) + u32(12) + u64(0)) << u"offset 45"_s
        << u"tensor 't': 100 elements per row is not a whole number of Q4_K blocks (256)"_s;
    QTest::newRow("offset not aligned")
        << (start(1, 0) + str(u"t"_s) + u32(1) + u64(8) + u32(0) + u64(4)) << u"offset 49"_s
        << u"tensor 't': offset 4 is not a multiple of the alignment 32"_s;
    // The header is 57 bytes; data would start at 64 and needs 32 bytes.
    QTest::newRow("data past the end")
        << (start(1, 0) + str(u"t"_s) + u32(1) + u64(8) + u32(0) + u64(0)) << u"offset 57"_s
        << u"tensor 't' (32 bytes at data offset 0) runs past the end of the file (57 bytes)"_s;
    QTest::newRow("duplicate key")
        << (start(0, 2) + str(u"k"_s) + u32(GgufWriter::UInt8) + QByteArray(1, '\1') + str(u"k"_s) +
            u32(GgufWriter::UInt8) + QByteArray(1, '\1'))
        << u"offset 38"_s << u"metadata key 'k' appears twice"_s;
    QTest::newRow("duplicate tensor")
        << (start(2, 0) + str(u"t"_s) + u32(0) + u32(0) + u64(0) + str(u"t"_s) + u32(0) + u32(0) +
            u64(0) + QByteArray(64, '\0'))
        << u"offset 49"_s << u"tensor 't' appears twice"_s;
    QTest::newRow("bool 2") << (start(0, 1) + str(u"k"_s) + u32(GgufWriter::Bool) +
                                QByteArray(1, '\2'))
                            << u"offset 37"_s << u"metadata 'k': a bool must be 0 or 1, got 2"_s;
    QTest::newRow("value type 13") << (start(0, 1) + str(u"k"_s) + u32(13) + QByteArray(8, '\0'))
                                   << u"offset 33"_s << u"metadata 'k': unknown value type 13"_s;
    QTest::newRow("array element type 13")
        << (start(0, 1) + str(u"k"_s) + u32(GgufWriter::Array) + u32(13) + u64(1) +
            QByteArray(8, '\0'))
        << u"offset 37"_s << u"metadata 'k': unknown array element type 13"_s;
    QByteArray deep = u32(GgufWriter::UInt8) + u64(0);
    for (int level = 0; level < 17; ++level)
        deep = u32(GgufWriter::Array) + u64(1) + deep;
    // 17 levels of arrays around the innermost: the 17th starts at 37 + 16 x 12.
    QTest::newRow("arrays 17 deep")
        << (start(0, 1) + str(u"k"_s) + u32(GgufWriter::Array) + deep) << u"offset 229"_s
        << u"metadata 'k'[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: arrays nested deeper than 16 levels"_s;
    QTest::newRow("alignment 3") << (start(0, 1) + str(u"general.alignment"_s) +
                                     u32(GgufWriter::UInt32) + u32(3))
                                 << u"offset 53"_s
                                 << u"general.alignment must be a uint32 power of 2"_s;
    QTest::newRow("key of 70000 bytes")
        << (start(0, 1) + u64(70000) + QByteArray(70010, 'k')) << u"offset 24"_s
        << u"metadata key 0 length 70000 exceeds 65535"_s;
    QTest::newRow("string longer than the file")
        << (start(0, 1) + str(u"k"_s) + u32(GgufWriter::String) + u64(1000) + QByteArray(10, 'x'))
        << u"offset 37"_s << u"metadata 'k' length 1000 runs past the end (10 bytes left)"_s;
}

void TestGgufReader::hostile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, path);
    QFETCH(QString, message);
    WireError error;
    QVERIFY(!GgufReader::readBytes(bytes, &error));
    QCOMPARE(error.message, message);
    QCOMPARE(error.path, path);
}

void TestGgufReader::truncatedAtEveryByte()
{
    GgufWriter writer;
    writer.addString(u"general.architecture"_s, u"llama"_s);
    writer.addUInt32Array(u"llama.attention.head_count_kv"_s, {8, 8});
    writer.addStringArray(u"tokenizer.ggml.tokens"_s, {u"a"_s, u"b"_s});
    writer.addFloat32(u"f"_s, 1.0f);
    writer.addTensor(u"blk.0.attn_q.weight"_s, {64, 64}, 8, 64 * 64 / 32 * 34);
    writer.addTensor(u"output.weight"_s, {64, 10}, 1, 64 * 10 * 2);
    const QByteArray whole = writer.bytes();
    WireError error;
    QVERIFY2(GgufReader::readBytes(whole, &error), qPrintable(error.toString()));
    for (qsizetype size = 0; size < whole.size(); ++size) {
        QVERIFY2(!GgufReader::readBytes(whole.first(size), &error),
                 qPrintable(u"read a file cut at "_s + QString::number(size)));
        QVERIFY2(error.path.startsWith(u"offset "_s), qPrintable(error.toString()));
        QVERIFY(!error.message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestGgufReader)
#include "tst_ggufreader.moc"
