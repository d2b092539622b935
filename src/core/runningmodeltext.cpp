#include "runningmodeltext.h"

#include <cmath>

namespace vramscope::RunningModelText {

namespace {

constexpr qint64 MsPerHour = 3600 * 1000;

} // namespace

QString processor(quint64 size, quint64 sizeVram)
{
    if (sizeVram == 0)
        return QStringLiteral("100% CPU");
    if (sizeVram == size)
        return QStringLiteral("100% GPU");
    if (sizeVram > size || size == 0)
        return QStringLiteral("Unknown");
    // ollama: math.Round(float64(size-size_vram) / float64(size) * 100).
    const int cpuPercent = int(std::round(double(size - sizeVram) / double(size) * 100.0));
    return QString::number(cpuPercent) + u"%/" + QString::number(100 - cpuPercent) + u"% CPU/GPU";
}

QString humanDuration(qint64 milliseconds)
{
    // Go truncates seconds and minutes, and rounds hours.
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 1)
        return QStringLiteral("Less than a second");
    if (seconds == 1)
        return QStringLiteral("1 second");
    if (seconds < 60)
        return QString::number(seconds) + u" seconds";
    const qint64 minutes = milliseconds / 60000;
    if (minutes == 1)
        return QStringLiteral("About a minute");
    if (minutes < 60)
        return QString::number(minutes) + u" minutes";
    const auto hours = qint64(std::round(double(milliseconds) / double(MsPerHour)));
    if (hours == 1)
        return QStringLiteral("About an hour");
    if (hours < 48)
        return QString::number(hours) + u" hours";
    if (hours < 24 * 7 * 2)
        return QString::number(hours / 24) + u" days";
    if (hours < 24 * 30 * 2)
        return QString::number(hours / 24 / 7) + u" weeks";
    if (hours < 24 * 365 * 2)
        return QString::number(hours / 24 / 30) + u" months";
    return QString::number(milliseconds / MsPerHour / 24 / 365) + u" years";
}

QString until(const QDateTime &expiresAt, const QDateTime &now)
{
    static const QDateTime goZeroTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    if (!expiresAt.isValid() || expiresAt == goZeroTime)
        return QStringLiteral("Never");
    const qint64 delta = expiresAt.msecsTo(now); // time.Since(expires_at)
    if (delta > 0)
        return QStringLiteral("Stopping...");
    // int(delta.Hours())/24/365 < -20, each step truncating toward zero.
    if (delta / MsPerHour / 24 / 365 < -20)
        return QStringLiteral("Forever");
    if (delta < 0)
        return humanDuration(-delta) + u" from now";
    return humanDuration(0) + u" ago";
}

} // namespace vramscope::RunningModelText
