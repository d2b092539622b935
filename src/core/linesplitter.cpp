#include "linesplitter.h"

namespace vramscope {

void LineSplitter::add(QByteArrayView bytes, const Sink &sink)
{
    while (!bytes.isEmpty()) {
        const qsizetype newline = bytes.indexOf('\n');
        const QByteArrayView piece = newline < 0 ? bytes : bytes.first(newline);
        bytes = newline < 0 ? QByteArrayView() : bytes.sliced(newline + 1);
        if (m_discardingLongLine) {
            if (newline >= 0) {
                m_discardingLongLine = false;
                sink(std::nullopt);
            }
            continue;
        }
        if (m_partialLine.size() + piece.size() > m_maxLength + 1) {
            // Too long: drop it up to its end, without keeping it.
            m_partialLine.clear();
            if (newline < 0)
                m_discardingLongLine = true;
            else
                sink(std::nullopt);
            continue;
        }
        if (newline < 0) {
            m_partialLine.append(piece);
            break;
        }
        if (m_partialLine.isEmpty()) {
            sink(piece);
        } else {
            m_partialLine.append(piece);
            const QByteArray line = std::exchange(m_partialLine, {});
            sink(QByteArrayView(line));
        }
    }
}

void LineSplitter::finish(const Sink &sink)
{
    if (m_discardingLongLine) {
        m_discardingLongLine = false;
        sink(std::nullopt);
    }
    if (!m_partialLine.isEmpty()) {
        const QByteArray line = std::exchange(m_partialLine, {});
        sink(QByteArrayView(line));
    }
}

} // namespace vramscope
