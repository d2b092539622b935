#include "hosttokens.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

namespace vramscope {

namespace {

constexpr qint64 MaxFileBytes = 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("vramscope::HostTokens", text);
}

} // namespace

QString HostTokens::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/vramscope/host-tokens");
}

std::optional<QByteArray> HostTokens::tokenFor(const QString &address, QString *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return QByteArray();
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
        *error =
            tr("%1 may be read by others: tokens are not read from it (chmod 600 it)").arg(m_path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(m_path, file.errorString());
        return std::nullopt;
    }
    const QByteArray wanted = address.toUtf8();
    for (const QByteArray &line : file.read(MaxFileBytes).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            continue;
        const QList<QByteArray> words = trimmed.simplified().split(' ');
        if (words.size() == 2 && words[0] == wanted)
            return words[1];
    }
    return QByteArray();
}

} // namespace vramscope
