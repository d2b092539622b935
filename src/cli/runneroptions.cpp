#include "runneroptions.h"

#include "runnerquery.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <cmath>

namespace vramscope {

void RunnerOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("endpoint"),
                      QStringLiteral("The runner to ask: HOST:PORT or http://HOST:PORT (its "
                                     "--port; loopback unless --allow-remote)."),
                      QStringLiteral("HOST:PORT")});
    parser.addOption(
        {QStringLiteral("timeout"),
         u"Give up after this many seconds; until then a refused connection or an unreadable "
         u"answer is asked again every 10 ms, as ollama does. Default: " +
             QString::number(DefaultTimeout.count() / 1000) + u'.',
         QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("allow-remote"),
                      QStringLiteral("Allow an endpoint that is not on this machine.")});
}

bool RunnerOptions::isSet(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("endpoint"));
}

std::optional<RunnerOptions> RunnerOptions::read(const QCommandLineParser &parser, QString *error)
{
    if (!isSet(parser)) {
        *error = QStringLiteral("--endpoint is required (see --help)");
        return std::nullopt;
    }
    const Endpoint::RemotePolicy policy = parser.isSet(QStringLiteral("allow-remote"))
                                              ? Endpoint::RemotePolicy::AllowRemote
                                              : Endpoint::RemotePolicy::LoopbackOnly;
    QString endpointError;
    const std::optional<Endpoint> endpoint =
        Endpoint::parse(parser.value(QStringLiteral("endpoint")), policy, &endpointError);
    if (!endpoint) {
        const bool remote = policy == Endpoint::RemotePolicy::LoopbackOnly &&
                            Endpoint::parse(parser.value(QStringLiteral("endpoint")),
                                            Endpoint::RemotePolicy::AllowRemote, nullptr);
        *error = u"--endpoint: " + endpointError + (remote ? u" with --allow-remote" : u"");
        return std::nullopt;
    }
    std::chrono::milliseconds timeout = DefaultTimeout;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 86400) {
            *error = u"--timeout: expected seconds above 0, got '" +
                     parser.value(QStringLiteral("timeout")) + u"'";
            return std::nullopt;
        }
        timeout = std::chrono::milliseconds(std::llround(seconds * 1000));
    }
    return RunnerOptions(*endpoint, timeout);
}

RunnerResult RunnerOptions::query(const RunnerRequest &request) const
{
    QNetworkAccessManager manager;
    // A runner is reached directly; a proxy from the environment would
    // answer for it, or not at all.
    manager.setProxy(QNetworkProxy::NoProxy);
    return RunnerQuery::run(RunnerClient(&manager, m_endpoint), request, m_timeout);
}

} // namespace vramscope
