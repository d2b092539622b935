#include "gguffile.h"

#include "ggmltype.h"

#include <QMap>

namespace vramscope {

namespace {

// llama.cpp's enum llama_ftype (llama.h); 5, 6 and 33-35 are gone.
QString fileTypeName(quint64 fileType)
{
    static const char *const names[] = {
        "F32",    "F16",    "Q4_0",    "Q4_1",      "Q4_1_SOME_F16", nullptr,   nullptr,
        "Q8_0",   "Q5_0",   "Q5_1",    "Q2_K",      "Q3_K_S",        "Q3_K_M",  "Q3_K_L",
        "Q4_K_S", "Q4_K_M", "Q5_K_S",  "Q5_K_M",    "Q6_K",          "IQ2_XXS", "IQ2_XS",
        "Q2_K_S", "IQ3_XS", "IQ3_XXS", "IQ1_S",     "IQ4_NL",        "IQ3_S",   "IQ3_M",
        "IQ2_S",  "IQ2_M",  "IQ4_XS",  "IQ1_M",     "BF16",          nullptr,   nullptr,
        nullptr,  "TQ1_0",  "TQ2_0",   "MXFP4_MOE", "NVFP4",         "Q1_0",    "Q2_0"};
    if (fileType < std::size(names) && names[fileType])
        return QString::fromLatin1(names[fileType]);
    return {};
}

} // namespace

const GgufValue *GgufFile::value(QStringView key) const
{
    for (const auto &[name, value] : metadata) {
        if (name == key)
            return &value;
    }
    return nullptr;
}

QString GgufFile::architecture() const
{
    const GgufValue *arch = value(u"general.architecture");
    if (!arch || arch->type != GgufValue::Type::String)
        return {};
    return arch->scalar.toString();
}

QString GgufFile::quantization() const
{
    if (const GgufValue *fileType = value(u"general.file_type")) {
        const QString name = fileTypeName(fileType->toUnsigned().value_or(quint64(-1)));
        if (!name.isEmpty())
            return name;
    }
    QMap<quint32, quint64> bytesByType;
    for (const GgufTensorInfo &tensor : tensors) {
        if (tensor.dimensions.size() >= 2)
            bytesByType[tensor.type] += tensor.bytes;
    }
    quint32 largest = 0;
    quint64 most = 0;
    for (auto it = bytesByType.cbegin(); it != bytesByType.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            largest = it.key();
        }
    }
    const std::optional<GgmlType> type = GgmlType::fromId(largest);
    return most > 0 && type ? type->name() : QString();
}

} // namespace vramscope
