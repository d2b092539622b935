#pragma once

#include <QByteArray>
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

private:
    QString m_path;
};

} // namespace vramscope
