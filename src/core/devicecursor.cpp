#include "devicecursor.h"

#include <cstring>

namespace vramscope {

bool DeviceCursor::read(char *out, quint64 count)
{
    if (!fill(count))
        return false;
    memcpy(out, m_buffer.constData() + m_position, count);
    m_position += count;
    m_offset += count;
    return true;
}

bool DeviceCursor::skip(quint64 count)
{
    if (count > remaining())
        return false;
    const quint64 buffered = quint64(m_buffer.size() - m_position);
    if (count <= buffered) {
        m_position += count;
    } else {
        m_buffer.clear();
        m_position = 0;
        if (!m_device.seek(qint64(m_start + m_offset + count)))
            return false;
    }
    m_offset += count;
    return true;
}

bool DeviceCursor::fill(quint64 count)
{
    if (count > remaining())
        return false;
    const qint64 buffered = m_buffer.size() - m_position;
    if (quint64(buffered) >= count)
        return true;
    m_buffer.remove(0, m_position);
    m_position = 0;
    const qint64 wanted = qint64(qMin(remaining(), qMax(count, quint64(ChunkBytes)))) - buffered;
    const qint64 before = m_buffer.size();
    m_buffer.resize(before + wanted);
    const qint64 got = m_device.read(m_buffer.data() + before, wanted);
    m_buffer.resize(before + qMax<qint64>(got, 0));
    return quint64(m_buffer.size()) >= count;
}

} // namespace vramscope
