#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <optional>

namespace vramscope {

// Cuts a stream of bytes into lines at '\n', however the bytes arrive, and
// never holds more than one line's worth: a line longer than the maximum
// is dropped as it streams past, and reported as nothing.
class LineSplitter
{
public:
    // A complete line (without its '\n'), or nothing for a dropped one.
    using Sink = std::function<void(std::optional<QByteArrayView> line)>;

    explicit LineSplitter(qsizetype maxLength) : m_maxLength(maxLength) {}

    void add(QByteArrayView bytes, const Sink &sink);
    // The stream ended: a last line without its '\n' counts too.
    void finish(const Sink &sink);

private:
    qsizetype m_maxLength;
    QByteArray m_partialLine;
    bool m_discardingLongLine = false;
};

} // namespace vramscope
