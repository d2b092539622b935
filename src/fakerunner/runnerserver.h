#pragma once

#include "httprequest.h"

#include <QObject>
#include <QTcpServer>

namespace vramscope {

class HttpConnection;
class HttpResponder;

// Serves one FakeRunner (or the FakeOllamaServer) over HTTP/1.1 on 127.0.0.1 and carries out its
// faults at the byte level: late, hung, cut off, endless, malformed answers.
class RunnerServer : public QObject
{
    Q_OBJECT

public:
    explicit RunnerServer(HttpResponder *runner, QObject *parent = nullptr);

    // Port 0 picks a free one.
    bool listen(quint16 port, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    // Stops listening, as a runner that exits: new connections are refused.
    void close() { m_server.close(); }
    // Connections accepted and requests read so far: tests check keep-alive
    // reuse and that a client never queues requests.
    int connectionCount() const { return m_connectionCount; }
    // Connections not closed yet: a client that cancels a request closes its own.
    int openConnectionCount() const { return m_openConnectionCount; }
    int requestCount() const { return m_requestCount; }

signals:
    // An exit fault fired; the owner ends the process with this code.
    void exitRequested(int code);

private:
    void accept();
    void handle(HttpConnection *connection, const HttpRequest &request);

    HttpResponder *m_runner;
    QTcpServer m_server;
    int m_connectionCount = 0;
    int m_openConnectionCount = 0;
    int m_requestCount = 0;
};

} // namespace vramscope
