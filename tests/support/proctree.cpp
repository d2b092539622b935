#include "proctree.h"

#include <QDir>
#include <QFile>

namespace vramscope {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray nulSeparated(const QList<QByteArray> &parts)
{
    QByteArray bytes;
    for (const QByteArray &part : parts)
        bytes += part + '\0';
    return bytes;
}

} // namespace

bool writeProcess(const QString &procRoot, qint64 pid, const QList<QByteArray> &arguments,
                  const QList<QByteArray> &environment, qint64 parentPid)
{
    const QString folder = QDir(procRoot).filePath(QString::number(pid));
    if (!QDir().mkpath(folder))
        return false;
    const QByteArray status = "Name:\t" + arguments.value(0) + "\nPid:\t" +
                              QByteArray::number(pid) + "\nPPid:\t" +
                              QByteArray::number(parentPid) + '\n';
    return writeFile(folder + u"/cmdline", nulSeparated(arguments)) &&
           writeFile(folder + u"/environ", nulSeparated(environment)) &&
           writeFile(folder + u"/status", status);
}

} // namespace vramscope
