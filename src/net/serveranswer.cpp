#include "serveranswer.h"

#include "runnercall.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace vramscope {

namespace {

constexpr qsizetype MaxMessageLength = 300;

QString where(const RunnerCall &call)
{
    return QString::fromLatin1(call.request().method()) + u' ' + call.request().path() + u" at " +
           call.endpoint().toString();
}

RunnerResult failure(const RunnerCall &call, SourceState state, const QString &what)
{
    RunnerResult result;
    result.state = state;
    result.httpStatus = call.result().httpStatus;
    result.message = where(call) + u": " + what;
    return result;
}

// The server's own error text: ollama's {"error": "..."}, llama.cpp's
// {"error": {"message": "..."}}, or the plain text, on one line.
QString errorText(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue error = object.value(QLatin1StringView("error"));
    QString text = error.isString() ? error.toString()
                   : error.isObject()
                       ? error.toObject().value(QLatin1StringView("message")).toString()
                       : QString::fromUtf8(body);
    text = text.simplified();
    for (QChar &c : text) {
        if (!c.isPrint())
            c = u'?';
    }
    if (text.size() > MaxMessageLength)
        text = text.left(MaxMessageLength) + u"...";
    return text.isEmpty() ? QStringLiteral("(no message)") : text;
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") ||
           start.startsWith("<?xml") || start.startsWith("<head") || start.startsWith("<body");
}

} // namespace

std::optional<QByteArray> ServerAnswer::body(const RunnerCall &call, const QList<int> &expected,
                                             RunnerResult *result)
{
    const RunnerResult &answer = call.result();
    if (!answer.isOk()) {
        *result = answer;
        return std::nullopt;
    }
    const QByteArray body = answer.body.value_or(QByteArray());
    const int status = answer.httpStatus;
    if (status == 401 || status == 403) {
        *result = failure(call, SourceState::Error,
                          u"HTTP " + QString::number(status) +
                              u": asks for credentials; ollama has none of its own, so an "
                              u"authenticating proxy stands in front of it (" +
                              errorText(body) + u')');
        return std::nullopt;
    }
    if (looksLikeHtml(body)) {
        *result = failure(call, SourceState::ProtocolError,
                          u"HTTP " + QString::number(status) +
                              u" with an HTML page, not JSON: a web server, a proxy or another "
                              u"program answers on this port");
        return std::nullopt;
    }
    if (expected.contains(status))
        return body;
    if (status == 404) {
        *result =
            failure(call, SourceState::Unsupported,
                    u"no " + call.request().path() + u" here (404: " + errorText(body) + u")");
        return std::nullopt;
    }
    *result = failure(call, SourceState::Error,
                      u"HTTP " + QString::number(status) + u": " + errorText(body));
    return std::nullopt;
}

RunnerResult ServerAnswer::badBody(const RunnerCall &call, const QString &what)
{
    RunnerResult result = failure(call, SourceState::ProtocolError, u"bad body: " + what);
    result.retryable = true;
    return result;
}

} // namespace vramscope
