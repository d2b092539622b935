#include "serverlogsourcekind.h"

#include "serverlogsource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vramscope {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("vramscope::ServerLogSourceKind", text);
}

} // namespace

QString ServerLogSourceKind::id() const
{
    return ServerLogSource::Kind;
}

QString ServerLogSourceKind::displayName() const
{
    return translate("ollama server log");
}

QString ServerLogSourceKind::addressHint() const
{
    return translate("The path of ollama's log file (e.g. ~/.ollama/logs/server.log), or "
                     "'journal' for the ollama systemd unit's journal");
}

std::optional<QString> ServerLogSourceKind::parseAddress(const QString &text, bool,
                                                         QString *error) const
{
    const QString trimmed = text.trimmed();
    if (trimmed == ServerLogSource::Journal)
        return trimmed;
    const QString expanded =
        trimmed.startsWith(u"~/") ? QDir::home().filePath(trimmed.mid(2)) : trimmed;
    const QFileInfo file(expanded);
    if (trimmed.isEmpty() || !file.isAbsolute() || !file.isFile() || !file.isReadable()) {
        if (error)
            *error = translate("'%1' is not a log file this user can read").arg(trimmed);
        return std::nullopt;
    }
    return QDir::cleanPath(file.absoluteFilePath());
}

std::unique_ptr<PollSource> ServerLogSourceKind::create(const QString &address) const
{
    return std::make_unique<ServerLogSource>(address);
}

} // namespace vramscope
