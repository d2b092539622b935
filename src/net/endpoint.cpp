#include "endpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace vramscope {

namespace {

std::nullopt_t fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

std::optional<Endpoint> Endpoint::parse(const QString &text, RemotePolicy policy, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(error, QCoreApplication::translate("vramscope::Endpoint",
                                                       "no endpoint given: expected HOST:PORT"));

    // "host:port" is read as a URL too, so both forms share one parser.
    const bool hasScheme = trimmed.contains(u"://");
    const QUrl url(hasScheme ? trimmed : u"http://" + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(error,
                    QCoreApplication::translate("vramscope::Endpoint",
                                                "expected HOST:PORT or http://HOST:PORT, got '%1'")
                        .arg(trimmed));
    if (url.scheme() != u"http")
        return fail(error, QCoreApplication::translate("vramscope::Endpoint",
                                                       "runners speak plain HTTP; '%1' uses %2")
                               .arg(trimmed, url.scheme()));
    if (url.port() <= 0)
        return fail(error, QCoreApplication::translate(
                               "vramscope::Endpoint",
                               "no port in '%1': runners listen on a port of their own (HOST:PORT)")
                               .arg(trimmed));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() ||
        (!url.path().isEmpty() && url.path() != u"/"))
        return fail(error, QCoreApplication::translate(
                               "vramscope::Endpoint",
                               "expected only HOST:PORT in '%1': a runner serves /info at its root")
                               .arg(trimmed));

    const Endpoint endpoint(url.host().toLower(), quint16(url.port()));
    if (endpoint.isRemote() && policy == RemotePolicy::LoopbackOnly)
        return fail(error, QCoreApplication::translate(
                               "vramscope::Endpoint",
                               "%1 is not on this machine, and runners listen on loopback only; "
                               "remote endpoints (a tunnel, a proxy) must be allowed first")
                               .arg(endpoint.toString()));
    return endpoint;
}

Endpoint Endpoint::loopback(quint16 port)
{
    return Endpoint(QStringLiteral("127.0.0.1"), port);
}

bool Endpoint::isRemote() const
{
    if (m_host == u"localhost")
        return false;
    const QHostAddress address(m_host);
    return address.isNull() || !address.isLoopback();
}

QUrl Endpoint::url(const QString &path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(path);
    return url;
}

QString Endpoint::toString() const
{
    const QString host = m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
    return host + u':' + QString::number(m_port);
}

} // namespace vramscope
