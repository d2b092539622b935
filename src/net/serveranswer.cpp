#include "serveranswer.h"

#include "runnercall.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace vramscope {

namespace {

constexpr qsizetype MaxMessageLength = 300;

QString tr(const char *text)
{
    return QCoreApplication::translate("vramscope::ServerAnswer", text);
}

QString where(const RunnerCall &call)
{
    //: GET /api/ps at 127.0.0.1:11434
    return tr("%1 %2 at %3")
        .arg(QString::fromLatin1(call.request().method()), call.request().path(),
             call.endpoint().toString());
}

RunnerResult failure(const RunnerCall &call, SourceState state, const QString &what)
{
    RunnerResult result;
    result.state = state;
    result.httpStatus = call.result().httpStatus;
    //: where: what went wrong
    result.message = tr("%1: %2").arg(where(call), what);
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
    return text.isEmpty() ? tr("(no message)") : text;
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
                          tr("HTTP %1: asks for credentials; ollama has none of its own, so an "
                             "authenticating proxy stands in front of it (%2)")
                              .arg(status)
                              .arg(errorText(body)));
        return std::nullopt;
    }
    if (looksLikeHtml(body)) {
        *result = failure(call, SourceState::ProtocolError,
                          tr("HTTP %1 with an HTML page, not JSON: a web server, a proxy or "
                             "another program answers on this port")
                              .arg(status));
        return std::nullopt;
    }
    if (expected.contains(status))
        return body;
    if (status == 404) {
        *result = failure(call, SourceState::Unsupported,
                          tr("no %1 here (404: %2)").arg(call.request().path(), errorText(body)));
        return std::nullopt;
    }
    *result = failure(call, SourceState::Error, tr("HTTP %1: %2").arg(status).arg(errorText(body)));
    return std::nullopt;
}

RunnerResult ServerAnswer::badBody(const RunnerCall &call, const QString &what)
{
    RunnerResult result = failure(call, SourceState::ProtocolError, tr("bad body: %1").arg(what));
    result.retryable = true;
    return result;
}

} // namespace vramscope
