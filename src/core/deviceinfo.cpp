#include "deviceinfo.h"

#include "units.h"

namespace vramscope {

namespace {

// Go's %x / %0Nx for a signed int: sign first, then hex digits zero-padded so
// that sign and digits together are at least `width` characters.
QString goHex(int value, int width)
{
    const bool negative = value < 0;
    const qint64 magnitude = negative ? -qint64(value) : qint64(value);
    QString digits = QString::number(magnitude, 16);
    const int padTo = width - (negative ? 1 : 0);
    if (digits.size() < padTo)
        digits.prepend(QString(padTo - digits.size(), u'0'));
    return negative ? u'-' + digits : digits;
}

} // namespace

QString DeviceInfo::compute() const
{
    if (deviceId.library.compare(u"ROCm", Qt::CaseInsensitive) == 0)
        return u"gfx" + goHex(computeMajor, 0) + goHex(computeMinor, 2);
    return QString::number(computeMajor) + u'.' + QString::number(computeMinor);
}

QString DeviceInfo::driver() const
{
    return QString::number(driverMajor) + u'.' + QString::number(driverMinor);
}

quint64 DeviceInfo::minimumMemory() const
{
    return (deviceId.library == u"Metal" ? 512 : 457) * Units::MebiByte;
}

quint64 DeviceInfo::usedMemory() const
{
    return totalMemory > freeMemory ? totalMemory - freeMemory : 0;
}

DeviceComparison DeviceInfo::compare(const DeviceInfo &other) const
{
    if (pciId != other.pciId)
        return DeviceComparison::Unique;
    // Without a PCI id only id + library tell devices apart.
    if (pciId.isEmpty() && deviceId != other.deviceId)
        return DeviceComparison::Unique;
    if (deviceId.library == other.deviceId.library)
        return DeviceComparison::SameBackend;
    return DeviceComparison::Duplicate;
}

bool DeviceInfo::isBetter(const DeviceInfo &other) const
{
    if (libraryPath.isEmpty() || other.libraryPath.isEmpty())
        return false;
    const QString mine = libraryPath.last();
    const QString theirs = other.libraryPath.last();
    if (mine == theirs)
        return false;
    // "<name>_<version>", split at the first underscore only.
    const qsizetype mineSplit = mine.indexOf(u'_');
    const qsizetype theirsSplit = theirs.indexOf(u'_');
    if (mineSplit < 0 || theirsSplit < 0)
        return false;
    if (mine.left(mineSplit) != theirs.left(theirsSplit))
        return false;
    const QString mineVersion = mine.mid(mineSplit + 1);
    const QString theirsVersion = theirs.mid(theirsSplit + 1);
    if (mineVersion == theirsVersion)
        return false;
    // Go compares strings bytewise, which for UTF-8 is code point order.
    return mineVersion.toUtf8() < theirsVersion.toUtf8();
}

} // namespace vramscope
