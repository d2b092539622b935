#include "ggmltype.h"

#include <QList>

#include <array>
#include <limits>

namespace vramscope {

namespace {

struct TypeRow
{
    quint32 id;
    const char *name;
    quint32 blockSize;
    quint32 bytesPerBlock;
};

// ggml's type_traits: block sizes from the QK* constants, bytes from the
// block structs of ggml-common.h (e.g. block_q4_K: 2 halves + 12 scale bytes
// + 128 nibble bytes = 144 per 256 elements).
constexpr std::array<TypeRow, 35> Rows{{
    {0, "F32", 1, 4},         {1, "F16", 1, 2},         {2, "Q4_0", 32, 18},
    {3, "Q4_1", 32, 20},      {6, "Q5_0", 32, 22},      {7, "Q5_1", 32, 24},
    {8, "Q8_0", 32, 34},      {9, "Q8_1", 32, 36},      {10, "Q2_K", 256, 84},
    {11, "Q3_K", 256, 110},   {12, "Q4_K", 256, 144},   {13, "Q5_K", 256, 176},
    {14, "Q6_K", 256, 210},   {15, "Q8_K", 256, 292},   {16, "IQ2_XXS", 256, 66},
    {17, "IQ2_XS", 256, 74},  {18, "IQ3_XXS", 256, 98}, {19, "IQ1_S", 256, 50},
    {20, "IQ4_NL", 32, 18},   {21, "IQ3_S", 256, 110},  {22, "IQ2_S", 256, 82},
    {23, "IQ4_XS", 256, 136}, {24, "I8", 1, 1},         {25, "I16", 1, 2},
    {26, "I32", 1, 4},        {27, "I64", 1, 8},        {28, "F64", 1, 8},
    {29, "IQ1_M", 256, 56},   {30, "BF16", 1, 2},       {34, "TQ1_0", 256, 54},
    {35, "TQ2_0", 256, 66},   {39, "MXFP4", 32, 17},    {40, "NVFP4", 64, 36},
    {41, "Q1_0", 128, 18},    {42, "Q2_0", 64, 18},
}};

} // namespace

std::optional<GgmlType> GgmlType::fromId(quint32 id)
{
    for (const TypeRow &row : Rows) {
        if (row.id == id)
            return GgmlType(row.id, row.name, row.blockSize, row.bytesPerBlock);
    }
    return std::nullopt;
}

std::optional<GgmlType> GgmlType::fromName(QStringView name)
{
    for (const TypeRow &row : Rows) {
        if (name.compare(QLatin1StringView(row.name), Qt::CaseInsensitive) == 0)
            return GgmlType(row.id, row.name, row.blockSize, row.bytesPerBlock);
    }
    return std::nullopt;
}

QString GgmlType::name() const
{
    return QString::fromLatin1(m_name);
}

std::optional<quint64> GgmlType::bytesFor(quint64 elements) const
{
    if (elements % m_blockSize != 0)
        return std::nullopt;
    quint64 bytes = 0;
    if (__builtin_mul_overflow(elements / m_blockSize, quint64(m_bytesPerBlock), &bytes) ||
        bytes > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return bytes;
}

QList<GgmlType> GgmlType::all()
{
    QList<GgmlType> types;
    for (const TypeRow &row : Rows) {
        types.append(GgmlType(row.id, row.name, row.blockSize, row.bytesPerBlock));
    }
    return types;
}

} // namespace vramscope
