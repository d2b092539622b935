#include "hosttokens.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
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

std::optional<QList<QByteArray>> HostTokens::lines(QString *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return QList<QByteArray>();
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
        *error =
            tr("%1 may be read by others: tokens are not read from it (chmod 600 it)").arg(m_path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(m_path, file.errorString());
        return std::nullopt;
    }
    return file.read(MaxFileBytes).split('\n');
}

std::optional<QByteArray> HostTokens::tokenIn(const QByteArray &line, const QByteArray &address)
{
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith('#'))
        return std::nullopt;
    const QList<QByteArray> words = trimmed.simplified().split(' ');
    if (words.size() != 2 || words[0] != address)
        return std::nullopt;
    return words[1];
}

std::optional<QByteArray> HostTokens::tokenFor(const QString &address, QString *error) const
{
    const std::optional<QList<QByteArray>> all = lines(error);
    if (!all)
        return std::nullopt;
    const QByteArray wanted = address.toUtf8();
    for (const QByteArray &line : *all) {
        if (std::optional<QByteArray> token = tokenIn(line, wanted))
            return token;
    }
    return QByteArray();
}

bool HostTokens::store(const QString &address, const QByteArray &token, QString *error) const
{
    std::optional<QList<QByteArray>> all = lines(error);
    if (!all)
        return false;
    const QByteArray wanted = address.toUtf8();
    all->removeIf([&wanted](const QByteArray &line) { return tokenIn(line, wanted).has_value(); });
    while (!all->isEmpty() && all->constLast().trimmed().isEmpty())
        all->removeLast();
    all->append(wanted + ' ' + token);
    return write(*all, error);
}

bool HostTokens::remove(const QString &address, bool *removed, QString *error) const
{
    std::optional<QList<QByteArray>> all = lines(error);
    if (!all)
        return false;
    const QByteArray wanted = address.toUtf8();
    *removed = all->removeIf([&wanted](const QByteArray &line) {
        return tokenIn(line, wanted).has_value();
    }) > 0;
    return !*removed || write(*all, error);
}

bool HostTokens::write(const QList<QByteArray> &lines, QString *error) const
{
    if (!QDir().mkpath(QFileInfo(m_path).path())) {
        *error = tr("%1: cannot create its folder").arg(m_path);
        return false;
    }
    QSaveFile file(m_path);
    // Owner only from the start: the token is never in a file others may read.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("%1: cannot write: %2").arg(m_path, file.errorString());
        return false;
    }
    QByteArray text = lines.join('\n');
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += '\n';
    file.write(text);
    if (!file.commit()) {
        *error = tr("%1: cannot write: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace vramscope
