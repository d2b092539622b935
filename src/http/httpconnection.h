#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QObject>
#include <QTimer>

#include <chrono>

class QTcpSocket;

namespace vramscope {

// One client connection of an HTTP server on QTcpServer (the fake runner's,
// `vramscope serve`'s): reads HTTP/1.1 requests one at a time (keep-alive,
// pipelining), and writes answers, including the broken ones a fake runner's
// fault asks for. While a request is unanswered no other is read, so a hung
// request holds its connection the way a stuck runner does.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // Requests to a runner are small JSON bodies; anything larger is refused.
    static constexpr qsizetype DefaultMaxRequestBytes = 1024 * 1024;

    // Takes ownership of the socket; deletes itself when it disconnects. A
    // request whose head or body passes maxRequestBytes is answered 413.
    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr,
                            qsizetype maxRequestBytes = DefaultMaxRequestBytes);

    // Closes the connection when no complete request has come this long
    // after it opened or after the last answer: a client that connects and
    // sends nothing, or a byte at a time, cannot hold it for ever.
    void setIdleTimeout(std::chrono::milliseconds timeout);

    // A complete answer; then the next request, or a close if asked for.
    void respond(const HttpResponse &response);
    // The head with the full Content-Length and only `bytes` of the body,
    // then the connection closes: a runner dying mid-answer.
    void respondCutOff(const HttpResponse &response, qsizetype bytes);
    // A 200 chunked answer whose chunks never end; the next chunk is written
    // whenever the client has taken the previous ones. After 64 MiB the
    // connection closes without the last chunk, so that a client that never
    // hangs up cannot keep the server (or itself) busy for ever.
    void respondEndlessly(const QByteArray &first, const QByteArray &chunk);

signals:
    void requestReceived(const vramscope::HttpRequest &request);

private:
    void readRequests();
    // The status line and headers, to be written together with the body's
    // start: a head written alone waits for the client's delayed ACK
    // (Nagle), 40 ms a request.
    QByteArray head(int status, const QByteArray &contentType,
                    const QList<QPair<QByteArray, QByteArray>> &extra, qint64 contentLength) const;
    void feedEndless();
    void refuse(int status, const QByteArray &message);

    QTcpSocket *m_socket;
    qsizetype m_maxRequestBytes;
    QByteArray m_buffer;
    bool m_waiting = false; // a request is being answered
    bool m_keepAlive = true;
    QByteArray m_endlessChunk;
    qint64 m_endlessLeft = 0;
    QTimer m_idle;
};

} // namespace vramscope
