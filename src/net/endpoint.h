#pragma once

#include <QHashFunctions>
#include <QString>
#include <QUrl>

#include <optional>

namespace vramscope {

// Where a runner listens: a host and a port, reached over plain HTTP at the
// root path. Written as "host:port", "[::1]:port" or "http://host:port".
// Runners listen on loopback only, so anything else is remote and has to be
// allowed explicitly: a remote endpoint sends the machine's device list over
// the network and must be marked as such wherever it shows.
class Endpoint
{
public:
    enum class RemotePolicy
    {
        LoopbackOnly,
        AllowRemote,
    };

    Endpoint() = default;

    // The text a user typed, checked: on failure returns nothing and sets
    // *error to what is wrong with it ("expected HOST:PORT, got 'x'").
    static std::optional<Endpoint> parse(const QString &text, RemotePolicy policy, QString *error);
    // 127.0.0.1:port, where ollama's runners listen.
    static Endpoint loopback(quint16 port);

    bool isValid() const { return m_port != 0 && !m_host.isEmpty(); }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    // Not a loopback address or "localhost" (names are not resolved).
    bool isRemote() const;
    // http://host:port + path.
    QUrl url(const QString &path) const;
    // "127.0.0.1:8080", "[::1]:8080", "runner.lan:8080".
    QString toString() const;

    friend bool operator==(const Endpoint &, const Endpoint &) = default;
    friend size_t qHash(const Endpoint &endpoint, size_t seed = 0)
    {
        return qHashMulti(seed, endpoint.m_host, endpoint.m_port);
    }

private:
    Endpoint(const QString &host, quint16 port) : m_host(host), m_port(port) {}

    QString m_host; // lower case; IPv6 without brackets
    quint16 m_port = 0;
};

} // namespace vramscope
