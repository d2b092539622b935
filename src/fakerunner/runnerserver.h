#pragma once

#include "httprequest.h"

#include <QObject>
#include <QTcpServer>

namespace vramscope {

class FakeRunner;
class HttpConnection;

// Serves one FakeRunner over HTTP/1.1 on 127.0.0.1 and carries out its
// faults at the byte level: late, hung, cut off, endless, malformed answers.
class RunnerServer : public QObject
{
    Q_OBJECT

public:
    explicit RunnerServer(FakeRunner *runner, QObject *parent = nullptr);

    // Port 0 picks a free one.
    bool listen(quint16 port, QString *error);
    quint16 port() const { return m_server.serverPort(); }

signals:
    // An exit fault fired; the owner ends the process with this code.
    void exitRequested(int code);

private:
    void accept();
    void handle(HttpConnection *connection, const HttpRequest &request);

    FakeRunner *m_runner;
    QTcpServer m_server;
};

} // namespace vramscope
