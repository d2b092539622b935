#include "pscommand.h"

#include "ollamaclient.h"
#include "ollamadiscovery.h"
#include "ollamahost.h"
#include "ollamaprocessscan.h"
#include "runningmodeltext.h"
#include "texttable.h"
#include "units.h"
#include "wireformat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTextStream>

#include <cmath>
#include <memory>

namespace vramscope {

namespace {

constexpr double DefaultTimeoutSeconds = 10;

} // namespace

QString PsCommand::name() const
{
    return QStringLiteral("ps");
}

QString PsCommand::summary() const
{
    return QStringLiteral("List the models ollama has loaded, as `ollama ps` does.");
}

void PsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("endpoint"),
         QStringLiteral("The ollama server: HOST:PORT or http://HOST:PORT (loopback unless "
                        "--allow-remote). Default: OLLAMA_HOST, then 127.0.0.1:11434."),
         QStringLiteral("HOST:PORT")});
    parser.addOption({QStringLiteral("timeout"),
                      u"Give up on a request after this many seconds. Default: " +
                          QString::number(DefaultTimeoutSeconds) + u'.',
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("allow-remote"),
                      QStringLiteral("Allow an --endpoint that is not on this machine.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
}

int PsCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    double seconds = DefaultTimeoutSeconds;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 86400)
            return badInput(err, u"--timeout: expected seconds above 0, got '" +
                                     parser.value(QStringLiteral("timeout")) + u"'");
    }

    // Where to ask, in order: --endpoint alone, or OLLAMA_HOST, the default
    // and the servers in the process list.
    QList<Endpoint> candidates;
    QString error;
    if (parser.isSet(QStringLiteral("endpoint"))) {
        const Endpoint::RemotePolicy policy = parser.isSet(QStringLiteral("allow-remote"))
                                                  ? Endpoint::RemotePolicy::AllowRemote
                                                  : Endpoint::RemotePolicy::LoopbackOnly;
        const std::optional<Endpoint> endpoint =
            Endpoint::parse(parser.value(QStringLiteral("endpoint")), policy, &error);
        if (!endpoint)
            return badInput(err, u"--endpoint: " + error);
        candidates.append(*endpoint);
    } else {
        const OllamaHost host = OllamaHost::fromEnvironment();
        if (!host.note().isEmpty())
            err << "vramscope ps: " << host.note() << '\n';
        const std::optional<Endpoint> fromEnvironment = host.endpoint(&error);
        if (!fromEnvironment)
            return badInput(err, error);
        candidates.append(*fromEnvironment);
        // Then where the window looks: the default, and each `ollama serve`
        // on this machine at its own OLLAMA_HOST.
        for (const Endpoint &endpoint :
             OllamaDiscovery::serverCandidates({}, OllamaProcessScan().processes())) {
            if (!candidates.contains(endpoint))
                candidates.append(endpoint);
        }
    }

    QNetworkAccessManager manager;
    // The server is reached directly; a proxy from the environment would answer for it.
    manager.setProxy(QNetworkProxy::NoProxy);
    RequestLimits limits;
    limits.timeout = std::chrono::milliseconds(std::llround(seconds * 1000));
    std::unique_ptr<OllamaClient> client;
    for (const Endpoint &endpoint : std::as_const(candidates)) {
        client.reset(OllamaClient::runOnce(&manager, endpoint, limits, OllamaClient::Detail::Loaded,
                                           nullptr));
        // Only a server that is not there sends us on to the next place.
        if (client->result().state != SourceState::Unreachable)
            break;
    }
    if (!client->result().isOk())
        return runnerFailed(err, client->result().message);

    const OllamaSnapshot &snapshot = client->snapshot();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray models;
        for (const RunningModel &model : snapshot.models) {
            QJsonObject o;
            o.insert(QLatin1StringView("name"), model.name);
            o.insert(QLatin1StringView("digest"), model.digest);
            o.insert(QLatin1StringView("size"), WireFormat::bytesValue(model.size));
            o.insert(QLatin1StringView("size_vram"), WireFormat::bytesValue(model.sizeVram));
            o.insert(QLatin1StringView("context_length"), model.contextLength);
            o.insert(QLatin1StringView("expires_at"), model.expiresAt.toString(Qt::ISODateWithMs));
            o.insert(QLatin1StringView("processor"),
                     RunningModelText::processor(model.size, model.sizeVram));
            models.append(o);
        }
        QJsonObject root;
        root.insert(QLatin1StringView("version"), snapshot.version->toString());
        root.insert(QLatin1StringView("models"), models);
        printJson(out, root);
        return Success;
    }

    out << "ollama " << snapshot.version->toString() << " at " << client->endpoint().toString()
        << '\n';
    TextTable table({QStringLiteral("NAME"), QStringLiteral("ID"), QStringLiteral("SIZE"),
                     QStringLiteral("PROCESSOR"), QStringLiteral("CONTEXT"),
                     QStringLiteral("UNTIL")});
    for (const RunningModel &model : snapshot.models) {
        table.addRow({model.name, model.digest.left(12), Units::humanBytes(model.size),
                      RunningModelText::processor(model.size, model.sizeVram),
                      QString::number(model.contextLength),
                      RunningModelText::until(model.expiresAt, now)});
    }
    table.print(out);
    return Success;
}

} // namespace vramscope
