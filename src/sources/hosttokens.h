#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace vramscope {

// The bearer tokens of the vramscope hosts a window watches, kept out of
// the settings: one "HOST:PORT TOKEN" line each in a file that only its
// owner may read (vramscope/host-tokens in the user's configuration
// folder). Lines starting with '#' are comments.
class HostTokens
{
public:
    explicit HostTokens(const QString &path = defaultPath()) : m_path(path) {}

    // ~/.config/vramscope/host-tokens, or as XDG_CONFIG_HOME says.
    static QString defaultPath();

    const QString &path() const { return m_path; }

    // The token for a host's canonical address; empty when the file has
    // none (or there is no file). Nothing, with *error, when the file may
    // be read by others or cannot be read.
    std::optional<QByteArray> tokenFor(const QString &address, QString *error) const;

    // Sets (or replaces) the host's line, creating the file and its folder
    // as needed; the file stays readable by its owner only. False, with
    // *error, when it cannot be written or others may read it.
    bool store(const QString &address, const QByteArray &token, QString *error) const;
    // Drops the host's line. *removed says whether there was one.
    bool remove(const QString &address, bool *removed, QString *error) const;

private:
    // The file's lines, or nothing with *error when others may read it or
    // it cannot be read. No file: no lines.
    std::optional<QList<QByteArray>> lines(QString *error) const;
    // The token when the line is "ADDRESS TOKEN" for this address.
    static std::optional<QByteArray> tokenIn(const QByteArray &line, const QByteArray &address);
    bool write(const QList<QByteArray> &lines, QString *error) const;

    QString m_path;
};

} // namespace vramscope
