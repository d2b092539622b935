#include "ggufreader.h"

#include "devicecursor.h"

#include "ggmltype.h"

#include <QBuffer>
#include <QFile>
#include <QSet>
#include <QtEndian>

#include <limits>

namespace vramscope {

namespace {

using Type = GgufValue::Type;

constexpr quint32 Magic = 0x46554747; // "GGUF" read as a little-endian uint32
constexpr quint32 MaxDimensions = 4;  // GGML_MAX_DIMS

// Bytes a value of this type takes at the least: what a count of them
// must fit in. Strings and arrays start with their 8-byte count.
quint64 minimumSize(quint32 type)
{
    switch (Type(type)) {
    case Type::UInt8:
    case Type::Int8:
    case Type::Bool:
        return 1;
    case Type::UInt16:
    case Type::Int16:
        return 2;
    case Type::UInt32:
    case Type::Int32:
    case Type::Float32:
        return 4;
    case Type::UInt64:
    case Type::Int64:
    case Type::Float64:
    case Type::String:
        return 8;
    case Type::Array:
        return 12;
    }
    return 0;
}

bool isFixedSize(quint32 type)
{
    return type <= quint32(Type::Float64) && type != quint32(Type::String) &&
           type != quint32(Type::Array);
}

// Field names for messages are put together only on failure: the success
// path of a 150 000-token vocabulary builds no strings.
class Parser
{
public:
    Parser(QIODevice &device, quint64 size) : m_cursor(device, size) { m_file.fileSize = size; }

    std::optional<GgufFile> parse(WireError *error)
    {
        if (!parseHeader() || !parseMetadata() || !parseTensors()) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return std::move(m_file);
    }

private:
    // What is being read: "metadata 'key'[3][0]", "tensor 'name'".
    QString subject() const
    {
        QString text = m_subject;
        for (quint64 index : m_indices)
            text += u'[' + QString::number(index) + u']';
        return text;
    }

    bool fail(quint64 offset, const QString &message)
    {
        m_error = WireError{u"offset " + QString::number(offset), message};
        return false;
    }

    bool truncated(quint64 offset, QLatin1StringView field)
    {
        return fail(offset, u"the file ends inside " + subject() + field + u" (" +
                                QString::number(m_file.fileSize) + u" bytes in all)");
    }

    template <typename T> bool field(T *value, QLatin1StringView name)
    {
        const quint64 at = m_cursor.offset();
        return m_cursor.readLittleEndian(value) || truncated(at, name);
    }

    // A count of items of at least itemBytes each, checked against the
    // bytes left after the count itself.
    bool count(quint64 *value, quint64 itemBytes, QLatin1StringView name)
    {
        const quint64 at = m_cursor.offset();
        if (!field(value, name))
            return false;
        if (itemBytes > 0 && *value > m_cursor.remaining() / itemBytes) {
            return fail(at, subject() + name + u' ' + QString::number(*value) +
                                u" needs at least " + QString::number(itemBytes) +
                                u" bytes each, but only " + QString::number(m_cursor.remaining()) +
                                u" bytes are left");
        }
        return true;
    }

    // A string; value null skips it.
    bool string(QString *value, quint64 maxLength)
    {
        const quint64 at = m_cursor.offset();
        quint64 length = 0;
        if (!field(&length, QLatin1StringView(" length")))
            return false;
        if (length > maxLength)
            return fail(at, subject() + u" length " + QString::number(length) + u" exceeds " +
                                QString::number(maxLength));
        if (length > m_cursor.remaining())
            return fail(at, subject() + u" length " + QString::number(length) +
                                u" runs past the end (" + QString::number(m_cursor.remaining()) +
                                u" bytes left)");
        if (!value)
            return m_cursor.skip(length) || truncated(at, {});
        QByteArray bytes(qsizetype(length), Qt::Uninitialized);
        if (!m_cursor.read(bytes.data(), length))
            return truncated(at, {});
        *value = QString::fromUtf8(bytes);
        return true;
    }

    bool parseHeader()
    {
        quint32 magic = 0;
        if (!field(&magic, QLatin1StringView("the magic")))
            return false;
        if (magic != Magic)
            return fail(0, QStringLiteral("not a GGUF file (the magic is not \"GGUF\")"));
        quint32 version = 0;
        if (!field(&version, QLatin1StringView("the version")))
            return false;
        if (version != 2 && version != 3) {
            if (qbswap(version) == 2 || qbswap(version) == 3)
                return fail(
                    4, QStringLiteral("a big-endian GGUF file; only little-endian files are read"));
            return fail(4, u"GGUF version " + QString::number(version) +
                               u" is not supported (only versions 2 and 3)");
        }
        m_file.version = version;
        // Each tensor info takes at least a name length, n_dims, type and offset.
        if (!count(&m_tensorCount, 8 + 4 + 4 + 8, QLatin1StringView("tensor count")))
            return false;
        // Each metadata entry takes at least a key length, a type and one byte.
        return count(&m_metadataCount, 8 + 4 + 1, QLatin1StringView("metadata count"));
    }

    bool parseMetadata()
    {
        QSet<QString> keys;
        m_file.metadata.reserve(qsizetype(m_metadataCount));
        for (quint64 i = 0; i < m_metadataCount; ++i) {
            const quint64 at = m_cursor.offset();
            m_subject = u"metadata key " + QString::number(i);
            QString key;
            if (!string(&key, GgufReader::MaxNameLength))
                return false;
            if (keys.contains(key))
                return fail(at, u"metadata key '" + key + u"' appears twice");
            keys.insert(key);
            m_subject = u"metadata '" + key + u'\'';
            quint32 type = 0;
            const quint64 typeAt = m_cursor.offset();
            if (!field(&type, QLatin1StringView(" type")))
                return false;
            GgufValue value;
            if (!parseValue(typeAt, type, 0, true, &value))
                return false;
            if (key == u"general.alignment" && !setAlignment(value, typeAt + 4))
                return false;
            m_file.metadata.append({key, std::move(value)});
        }
        return true;
    }

    bool setAlignment(const GgufValue &value, quint64 at)
    {
        const std::optional<quint64> bytes = value.toUnsigned();
        if (value.type != Type::UInt32 || !bytes || *bytes == 0 || (*bytes & (*bytes - 1)) != 0)
            return fail(at, QStringLiteral("general.alignment must be a uint32 power of 2"));
        m_file.alignment = *bytes;
        return true;
    }

    // Reads a value of the given type; keep false skips what it holds.
    bool parseValue(quint64 typeAt, quint32 type, int depth, bool keep, GgufValue *value)
    {
        if (type > quint32(Type::Float64))
            return fail(typeAt, subject() + u": unknown value type " + QString::number(type));
        value->type = Type(type);
        if (type == quint32(Type::String)) {
            QString text;
            if (!string(keep ? &text : nullptr, std::numeric_limits<quint64>::max()))
                return false;
            if (keep)
                value->scalar = text;
            return true;
        }
        if (type == quint32(Type::Array))
            return parseArray(depth + 1, keep, value);
        if (!keep) {
            const quint64 at = m_cursor.offset();
            return m_cursor.skip(minimumSize(type)) || truncated(at, {});
        }
        return parseScalar(type, value);
    }

    bool parseScalar(quint32 type, GgufValue *value)
    {
        switch (Type(type)) {
        case Type::UInt8:
            return number<quint8>(value);
        case Type::Int8:
            return number<qint8>(value);
        case Type::UInt16:
            return number<quint16>(value);
        case Type::Int16:
            return number<qint16>(value);
        case Type::UInt32:
            return number<quint32>(value);
        case Type::Int32:
            return number<qint32>(value);
        case Type::UInt64:
            return number<quint64>(value);
        case Type::Int64:
            return number<qint64>(value);
        case Type::Float32: {
            quint32 bits = 0;
            if (!field(&bits, {}))
                return false;
            float number = 0;
            memcpy(&number, &bits, sizeof number);
            value->scalar = double(number);
            return true;
        }
        case Type::Float64: {
            quint64 bits = 0;
            if (!field(&bits, {}))
                return false;
            double number = 0;
            memcpy(&number, &bits, sizeof number);
            value->scalar = number;
            return true;
        }
        case Type::Bool: {
            const quint64 at = m_cursor.offset();
            quint8 byte = 0;
            if (!field(&byte, {}))
                return false;
            if (byte > 1)
                return fail(at,
                            subject() + u": a bool must be 0 or 1, got " + QString::number(byte));
            value->scalar = byte == 1;
            return true;
        }
        case Type::String:
        case Type::Array:
            break;
        }
        return false;
    }

    template <typename T> bool number(GgufValue *value)
    {
        T number = 0;
        if (!field(&number, {}))
            return false;
        if constexpr (std::is_signed_v<T>)
            value->scalar = qlonglong(number);
        else
            value->scalar = qulonglong(number);
        return true;
    }

    bool parseArray(int depth, bool keep, GgufValue *value)
    {
        const quint64 at = m_cursor.offset();
        if (depth > GgufReader::MaxArrayDepth)
            return fail(at, subject() + u": arrays nested deeper than " +
                                QString::number(GgufReader::MaxArrayDepth) + u" levels");
        quint32 elementType = 0;
        if (!field(&elementType, QLatin1StringView(" element type")))
            return false;
        const quint64 minimum = minimumSize(elementType);
        if (minimum == 0)
            return fail(at, subject() + u": unknown array element type " +
                                QString::number(elementType));
        value->elementType = Type(elementType);
        if (!count(&value->count, minimum, QLatin1StringView(" element count")))
            return false;
        const bool keepElements = keep && value->count <= GgufReader::MaxKeptElements &&
                                  m_keptElements + value->count <= MaxKeptElementsInAll;
        value->elided = !keepElements;
        if (!keepElements && isFixedSize(elementType)) {
            const quint64 startsAt = m_cursor.offset();
            return m_cursor.skip(value->count * minimum) || truncated(startsAt, {});
        }
        if (keepElements) {
            m_keptElements += value->count;
            value->elements.reserve(qsizetype(value->count));
        }
        const quint64 elementsAt = m_cursor.offset();
        m_indices.append(0);
        for (quint64 i = 0; i < value->count; ++i) {
            m_indices.last() = i;
            GgufValue element;
            if (!parseValue(elementsAt, elementType, depth, keepElements, &element))
                return false;
            if (keepElements)
                value->elements.append(std::move(element));
        }
        m_indices.removeLast();
        return true;
    }

    bool parseTensors()
    {
        QSet<QString> names;
        m_file.tensors.reserve(qsizetype(m_tensorCount));
        for (quint64 i = 0; i < m_tensorCount; ++i) {
            const quint64 at = m_cursor.offset();
            m_subject = u"tensor " + QString::number(i) + u" name";
            GgufTensorInfo tensor;
            if (!string(&tensor.name, GgufReader::MaxNameLength))
                return false;
            if (names.contains(tensor.name))
                return fail(at, u"tensor '" + tensor.name + u"' appears twice");
            names.insert(tensor.name);
            m_subject = u"tensor '" + tensor.name + u'\'';
            if (!parseTensor(&tensor))
                return false;
            m_file.tensors.append(std::move(tensor));
        }
        return checkData();
    }

    bool parseTensor(GgufTensorInfo *tensor)
    {
        const quint64 dimensionsAt = m_cursor.offset();
        quint32 dimensions = 0;
        if (!field(&dimensions, QLatin1StringView(" n_dims")))
            return false;
        if (dimensions > MaxDimensions)
            return fail(dimensionsAt, subject() + u" has " + QString::number(dimensions) +
                                          u" dimensions; ggml allows at most 4");
        tensor->elements = 1;
        for (quint32 d = 0; d < dimensions; ++d) {
            const quint64 at = m_cursor.offset();
            quint64 size = 0;
            if (!field(&size, QLatin1StringView(" dimension")))
                return false;
            if (size > quint64(std::numeric_limits<qint64>::max()) ||
                __builtin_mul_overflow(tensor->elements, size, &tensor->elements) ||
                tensor->elements > quint64(std::numeric_limits<qint64>::max()))
                return fail(at, subject() + u": its dimensions overflow 63 bits of elements");
            tensor->dimensions.append(size);
        }
        const quint64 typeAt = m_cursor.offset();
        if (!field(&tensor->type, QLatin1StringView(" type")))
            return false;
        const std::optional<GgmlType> type = GgmlType::fromId(tensor->type);
        if (!type)
            return fail(typeAt,
                        subject() + u": unknown ggml type " + QString::number(tensor->type));
        // ggml stores rows of whole blocks.
        const quint64 rowElements = tensor->dimensions.value(0, 1);
        const std::optional<quint64> bytes = type->bytesFor(tensor->elements);
        if (rowElements % type->blockSize() != 0 || !bytes)
            return fail(typeAt, subject() + u": " + QString::number(rowElements) +
                                    u" elements per row is not a whole number of " + type->name() +
                                    u" blocks (" + QString::number(type->blockSize()) + u')');
        tensor->bytes = *bytes;
        const quint64 offsetAt = m_cursor.offset();
        if (!field(&tensor->offset, QLatin1StringView(" offset")))
            return false;
        if (tensor->offset % m_file.alignment != 0)
            return fail(offsetAt, subject() + u": offset " + QString::number(tensor->offset) +
                                      u" is not a multiple of the alignment " +
                                      QString::number(m_file.alignment));
        return true;
    }

    // The data section starts at the next multiple of the alignment, and
    // every tensor must lie inside the file.
    bool checkData()
    {
        const quint64 headerEnd = m_cursor.offset();
        const quint64 padding =
            (m_file.alignment - headerEnd % m_file.alignment) % m_file.alignment;
        m_file.dataOffset = headerEnd + padding;
        for (const GgufTensorInfo &tensor : std::as_const(m_file.tensors)) {
            quint64 end = 0;
            if (__builtin_add_overflow(m_file.dataOffset, tensor.offset, &end) ||
                __builtin_add_overflow(end, tensor.bytes, &end) || end > m_file.fileSize)
                return fail(headerEnd,
                            u"tensor '" + tensor.name + u"' (" + QString::number(tensor.bytes) +
                                u" bytes at data offset " + QString::number(tensor.offset) +
                                u") runs past the end of the file (" +
                                QString::number(m_file.fileSize) + u" bytes)");
        }
        return true;
    }

    // A budget for all arrays together, so nested arrays stay bounded too.
    static constexpr quint64 MaxKeptElementsInAll = 1 << 20;

    DeviceCursor m_cursor;
    GgufFile m_file;
    WireError m_error;
    QString m_subject;
    QList<quint64> m_indices; // array indices below m_subject
    quint64 m_tensorCount = 0;
    quint64 m_metadataCount = 0;
    quint64 m_keptElements = 0;
};

} // namespace

std::optional<GgufFile> GgufReader::read(QIODevice &device, WireError *error)
{
    const qint64 size = device.size() - device.pos();
    if (device.isSequential() || size < 0) {
        if (error)
            *error = WireError{{}, QStringLiteral("not a seekable file")};
        return std::nullopt;
    }
    return Parser(device, quint64(size)).parse(error);
}

std::optional<GgufFile> GgufReader::readFile(const QString &path, WireError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = WireError{{}, u"cannot open: " + file.errorString()};
        return std::nullopt;
    }
    return read(file, error);
}

std::optional<GgufFile> GgufReader::readBytes(const QByteArray &bytes, WireError *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, error);
}

} // namespace vramscope
