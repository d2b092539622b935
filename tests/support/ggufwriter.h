#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Writes small GGUF files for tests, so every value in them is known: the
// metadata and tensor infos given, the data section as zeros (a sparse
// file on disk). Its encoders are public so a test can build hostile bytes.
class GgufWriter
{
public:
    enum Type : quint32
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

    explicit GgufWriter(quint32 version = 3) : m_version(version) {}

    void addUInt32(const QString &key, quint32 value);
    void addUInt64(const QString &key, quint64 value);
    void addInt32(const QString &key, qint32 value);
    void addFloat32(const QString &key, float value);
    void addBool(const QString &key, bool value);
    void addString(const QString &key, const QString &value);
    void addUInt32Array(const QString &key, const QList<quint32> &values);
    void addStringArray(const QString &key, const QStringList &values);
    // A value of any type, already encoded (nested arrays, odd types).
    void addRaw(const QString &key, quint32 type, const QByteArray &value);
    // Also writes general.alignment (uint32).
    void setAlignment(quint32 alignment);

    // A tensor of a ggml type, data bytes given (elements / block x block
    // bytes, worked out by the test); offsets follow in order, aligned.
    void addTensor(const QString &name, const QList<quint64> &dimensions, quint32 ggmlType,
                   quint64 dataBytes);

    // Everything up to the data section, padded to the alignment.
    QByteArray header() const;
    // The header and zeroed data: the whole file.
    QByteArray bytes() const;
    quint64 fileSize() const;
    // Writes the header and extends the file to its full size.
    bool write(const QString &path) const;

    static QByteArray u32(quint32 value);
    static QByteArray u64(quint64 value);
    static QByteArray string(const QString &text);

private:
    quint32 m_version;
    quint32 m_alignment = 32;
    quint64 m_metadataCount = 0;
    QByteArray m_metadata;
    quint64 m_tensorCount = 0;
    QByteArray m_tensorInfos;
    quint64 m_dataBytes = 0;
};
