#pragma once

#include <QByteArray>
#include <QUrl>

namespace vramscope {

// One HTTP request made and waited for, as a test needs it: status, body
// and content type, with a generous timeout and no proxy.
struct HttpFetch
{
    int status = 0; // 0: no answer (refused, timed out)
    QByteArray body;
    QByteArray contentType;

    static HttpFetch get(const QUrl &url, const QByteArray &token = {});
    static HttpFetch send(const QByteArray &method, const QUrl &url, const QByteArray &body);
};

} // namespace vramscope
