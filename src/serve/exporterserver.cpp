#include "exporterserver.h"

#include "hostsnapshotjson.h"
#include "httpconnection.h"
#include "prometheustext.h"
#include "snapshotmetrics.h"

#include <QJsonDocument>
#include <QTcpSocket>

namespace vramscope {

namespace {

// Compares without stopping at the first difference, so that the time an
// answer takes says nothing about how much of a guessed token was right
// (only its length shows).
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

ExporterServer::ExporterServer(std::function<HostSnapshot()> collect, QObject *parent)
    : QObject(parent), m_collect(std::move(collect))
{
    m_server.setMaxPendingConnections(MaxConnections);
    // Qt's default backlog is 50: a burst of clients connecting at once had
    // SYNs dropped and retried a second later (a 1 s request in the storm).
    m_server.setListenBacklogSize(MaxConnections);
    connect(&m_server, &QTcpServer::newConnection, this, &ExporterServer::accept);
}

bool ExporterServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server.listen(address, port))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

void ExporterServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_connections >= MaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        auto *connection = new HttpConnection(socket, this, MaxRequestBytes);
        connection->setIdleTimeout(m_idleTimeout);
        connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
        connect(connection, &HttpConnection::requestReceived, this,
                [this, connection](const HttpRequest &request) { handle(connection, request); });
    }
}

void ExporterServer::handle(HttpConnection *connection, const HttpRequest &request)
{
    const HttpResponse response = answer(request);
    ++m_answered[response.status];
    connection->respond(response);
}

HttpResponse ExporterServer::answer(const HttpRequest &request)
{
    if (request.method != "GET") {
        HttpResponse refused = HttpResponse::error(405, "only GET is served");
        refused.headers.append(qMakePair(QByteArray("Allow"), QByteArray("GET")));
        return refused;
    }
    if (!authorized(request)) {
        HttpResponse refused = HttpResponse::error(401, "a bearer token is required");
        refused.headers.append(
            qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"vramscope\"")));
        return refused;
    }
    if (request.path == "/metrics")
        return {200, PrometheusText::ContentType, {}, metrics()};
    if (request.path == "/api/snapshot")
        return HttpResponse::json(rendered().json);
    return HttpResponse::error(404, "not found: vramscope serves /metrics and /api/snapshot");
}

bool ExporterServer::authorized(const HttpRequest &request) const
{
    if (m_token.isEmpty())
        return true;
    const QByteArray header = request.header("authorization");
    const QByteArray scheme = "Bearer ";
    if (!header.startsWith(scheme))
        return false;
    return sameSecret(header.mid(scheme.size()).trimmed(), m_token);
}

const ExporterServer::Rendered &ExporterServer::rendered()
{
    if (m_renderedAt.isValid() && m_renderedAt.elapsed() < RenderInterval.count())
        return m_rendered;
    const HostSnapshot snapshot = m_collect();
    PrometheusText text;
    SnapshotMetrics::write(snapshot, text);
    m_rendered.metrics = text.text();
    m_rendered.json =
        QJsonDocument(HostSnapshotJson::toJson(snapshot)).toJson(QJsonDocument::Compact);
    m_renderedAt.start();
    return m_rendered;
}

QByteArray ExporterServer::metrics()
{
    // The counters are written fresh for every answer, the 401s just answered among them.
    PrometheusText text;
    text.family("vramscope_http_requests_total", PrometheusText::Type::Counter,
                "Requests this vramscope serve has answered, by status code.");
    for (auto it = m_answered.cbegin(); it != m_answered.cend(); ++it)
        text.sample({{"code", QString::number(it.key())}}, it.value());
    text.family("vramscope_http_unauthorized_requests_total", PrometheusText::Type::Counter,
                "Requests refused for a missing or wrong bearer token (401).");
    text.sample({}, unauthorized());
    return rendered().metrics + text.text();
}

} // namespace vramscope
