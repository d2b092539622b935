#include "runnercall.h"

#include "units.h"
#include "wireformat.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace vramscope {

namespace {

// How much the reply may buffer before it stops reading the socket; our own
// counting in readBody() enforces the limit, this keeps an endless body from
// piling up between two readyRead signals.
constexpr qint64 ReadBufferSize = 256 * 1024;

// A runner's error text is short; anything longer is cut for display.
constexpr qsizetype MaxMessageLength = 300;

// The number only; each message puts its unit where its language wants it.
QString seconds(std::chrono::milliseconds duration)
{
    return QString::number(double(duration.count()) / 1000.0, 'f', 1);
}

// The runner's own message, on one line and of printable characters.
QString runnerText(const QByteArray &body)
{
    QString text = QString::fromUtf8(body).simplified();
    for (QChar &c : text) {
        if (!c.isPrint())
            c = u'?';
    }
    if (text.size() > MaxMessageLength)
        text = text.left(MaxMessageLength) + u"...";
    return text.isEmpty() ? RunnerCall::tr("(no message)") : text;
}

} // namespace

RunnerCall::RunnerCall(QNetworkAccessManager *manager, const Endpoint &endpoint,
                       const RunnerRequest &request, const RequestLimits &limits, QObject *parent)
    : QObject(parent), m_endpoint(endpoint), m_request(request), m_limits(limits)
{
    QNetworkRequest http(endpoint.url(request.path()));
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    http.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!request.bearerToken.isEmpty())
        http.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + request.bearerToken);
    if (request.method() == "POST") {
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        m_reply = manager->post(http, request.body());
    } else {
        m_reply = manager->get(http);
    }
    m_reply->setReadBufferSize(ReadBufferSize);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &RunnerCall::checkDeclaredLength);
    connect(m_reply, &QNetworkReply::readyRead, this, &RunnerCall::readBody);
    connect(m_reply, &QNetworkReply::finished, this, &RunnerCall::onReplyFinished);

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RunnerCall::onTimeout);
    m_timer.start(limits.timeout);
}

RunnerCall::~RunnerCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RunnerCall::checkDeclaredLength()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid())
        return;
    m_declaredLength = length.toLongLong();
    if (m_declaredLength > m_limits.bodyLimit) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void RunnerCall::readBody()
{
    // Read one byte past the limit at most: enough to know it was exceeded.
    m_body += m_reply->read(m_limits.bodyLimit + 1 - m_body.size());
    if (m_body.size() > m_limits.bodyLimit) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void RunnerCall::onTimeout()
{
    m_timedOut = true;
    m_reply->abort();
}

void RunnerCall::onReplyFinished()
{
    m_timer.stop();
    if (!m_timedOut && !m_tooLarge) {
        m_body += m_reply->read(m_limits.bodyLimit + 1 - m_body.size());
        m_tooLarge = m_body.size() > m_limits.bodyLimit;
    }
    m_result = classify();
    m_finished = true;
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
    // Queued, so that a receiver may delete this call even when the reply
    // finished inside one of our own slots (abort on timeout or overflow).
    QMetaObject::invokeMethod(this, &RunnerCall::finished, Qt::QueuedConnection);
}

QString RunnerCall::where() const
{
    //: HTTP method, path and endpoint: "GET /info at 127.0.0.1:8080".
    return tr("%1 %2 at %3")
        .arg(QString::fromLatin1(m_request.method()), m_request.path(), m_endpoint.toString());
}

RunnerResult RunnerCall::classify() const
{
    RunnerResult result;
    const QVariant statusAttribute = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.httpStatus = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    result.retryable = true;

    // Each message is one sentence for the translator, starting with where();
    // the text of the runner or of Qt goes in with the multi-argument arg(),
    // so that a "%1" inside it stays as it is.
    auto failed = [&result](SourceState state, const QString &message) {
        result.state = state;
        result.message = message;
        return result;
    };

    if (m_timedOut) {
        if (m_body.isEmpty())
            return failed(
                SourceState::TimedOut,
                tr("%1: no complete answer within %2 s").arg(where(), seconds(m_limits.timeout)));
        return failed(SourceState::TimedOut,
                      tr("%1: no complete answer within %2 s (%3 bytes of the body came)")
                          .arg(where(), seconds(m_limits.timeout), QString::number(m_body.size())));
    }
    if (m_tooLarge) {
        return failed(SourceState::ProtocolError,
                      tr("%1: the answer is larger than the %2 limit; not a runner's JSON")
                          .arg(where(), Units::humanBytes2(m_limits.bodyLimit)));
    }

    const QNetworkReply::NetworkError error = m_reply->error();
    auto qtMessage = [this] {
        //: Where the request went, then what went wrong, as Qt says it.
        return tr("%1: %2").arg(where(), m_reply->errorString());
    };
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return failed(SourceState::Unreachable,
                      tr("%1: connection refused (no runner listening there)").arg(where()));
    case QNetworkReply::HostNotFoundError:
        return failed(SourceState::Unreachable,
                      tr("%1: host %2 not found").arg(where(), m_endpoint.host()));
    case QNetworkReply::TimeoutError:
        return failed(SourceState::TimedOut, qtMessage());
    case QNetworkReply::RemoteHostClosedError:
        if (result.httpStatus == 0)
            return failed(
                SourceState::Unreachable,
                tr("%1: the runner closed the connection without answering").arg(where()));
        if (m_declaredLength < 0)
            return failed(SourceState::ProtocolError,
                          tr("%1: the runner closed the connection after %2 bytes of the body")
                              .arg(where(), QString::number(m_body.size())));
        return failed(
            SourceState::ProtocolError,
            tr("%1: the runner closed the connection after %2 of %3 bytes of the body")
                .arg(where(), QString::number(m_body.size()), QString::number(m_declaredLength)));
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return failed(SourceState::ProtocolError,
                      tr("%1: broken HTTP answer: %2").arg(where(), m_reply->errorString()));
    default:
        break;
    }
    // Error codes below 200 are transport failures; from 200 on they stand
    // for an HTTP status, which decode() reads along with the body.
    if (result.httpStatus == 0 || (error != QNetworkReply::NoError && error < 200))
        return failed(SourceState::Unreachable, qtMessage());
    return decode(result.httpStatus);
}

RunnerResult RunnerCall::decode(int status) const
{
    RunnerResult result;
    result.httpStatus = status;
    auto failed = [&result](SourceState state, const QString &message, bool retryable) {
        result.state = state;
        result.message = message;
        result.retryable = retryable;
        return result;
    };

    const bool raw =
        m_request.kind == RunnerRequest::Kind::Get || m_request.kind == RunnerRequest::Kind::Post;
    if (status == 404 && !raw) {
        const QString message =
            m_request.kind == RunnerRequest::Kind::Info
                ? tr("%1: free vram reporting not supported (404: an older runner without /info)")
                      .arg(where())
                : tr("%1: this runner has no %2 (404)").arg(where(), m_request.path());
        return failed(SourceState::Unsupported, message, false);
    }
    if (status >= 300 && status < 400) {
        const QString location =
            QString::fromUtf8(m_reply->rawHeader(QByteArrayLiteral("Location")));
        return failed(SourceState::Error,
                      tr("%1: HTTP %2 redirect to '%3', not followed: a runner never redirects")
                          .arg(where(), QString::number(status), location),
                      false);
    }
    if (raw) {
        result.state = SourceState::Ok;
        result.body = m_body;
        return result;
    }
    if (status != 200)
        return failed(
            SourceState::Error,
            tr("%1: HTTP %2: %3").arg(where(), QString::number(status), runnerText(m_body)), false);

    WireError error;
    switch (m_request.kind) {
    case RunnerRequest::Kind::Info:
        result.devices = WireFormat::readDeviceInfoList(m_body, &error);
        break;
    case RunnerRequest::Kind::Health:
        result.health = WireFormat::readRunnerHealth(m_body, &error);
        break;
    case RunnerRequest::Kind::Load:
        result.load = WireFormat::readLoadResponse(m_body, &error);
        break;
    case RunnerRequest::Kind::Get:
    case RunnerRequest::Kind::Post:
        break; // answered above
    }
    if (!result.devices && !result.health && !result.load)
        return failed(SourceState::ProtocolError,
                      tr("%1: bad body: %2").arg(where(), error.toString()), true);
    result.state = SourceState::Ok;
    return result;
}

} // namespace vramscope
