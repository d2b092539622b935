#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace vramscope {

// One metadata value of a GGUF file: a scalar, a string or an array (of any
// type, arrays included). Long arrays keep their count but not their
// elements (elided), so a tokenizer's 150 000 strings cost nothing.
struct GgufValue
{
    // GGUF's gguf_metadata_value_type, with its numeric ids.
    enum class Type : quint32
    {
        UInt8 = 0,
        Int8 = 1,
        UInt16 = 2,
        Int16 = 3,
        UInt32 = 4,
        Int32 = 5,
        Float32 = 6,
        Bool = 7,
        String = 8,
        Array = 9,
        UInt64 = 10,
        Int64 = 11,
        Float64 = 12,
    };

    Type type = Type::UInt8;
    // Scalars: qulonglong (unsigned), qlonglong (signed), double, bool or
    // QString. Invalid for arrays.
    QVariant scalar;
    // Arrays only.
    Type elementType = Type::UInt8;
    quint64 count = 0;
    QList<GgufValue> elements;
    bool elided = false; // count elements in the file, none kept here

    bool isArray() const { return type == Type::Array; }
    bool isInteger() const;
    // An integer scalar that is not negative; nothing otherwise.
    std::optional<quint64> toUnsigned() const;
    // Element i of an array of non-negative integers; nothing otherwise.
    std::optional<quint64> unsignedAt(qsizetype i) const;

    // "uint32", "string", "array"...; "type 13" for an id GGUF lacks.
    static QString typeName(quint32 type);
};

} // namespace vramscope
