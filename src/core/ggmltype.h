#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace vramscope {

// One entry of ggml's type table (ggml.h's enum ggml_type and ggml.c's
// type_traits): how many elements a block holds and how many bytes it takes.
// Ids 4, 5 (Q4_2, Q4_3), 31-33 and 36-38 were removed from ggml: not types.
class GgmlType
{
public:
    // The type with this id, or nothing when ggml defines none.
    static std::optional<GgmlType> fromId(quint32 id);
    // The type with this name as ggml spells it ("Q4_K", "F16"), any case.
    static std::optional<GgmlType> fromName(QStringView name);

    quint32 id() const { return m_id; }
    QString name() const;
    quint32 blockSize() const { return m_blockSize; }
    quint32 bytesPerBlock() const { return m_bytesPerBlock; }

    // elements / blockSize x bytesPerBlock; nothing when elements is not a
    // whole number of blocks or the bytes overflow 63 bits.
    std::optional<quint64> bytesFor(quint64 elements) const;

    // Every type ggml defines, in id order.
    static QList<GgmlType> all();

private:
    GgmlType(quint32 id, const char *name, quint32 blockSize, quint32 bytesPerBlock)
        : m_id(id), m_name(name), m_blockSize(blockSize), m_bytesPerBlock(bytesPerBlock)
    {
    }

    quint32 m_id;
    const char *m_name;
    quint32 m_blockSize;
    quint32 m_bytesPerBlock;
};

} // namespace vramscope
