#include "ggufvalue.h"

namespace vramscope {

bool GgufValue::isInteger() const
{
    switch (type) {
    case Type::UInt8:
    case Type::Int8:
    case Type::UInt16:
    case Type::Int16:
    case Type::UInt32:
    case Type::Int32:
    case Type::UInt64:
    case Type::Int64:
        return true;
    default:
        return false;
    }
}

std::optional<quint64> GgufValue::toUnsigned() const
{
    if (!isInteger())
        return std::nullopt;
    if (scalar.typeId() == QMetaType::LongLong) {
        const qlonglong value = scalar.toLongLong();
        if (value < 0)
            return std::nullopt;
        return quint64(value);
    }
    return scalar.toULongLong();
}

std::optional<quint64> GgufValue::unsignedAt(qsizetype i) const
{
    if (!isArray() || i < 0 || i >= elements.size())
        return std::nullopt;
    return elements.at(i).toUnsigned();
}

QString GgufValue::typeName(quint32 type)
{
    static const char *const names[] = {"uint8",  "int8",    "uint16", "int16",  "uint32",
                                        "int32",  "float32", "bool",   "string", "array",
                                        "uint64", "int64",   "float64"};
    if (type < std::size(names))
        return QString::fromLatin1(names[type]);
    return u"type " + QString::number(type);
}

} // namespace vramscope
