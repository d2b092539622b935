#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace vramscope {

// An answer an HttpConnection sends, in the shapes Go's net/http produces.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(const QByteArray &body) { return {200, "application/json", {}, body}; }
    // Go's http.Error: the text plus a newline, as plain text.
    static HttpResponse error(int status, const QByteArray &message)
    {
        return {status,
                QByteArrayLiteral("text/plain; charset=utf-8"),
                {{QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")}},
                message + '\n'};
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return QByteArrayLiteral("OK");
        case 302:
            return QByteArrayLiteral("Found");
        case 400:
            return QByteArrayLiteral("Bad Request");
        case 401:
            return QByteArrayLiteral("Unauthorized");
        case 404:
            return QByteArrayLiteral("Not Found");
        case 405:
            return QByteArrayLiteral("Method Not Allowed");
        case 413:
            return QByteArrayLiteral("Request Entity Too Large");
        case 500:
            return QByteArrayLiteral("Internal Server Error");
        case 501:
            return QByteArrayLiteral("Not Implemented");
        case 503:
            return QByteArrayLiteral("Service Unavailable");
        default:
            return QByteArrayLiteral("Status");
        }
    }
};

} // namespace vramscope
