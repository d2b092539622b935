#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace vramscope {

// One HTTP/1.1 request as an HttpConnection parsed it.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;                              // without the query
    QByteArray version;                           // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        for (const auto &[name, value] : headers) {
            if (name == lowerCaseName)
                return value;
        }
        return QByteArray();
    }

    // HTTP/1.1 keeps the connection unless told to close; 1.0 the reverse.
    bool keepAlive() const
    {
        const QByteArray connection = header(QByteArrayLiteral("connection")).toLower();
        if (version == "HTTP/1.0")
            return connection == "keep-alive";
        return connection != "close";
    }
};

} // namespace vramscope
