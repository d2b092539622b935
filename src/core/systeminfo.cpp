#include "systeminfo.h"

#include <QFile>
#include <QThread>

namespace vramscope {

SystemInfo SystemInfo::current()
{
    SystemInfo info = fromMeminfo(QStringLiteral("/proc/meminfo")).value_or(SystemInfo());
    info.threadCount = QThread::idealThreadCount();
    return info;
}

std::optional<SystemInfo> SystemInfo::fromMeminfo(const QString &path)
{
    SystemInfo info;
    QFile meminfo(path);
    if (!meminfo.open(QIODevice::ReadOnly))
        return std::nullopt;
    // Lines look like "MemAvailable:   23456789 kB".
    for (const QByteArray &line : meminfo.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2)
            continue;
        const quint64 bytes = fields[1].toULongLong() * 1024;
        if (fields[0] == "MemTotal:")
            info.totalMemory = bytes;
        else if (fields[0] == "MemAvailable:")
            info.freeMemory = bytes;
        else if (fields[0] == "SwapFree:")
            info.freeSwap = bytes;
    }
    return info;
}

} // namespace vramscope
