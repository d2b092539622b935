#pragma once

#include <QByteArray>
#include <QFile>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace vramscope {

// Follows a growing log file the way `tail -F` does: appended bytes as they
// come, and through truncation (copytruncate) and rotation (the path now
// names another file) to the new content. Changes are noticed by a file
// system watcher, and by a poll for file systems that do not report them.
class LogFileTail : public QObject
{
    Q_OBJECT

public:
    explicit LogFileTail(QObject *parent = nullptr);

    // Starts following path from offset (0: its start). False, with
    // errorString(), when it cannot be opened.
    bool start(const QString &path, qint64 offset = 0);
    void stop();
    QString errorString() const { return m_error; }
    void setPollInterval(int milliseconds) { m_poll.setInterval(milliseconds); }

    // The start of the line holding the last occurrence of marker, or 0:
    // read backwards, so a long log is not read whole.
    static qint64 offsetOfLastLine(QFile &file, QByteArrayView marker);

signals:
    void dataRead(const QByteArray &bytes);
    // The file was truncated or replaced: the bytes that follow start over.
    void restarted();

private:
    void check();
    void readAvailable();
    bool openPath(qint64 offset);

    QString m_path;
    QString m_error;
    QFile m_file;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    qint64 m_offset = 0;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
};

} // namespace vramscope
