#include "httpconnection.h"

#include <QTcpSocket>

namespace vramscope {

namespace {

// How much of an endless body may wait in the socket's buffer.
constexpr qint64 EndlessBacklog = 256 * 1024;
// Where an endless body stops after all: far past any client's body limit
// (a runner's is 4 MiB), and a bound on what a client that fails to hang up
// can be kept reading.
constexpr qint64 EndlessCap = 64 * 1024 * 1024;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent, qsizetype maxRequestBytes)
    : QObject(parent), m_socket(socket), m_maxRequestBytes(maxRequestBytes)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readRequests);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::feedEndless);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_waiting)
            m_socket->disconnectFromHost();
    });
}

void HttpConnection::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idle.setInterval(timeout);
    m_idle.start();
}

void HttpConnection::readRequests()
{
    m_buffer += m_socket->readAll();
    while (!m_waiting && m_socket->state() == QAbstractSocket::ConnectedState) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_buffer.size() > m_maxRequestBytes)
                refuse(413, QByteArrayLiteral("request head too large"));
            return;
        }
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            refuse(400, QByteArrayLiteral("malformed request line"));
            return;
        }
        HttpRequest request;
        request.method = requestLine[0];
        request.path = requestLine[1].split('?').first();
        request.version = requestLine[2];
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0) {
                refuse(400, QByteArrayLiteral("malformed header"));
                return;
            }
            request.headers.append(
                {lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed()});
        }
        if (!request.header(QByteArrayLiteral("transfer-encoding")).isEmpty()) {
            refuse(501, QByteArrayLiteral("chunked requests are not supported"));
            return;
        }
        bool ok = true;
        const QByteArray lengthText = request.header(QByteArrayLiteral("content-length"));
        const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
        if (!ok || length < 0 || length > m_maxRequestBytes) {
            refuse(413, QByteArrayLiteral("bad or too large Content-Length"));
            return;
        }
        const qsizetype total = headEnd + 4 + length;
        if (m_buffer.size() < total)
            return;
        request.body = m_buffer.mid(headEnd + 4, length);
        m_buffer.remove(0, total);
        m_keepAlive = request.keepAlive();
        m_waiting = true;
        emit requestReceived(request);
    }
}

QByteArray HttpConnection::head(int status, const QByteArray &contentType,
                                const QList<QPair<QByteArray, QByteArray>> &extra,
                                qint64 contentLength) const
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' +
                      HttpResponse::reason(status) + "\r\nContent-Type: " + contentType + "\r\n";
    for (const auto &[name, value] : extra)
        head += name + ": " + value + "\r\n";
    if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    else
        head += "Transfer-Encoding: chunked\r\n";
    if (!m_keepAlive)
        head += "Connection: close\r\n";
    return head + "\r\n";
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->write(
        head(response.status, response.contentType, response.headers, response.body.size()) +
        response.body);
    m_waiting = false;
    if (m_idle.interval() > 0)
        m_idle.start();
    if (!m_keepAlive) {
        m_socket->disconnectFromHost();
        return;
    }
    // Requests pipelined behind this one are already buffered.
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::readRequests, Qt::QueuedConnection);
}

void HttpConnection::respondCutOff(const HttpResponse &response, qsizetype bytes)
{
    m_socket->write(
        head(response.status, response.contentType, response.headers, response.body.size()) +
        response.body.left(bytes));
    m_socket->disconnectFromHost();
}

void HttpConnection::respondEndlessly(const QByteArray &first, const QByteArray &chunk)
{
    m_socket->write(head(200, QByteArrayLiteral("application/json"), {}, -1) +
                    QByteArray::number(first.size(), 16) + "\r\n" + first + "\r\n");
    m_endlessChunk = QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    m_endlessLeft = EndlessCap;
    feedEndless();
}

void HttpConnection::feedEndless()
{
    while (!m_endlessChunk.isEmpty() && m_socket->state() == QAbstractSocket::ConnectedState &&
           m_socket->bytesToWrite() < EndlessBacklog) {
        if (m_endlessLeft <= 0) {
            // No last chunk: to the client the body never ended.
            m_endlessChunk.clear();
            m_socket->disconnectFromHost();
            return;
        }
        m_socket->write(m_endlessChunk);
        m_endlessLeft -= m_endlessChunk.size();
    }
}

void HttpConnection::refuse(int status, const QByteArray &message)
{
    m_keepAlive = false;
    m_buffer.clear();
    respond(HttpResponse::error(status, message));
}

} // namespace vramscope
