#include "journalprefix.h"

namespace vramscope {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Index of the next ' ' at or after from, or -1; at most limit bytes on.
qsizetype spaceAfter(QByteArrayView line, qsizetype from, qsizetype limit)
{
    const qsizetype end = qMin(line.size(), from + limit);
    for (qsizetype i = from; i < end; ++i) {
        if (line[i] == ' ')
            return i;
    }
    return -1;
}

} // namespace

std::optional<JournalPrefix> JournalPrefix::find(QByteArrayView line)
{
    // Month: any word of up to 16 bytes (localized names are short), then
    // journalctl's two-digit day (older versions pad a one-digit day with a
    // space instead of a zero).
    const qsizetype monthEnd = spaceAfter(line, 0, 17);
    if (monthEnd <= 0)
        return std::nullopt;
    qsizetype at = monthEnd + 1;
    if (at < line.size() && line[at] == ' ')
        ++at;
    const qsizetype dayStart = at;
    while (at < line.size() && isDigit(line[at]) && at - dayStart < 2)
        ++at;
    if (at == dayStart || at >= line.size() || line[at] != ' ')
        return std::nullopt;
    ++at;
    // hh:mm:ss
    if (line.size() < at + 9)
        return std::nullopt;
    for (int i = 0; i < 8; ++i) {
        const char c = line[at + i];
        if ((i == 2 || i == 5) ? c != ':' : !isDigit(c))
            return std::nullopt;
    }
    if (line[at + 8] != ' ')
        return std::nullopt;
    const qsizetype timeEnd = at + 8;
    // host, then "identifier[PID]: "
    const qsizetype hostEnd = spaceAfter(line, timeEnd + 1, 256);
    if (hostEnd <= timeEnd + 1)
        return std::nullopt;
    const qsizetype identEnd = spaceAfter(line, hostEnd + 1, 256);
    if (identEnd < hostEnd + 4 || line[identEnd - 1] != ':' || line[identEnd - 2] != ']')
        return std::nullopt;
    const qsizetype open = line.first(identEnd).lastIndexOf('[');
    if (open <= hostEnd + 1 || open + 1 >= identEnd - 2)
        return std::nullopt;
    qint64 pid = 0;
    for (qsizetype i = open + 1; i < identEnd - 2; ++i) {
        if (!isDigit(line[i]) || pid > 100000000)
            return std::nullopt;
        pid = pid * 10 + (line[i] - '0');
    }
    JournalPrefix prefix;
    prefix.timestamp = line.first(timeEnd);
    prefix.pid = pid;
    prefix.length = identEnd + 1;
    return prefix;
}

} // namespace vramscope
