#pragma once

#include "endpoint.h"

#include <QString>

#include <optional>

namespace vramscope {

// Where a client of ollama finds its server, read from OLLAMA_HOST by
// ollama's own rules (envconfig.Host and ConnectableHost):
// "[scheme://]host[:port][/path]"; without a scheme http and port 11434,
// with "http://" port 80, with "https://" 443; no host or an unparsable
// one means 127.0.0.1, a bare ":PORT" is this machine; a port that is not
// a number up to 65535 falls back to the default, as ollama does (with a
// warning there, a note here); 0.0.0.0 is reached at 127.0.0.1 and :: at
// ::1.
class OllamaHost
{
public:
    static constexpr quint16 DefaultPort = 11434;

    // The value of OLLAMA_HOST; empty when unset.
    static OllamaHost fromValue(const QString &value);
    // From this process's environment.
    static OllamaHost fromEnvironment();

    QString scheme() const { return m_scheme; } // "http", "https"
    QString host() const { return m_host; }     // connectable: never 0.0.0.0 or ::
    quint16 port() const { return m_port; }
    // What ollama would warn about (a bad port replaced by the default); empty if nothing.
    QString note() const { return m_note; }

    // The endpoint to ask, or nothing with *error saying why: vramscope
    // speaks plain HTTP only.
    std::optional<Endpoint> endpoint(QString *error) const;

private:
    QString m_scheme;
    QString m_host;
    quint16 m_port = DefaultPort;
    QString m_note;
};

} // namespace vramscope
