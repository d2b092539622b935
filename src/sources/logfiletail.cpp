#include "logfiletail.h"

#include <QFileInfo>

#include <sys/stat.h>

namespace vramscope {

namespace {

constexpr qint64 ChunkBytes = 1024 * 1024;
// A poll catches what the watcher misses (NFS, a file replaced by rename
// while the watch was on the old one).
constexpr int DefaultPollMs = 1000;

} // namespace

LogFileTail::LogFileTail(QObject *parent) : QObject(parent)
{
    m_poll.setInterval(DefaultPollMs);
    connect(&m_poll, &QTimer::timeout, this, &LogFileTail::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &LogFileTail::check);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &LogFileTail::check);
}

bool LogFileTail::start(const QString &path, qint64 offset)
{
    stop();
    m_path = path;
    if (!openPath(offset))
        return false;
    m_watcher.addPath(QFileInfo(path).absolutePath());
    m_poll.start();
    readAvailable();
    return true;
}

void LogFileTail::stop()
{
    m_poll.stop();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_file.close();
}

bool LogFileTail::openPath(qint64 offset)
{
    m_file.close();
    m_file.setFileName(m_path);
    // Unbuffered: a read past the end now must not hide what is appended later.
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        m_error = m_path + u": cannot open: " + m_file.errorString();
        return false;
    }
    struct stat status;
    if (::fstat(m_file.handle(), &status) != 0) {
        m_error = m_path + u": cannot read its status";
        m_file.close();
        return false;
    }
    m_device = quint64(status.st_dev);
    m_inode = quint64(status.st_ino);
    m_offset = qBound<qint64>(0, offset, qint64(status.st_size));
    m_file.seek(m_offset);
    if (!m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
    return true;
}

void LogFileTail::readAvailable()
{
    QByteArray buffer;
    for (;;) {
        buffer.resize(ChunkBytes);
        const qint64 count = m_file.read(buffer.data(), buffer.size());
        if (count <= 0)
            return;
        m_offset += count;
        buffer.resize(count);
        emit dataRead(buffer);
    }
}

void LogFileTail::check()
{
    if (!m_file.isOpen())
        return;
    // What was written to the file we hold comes first, even when it has
    // just been rotated away.
    readAvailable();
    struct stat status;
    if (::stat(QFile::encodeName(m_path).constData(), &status) != 0)
        return; // rotated and not yet re-created: wait for it
    const bool replaced = quint64(status.st_dev) != m_device || quint64(status.st_ino) != m_inode;
    const bool truncated = !replaced && qint64(status.st_size) < m_offset;
    if (!replaced && !truncated)
        return;
    if (replaced)
        m_watcher.removePath(m_path);
    if (!openPath(0))
        return;
    emit restarted();
    readAvailable();
}

qint64 LogFileTail::offsetOfLastLine(QFile &file, QByteArrayView marker)
{
    const qint64 size = file.size();
    qint64 end = size;
    QByteArray chunk;
    while (end > 0) {
        // Chunks overlap by the marker's length so one cut in two is found.
        const qint64 begin = qMax<qint64>(0, end - ChunkBytes);
        const qint64 length = qMin(size, end + marker.size()) - begin;
        if (!file.seek(begin))
            return 0;
        chunk = file.read(length);
        const qsizetype at = chunk.lastIndexOf(marker);
        if (at >= 0) {
            // The line's start: after the last '\n' before the marker.
            const qsizetype newline = chunk.first(at).lastIndexOf('\n');
            if (newline >= 0)
                return begin + newline + 1;
            qint64 searchEnd = begin;
            while (searchEnd > 0) {
                const qint64 from = qMax<qint64>(0, searchEnd - ChunkBytes);
                if (!file.seek(from))
                    return 0;
                const qsizetype earlier = file.read(searchEnd - from).lastIndexOf('\n');
                if (earlier >= 0)
                    return from + earlier + 1;
                searchEnd = from;
            }
            return 0;
        }
        end = begin;
    }
    return 0;
}

} // namespace vramscope
