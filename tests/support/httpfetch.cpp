#include "httpfetch.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace vramscope {

namespace {

constexpr int TimeoutMs = 60000;

HttpFetch finish(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpFetch result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return result;
}

QNetworkRequest requestFor(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(TimeoutMs);
    return request;
}

} // namespace

HttpFetch HttpFetch::get(const QUrl &url, const QByteArray &token)
{
    QNetworkRequest request = requestFor(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    return finish(manager.get(request));
}

HttpFetch HttpFetch::send(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request = requestFor(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    return finish(manager.sendCustomRequest(request, method, body));
}

} // namespace vramscope
