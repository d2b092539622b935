#include "ggufwriter.h"

#include <QFile>
#include <QStringList>
#include <QtEndian>

#include <cstring>

QByteArray GgufWriter::u32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray GgufWriter::u64(quint64 value)
{
    QByteArray bytes(8, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray GgufWriter::string(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return u64(quint64(utf8.size())) + utf8;
}

void GgufWriter::addRaw(const QString &key, quint32 type, const QByteArray &value)
{
    m_metadata += string(key) + u32(type) + value;
    ++m_metadataCount;
}

void GgufWriter::addUInt32(const QString &key, quint32 value)
{
    addRaw(key, UInt32, u32(value));
}

void GgufWriter::addUInt64(const QString &key, quint64 value)
{
    addRaw(key, UInt64, u64(value));
}

void GgufWriter::addInt32(const QString &key, qint32 value)
{
    addRaw(key, Int32, u32(quint32(value)));
}

void GgufWriter::addFloat32(const QString &key, float value)
{
    quint32 bits = 0;
    memcpy(&bits, &value, sizeof bits);
    addRaw(key, Float32, u32(bits));
}

void GgufWriter::addBool(const QString &key, bool value)
{
    addRaw(key, Bool, QByteArray(1, value ? '\1' : '\0'));
}

void GgufWriter::addString(const QString &key, const QString &value)
{
    addRaw(key, String, string(value));
}

void GgufWriter::addUInt32Array(const QString &key, const QList<quint32> &values)
{
    QByteArray encoded = u32(UInt32) + u64(quint64(values.size()));
    for (quint32 value : values)
        encoded += u32(value);
    addRaw(key, Array, encoded);
}

void GgufWriter::addStringArray(const QString &key, const QStringList &values)
{
    QByteArray encoded = u32(String) + u64(quint64(values.size()));
    for (const QString &value : values)
        encoded += string(value);
    addRaw(key, Array, encoded);
}

void GgufWriter::setAlignment(quint32 alignment)
{
    m_alignment = alignment;
    addUInt32(QStringLiteral("general.alignment"), alignment);
}

void GgufWriter::addTensor(const QString &name, const QList<quint64> &dimensions, quint32 ggmlType,
                           quint64 dataBytes)
{
    const quint64 offset = (m_dataBytes + m_alignment - 1) / m_alignment * m_alignment;
    m_tensorInfos += string(name) + u32(quint32(dimensions.size()));
    for (quint64 dimension : dimensions)
        m_tensorInfos += u64(dimension);
    m_tensorInfos += u32(ggmlType) + u64(offset);
    m_dataBytes = offset + dataBytes;
    ++m_tensorCount;
}

QByteArray GgufWriter::header() const
{
    QByteArray bytes = QByteArrayLiteral("GGUF") + u32(m_version) + u64(m_tensorCount) +
                       u64(m_metadataCount) + m_metadata + m_tensorInfos;
    const qsizetype padding = (m_alignment - bytes.size() % m_alignment) % m_alignment;
    return bytes + QByteArray(padding, '\0');
}

quint64 GgufWriter::fileSize() const
{
    return quint64(header().size()) + m_dataBytes;
}

QByteArray GgufWriter::bytes() const
{
    return header() + QByteArray(qsizetype(m_dataBytes), '\0');
}

bool GgufWriter::write(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(header()) >= 0 &&
           file.resize(qint64(fileSize()));
}
