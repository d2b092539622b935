#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QObject>

class QTcpSocket;

namespace vramscope {

// One client connection of the fake runner: reads HTTP/1.1 requests one at
// a time (keep-alive, pipelining), and writes answers, including the broken
// ones a fault asks for. While a request is unanswered no other is read, so
// a hung request holds its connection the way a stuck runner does.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of the socket; deletes itself when it disconnects.
    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);

    // A complete answer; then the next request, or a close if asked for.
    void respond(const HttpResponse &response);
    // The head with the full Content-Length and only `bytes` of the body,
    // then the connection closes: a runner dying mid-answer.
    void respondCutOff(const HttpResponse &response, qsizetype bytes);
    // A 200 chunked answer whose chunks never end; the next chunk is written
    // whenever the client has taken the previous ones.
    void respondEndlessly(const QByteArray &first, const QByteArray &chunk);

signals:
    void requestReceived(const vramscope::HttpRequest &request);

private:
    // Requests are small JSON bodies; anything larger is refused.
    static constexpr qsizetype MaxRequestBytes = 1024 * 1024;

    void readRequests();
    void writeHead(int status, const QByteArray &contentType,
                   const QList<QPair<QByteArray, QByteArray>> &extra, qint64 contentLength);
    void feedEndless();
    void refuse(int status, const QByteArray &message);

    QTcpSocket *m_socket;
    QByteArray m_buffer;
    bool m_waiting = false; // a request is being answered
    bool m_keepAlive = true;
    QByteArray m_endlessChunk;
};

} // namespace vramscope
