#pragma once

#include <QString>

namespace vramscope {

class ServerLogParser;

// A whole server log read from a file, in chunks so that a journal of
// hundreds of MiB never sits in memory at once.
class ServerLogFile
{
public:
    // How much of a log is read at a time, here and from standard input.
    static constexpr qint64 ChunkBytes = 1024 * 1024;

    // Feeds the file to parser and finishes it; false with *error ("PATH:
    // cannot open: ...") when the file cannot be read.
    static bool readInto(const QString &path, ServerLogParser &parser, QString *error);
};

} // namespace vramscope
