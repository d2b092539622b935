#include "runnerserver.h"

#include "httpconnection.h"
#include "httpresponder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace vramscope {

namespace {

// The first number in the document, depth first, turned into a string of
// itself: what a runner built against another struct would send.
bool stringifyFirstNumber(QJsonValue &value)
{
    if (value.isDouble()) {
        value = QString::number(value.toInteger(qint64(value.toDouble())));
        return true;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue element = array.at(i);
            if (stringifyFirstNumber(element)) {
                array.replace(i, element);
                value = array;
                return true;
            }
        }
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonValue member = it.value();
            if (stringifyFirstNumber(member)) {
                it.value() = member;
                value = object;
                return true;
            }
        }
    }
    return false;
}

QByteArray withWrongTypes(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QJsonValue value =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    stringifyFirstNumber(value);
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

RunnerServer::RunnerServer(HttpResponder *runner, QObject *parent)
    : QObject(parent), m_runner(runner)
{
    connect(&m_server, &QTcpServer::newConnection, this, &RunnerServer::accept);
}

bool RunnerServer::listen(quint16 port, QString *error)
{
    if (m_server.listen(QHostAddress::LocalHost, port))
        return true;
    if (error)
        *error =
            u"cannot listen on 127.0.0.1:" + QString::number(port) + u": " + m_server.errorString();
    return false;
}

void RunnerServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connectionCount;
        ++m_openConnectionCount;
        auto *connection = new HttpConnection(socket, this);
        connect(connection, &QObject::destroyed, this, [this] { --m_openConnectionCount; });
        connect(connection, &HttpConnection::requestReceived, this,
                [this, connection](const HttpRequest &request) { handle(connection, request); });
    }
}

void RunnerServer::handle(HttpConnection *connection, const HttpRequest &request)
{
    ++m_requestCount;
    const std::optional<Fault> fault = m_runner->faultFor(QString::fromLatin1(request.path));
    if (!fault) {
        connection->respond(m_runner->answer(request));
        return;
    }
    switch (fault->kind()) {
    case Fault::Kind::Status: {
        const QByteArray text = fault->text().isEmpty() && fault->status() == 404
                                    ? QByteArrayLiteral("404 page not found")
                                    : fault->text().toUtf8();
        connection->respond(HttpResponse::error(fault->status(), text));
        return;
    }
    case Fault::Kind::Delay: {
        // The answer reflects the state when it leaves, as a slow runner's would.
        const QPointer<HttpConnection> guard(connection);
        QTimer::singleShot(fault->delayMs(), this, [this, guard, request] {
            if (guard)
                guard->respond(m_runner->answer(request));
        });
        return;
    }
    case Fault::Kind::Hang:
        return;
    case Fault::Kind::CloseMidBody: {
        const HttpResponse response = m_runner->answer(request);
        connection->respondCutOff(response, response.body.size() / 2);
        return;
    }
    case Fault::Kind::Truncate: {
        HttpResponse response = m_runner->answer(request);
        response.body.truncate(response.body.size() / 2);
        connection->respond(response);
        return;
    }
    case Fault::Kind::Malformed:
        connection->respond(HttpResponse::json(QByteArrayLiteral("{\"devices\": [oops")));
        return;
    case Fault::Kind::Endless:
        connection->respondEndlessly(
            QByteArrayLiteral("["),
            QByteArray("{\"id\":\"GPU-endless\",\"total_memory\":1},").repeated(1024));
        return;
    case Fault::Kind::WrongTypes: {
        HttpResponse response = m_runner->answer(request);
        response.body = withWrongTypes(response.body);
        connection->respond(response);
        return;
    }
    case Fault::Kind::Redirect: {
        HttpResponse response = HttpResponse::error(302, QByteArrayLiteral("Found"));
        response.headers.append({QByteArrayLiteral("Location"), request.path + "-moved"});
        connection->respond(response);
        return;
    }
    case Fault::Kind::Exit:
        emit exitRequested(fault->exitCode());
        return;
    }
}

} // namespace vramscope
