#include "ollamahost.h"

#include <QHostAddress>

namespace vramscope {

namespace {

// Go's net.SplitHostPort: "host:port" or "[v6]:port"; false when there is
// no port separator or a bare IPv6 address has too many colons.
bool splitHostPort(const QString &hostPort, QString *host, QString *port)
{
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0 || close + 1 >= hostPort.size() || hostPort.at(close + 1) != u':')
            return false;
        *host = hostPort.mid(1, close - 1);
        *port = hostPort.mid(close + 2);
        return !port->contains(u':');
    }
    const qsizetype colon = hostPort.lastIndexOf(u':');
    if (colon < 0 || hostPort.left(colon).contains(u':'))
        return false;
    *host = hostPort.left(colon);
    *port = hostPort.mid(colon + 1);
    return true;
}

} // namespace

OllamaHost OllamaHost::fromValue(const QString &value)
{
    OllamaHost result;
    QString defaultPort = QString::number(DefaultPort);
    const QString text = value.trimmed();
    QString hostPort = text;
    const qsizetype schemeEnd = text.indexOf(u"://");
    if (schemeEnd < 0) {
        result.m_scheme = QStringLiteral("http");
        if (text == u"ollama.com") {
            result.m_scheme = QStringLiteral("https");
            hostPort = QStringLiteral("ollama.com:443");
        }
    } else {
        result.m_scheme = text.left(schemeEnd);
        hostPort = text.mid(schemeEnd + 3);
        if (result.m_scheme == u"http")
            defaultPort = QStringLiteral("80");
        else if (result.m_scheme == u"https")
            defaultPort = QStringLiteral("443");
    }
    hostPort = hostPort.section(u'/', 0, 0); // the path plays no part in where to connect

    QString host;
    QString port;
    if (!splitHostPort(hostPort, &host, &port)) {
        host = QStringLiteral("127.0.0.1");
        port = defaultPort;
        QString bare = hostPort;
        if (bare.startsWith(u'['))
            bare.remove(0, 1);
        if (bare.endsWith(u']'))
            bare.chop(1);
        const QHostAddress address(bare);
        if (!address.isNull())
            host = address.toString();
        else if (!hostPort.isEmpty())
            host = hostPort;
    }
    bool ok = false;
    const qint64 number = port.toLongLong(&ok);
    if (!ok || number < 0 || number > 65535) {
        result.m_note = u"OLLAMA_HOST: invalid port '" + port + u"', using the default " +
                        defaultPort + u", as ollama does";
        port = defaultPort;
    }
    result.m_port = port.toUShort();

    // ConnectableHost: a server bound to any address is reached on loopback;
    // Go dials an empty host (":PORT") on the local system.
    const QHostAddress address(host);
    if (host.isEmpty() || address == QHostAddress::AnyIPv4)
        host = QStringLiteral("127.0.0.1");
    else if (address == QHostAddress::AnyIPv6)
        host = QStringLiteral("::1");
    else if (!address.isNull())
        host = address.toString(); // as Go's ip.String() writes it
    result.m_host = host.toLower();
    return result;
}

OllamaHost OllamaHost::fromEnvironment()
{
    return fromValue(qEnvironmentVariable("OLLAMA_HOST"));
}

std::optional<Endpoint> OllamaHost::endpoint(QString *error) const
{
    if (m_scheme != u"http") {
        if (error)
            *error = u"OLLAMA_HOST names a " + m_scheme +
                     u" server; vramscope speaks plain HTTP to ollama only";
        return std::nullopt;
    }
    const QString host = m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
    QString parseError;
    std::optional<Endpoint> endpoint = Endpoint::parse(
        host + u':' + QString::number(m_port), Endpoint::RemotePolicy::AllowRemote, &parseError);
    if (!endpoint && error)
        *error = u"OLLAMA_HOST: " + parseError;
    return endpoint;
}

} // namespace vramscope
