#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace vramscope {

// The prefix journalctl's default output puts in front of each line:
// "Mon DD hh:mm:ss host ollama[PID]: ". The month name follows the locale
// ("janv.", "9月"), so the shape is matched, not the words.
struct JournalPrefix
{
    QByteArrayView timestamp; // "Jun 03 10:15:02"
    qint64 pid = 0;
    qsizetype length = 0; // bytes up to and including the ": " after "[PID]"

    static std::optional<JournalPrefix> find(QByteArrayView line);
};

} // namespace vramscope
