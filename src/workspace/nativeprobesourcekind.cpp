#include "nativeprobesourcekind.h"

#include "nativeprobesource.h"
#include "nvmllibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vramscope {

QString NativeProbeSourceKind::id() const
{
    return NativeProbeSource::Kind;
}

QString NativeProbeSourceKind::displayName() const
{
    return QCoreApplication::translate("vramscope::NativeProbeSourceKind", "GPUs (drivers)");
}

QString NativeProbeSourceKind::addressHint() const
{
    return QCoreApplication::translate(
        "vramscope::NativeProbeSourceKind",
        "/ for this machine, or the folder where a container sees the host's /sys and /proc");
}

std::optional<QString> NativeProbeSourceKind::parseAddress(const QString &text, bool,
                                                           QString *error) const
{
    const QFileInfo folder(text.trimmed());
    if (text.trimmed().isEmpty() || !folder.isAbsolute() || !folder.isDir()) {
        if (error)
            *error = QCoreApplication::translate("vramscope::NativeProbeSourceKind",
                                                 "'%1' is not a folder on this machine")
                         .arg(text.trimmed());
        return std::nullopt;
    }
    return QDir::cleanPath(folder.absoluteFilePath());
}

std::unique_ptr<PollSource> NativeProbeSourceKind::create(const QString &address) const
{
    return std::make_unique<NativeProbeSource>(address, NvmlLibrary::defaultPath());
}

} // namespace vramscope
