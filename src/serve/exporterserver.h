#pragma once

#include "hostsnapshot.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QTcpServer>

#include <chrono>
#include <functional>

namespace vramscope {

class HttpConnection;
struct HttpRequest;
struct HttpResponse;

// The HTTP side of `vramscope serve`: GET /metrics (Prometheus' text format)
// and GET /api/snapshot (JSON) on one address. Every answer is made from a
// snapshot of what is already known, so a scrape never waits for a source.
// Only GET; request bodies capped; with a token, every request without
// "Authorization: Bearer TOKEN" is answered 401 and counted.
class ExporterServer : public QObject
{
    Q_OBJECT

public:
    // Requests carry no body; a head this large is not a scraper's.
    static constexpr qsizetype MaxRequestBytes = 16 * 1024;
    // Past this many open connections new ones are closed at once.
    static constexpr int MaxConnections = 512;
    // The snapshot is taken and written at most this often: a scrape storm
    // is answered from one rendering, and sources change no faster than
    // their rounds (1 s by default).
    static constexpr std::chrono::milliseconds RenderInterval{100};

    // collect is called at most once per RenderInterval.
    explicit ExporterServer(std::function<HostSnapshot()> collect, QObject *parent = nullptr);

    // Empty: no token required (loopback only; the command enforces that).
    void setToken(const QByteArray &token) { m_token = token; }
    // How long a connection may go without a complete request before it is
    // closed (default one minute).
    void setIdleTimeout(std::chrono::milliseconds timeout) { m_idleTimeout = timeout; }
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_server.serverPort(); }

    // Requests answered so far, by status code.
    const QMap<int, quint64> &answered() const { return m_answered; }
    quint64 unauthorized() const { return m_answered.value(401); }

private:
    void accept();
    void handle(HttpConnection *connection, const HttpRequest &request);
    HttpResponse answer(const HttpRequest &request);
    bool authorized(const HttpRequest &request) const;
    QByteArray metrics();
    // The snapshot as /metrics (without the counters) and as JSON, taken
    // anew when the last one is older than RenderInterval.
    struct Rendered
    {
        QByteArray metrics;
        QByteArray json;
    };
    const Rendered &rendered();

    std::function<HostSnapshot()> m_collect;
    QTcpServer m_server;
    QByteArray m_token;
    std::chrono::milliseconds m_idleTimeout{60000};
    int m_connections = 0;
    QMap<int, quint64> m_answered;
    Rendered m_rendered;
    QElapsedTimer m_renderedAt;
};

} // namespace vramscope
