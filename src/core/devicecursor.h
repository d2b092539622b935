#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QtEndian>

namespace vramscope {

// Buffered, bounded reading from a seekable device: bytes come in chunks,
// and nothing past the size given is ever asked for. Offsets count from
// where the device stood when the cursor was made.
class DeviceCursor
{
public:
    // Bytes read from the device at a time.
    static constexpr qint64 ChunkBytes = 256 * 1024;

    DeviceCursor(QIODevice &device, quint64 size) : m_device(device), m_size(size) {}

    quint64 offset() const { return m_offset; }
    quint64 remaining() const { return m_size - m_offset; }

    // False, with nothing read, when fewer than count bytes are left.
    bool read(char *out, quint64 count);
    template <typename T> bool readLittleEndian(T *value)
    {
        char bytes[sizeof(T)];
        if (!read(bytes, sizeof(T)))
            return false;
        *value = qFromLittleEndian<T>(bytes);
        return true;
    }
    bool skip(quint64 count);

private:
    // Makes count bytes available at m_position; count <= remaining().
    bool fill(quint64 count);

    QIODevice &m_device;
    quint64 m_start = quint64(m_device.pos());
    quint64 m_size;
    quint64 m_offset = 0;
    QByteArray m_buffer;
    qint64 m_position = 0;
};

} // namespace vramscope
