#include "processcommandreader.h"

#include <fcntl.h>
#include <unistd.h>

namespace vramscope {

namespace {

// A long command line is cut here: enough for ollama's runner and its model
// path, bounded for a 1 Hz round over hundreds of processes.
constexpr qsizetype MaxCommandBytes = 4096;

// Up to MaxCommandBytes of a small /proc file; plain POSIX calls, as this runs
// for every process every round.
QByteArray readSmallFile(const QByteArray &path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return QByteArray();
    QByteArray bytes(MaxCommandBytes, Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + filled, size_t(bytes.size() - filled));
        if (n <= 0)
            break;
        filled += n;
    }
    ::close(fd);
    bytes.truncate(filled);
    return bytes;
}

} // namespace

ProcessCommandReader::ProcessCommandReader(const QString &procRoot)
    : m_procRoot(procRoot.toLocal8Bit())
{
}

QString ProcessCommandReader::command(quint32 pid) const
{
    const QByteArray folder = m_procRoot + '/' + QByteArray::number(pid) + '/';
    QByteArray text = readSmallFile(folder + "cmdline");
    while (text.endsWith('\0'))
        text.chop(1);
    if (text.isEmpty())
        text = readSmallFile(folder + "comm").trimmed();
    text.replace('\0', ' ');
    return QString::fromLocal8Bit(text);
}

} // namespace vramscope
