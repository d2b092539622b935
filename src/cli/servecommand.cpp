#include "servecommand.h"

#include "exporterserver.h"
#include "snapshotcollector.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTextStream>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace vramscope {

namespace {

// A token is a secret for a header: more than a few characters, no spaces.
constexpr qsizetype MinTokenLength = 16;
constexpr qint64 MaxTokenFileBytes = 4096;

} // namespace

QString ServeCommand::name() const
{
    return u"serve"_s;
}

QString ServeCommand::summary() const
{
    return u"Watch this machine headless and serve /metrics (Prometheus) and /api/snapshot."_s;
}

void ServeCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"listen"_s,
                      u"Listen on HOST:PORT (default 127.0.0.1:9877; port 0 picks one). An address "
                      u"off this machine needs --allow-remote and --token-file."_s,
                      u"HOST:PORT"_s, u"127.0.0.1:"_s + QString::number(DefaultPort)});
    parser.addOption({u"token-file"_s,
                      u"Require 'Authorization: Bearer TOKEN' on every request, the token read "
                      u"from FILE (one line, at least 16 characters, readable by its owner "
                      u"only)."_s,
                      u"FILE"_s});
    parser.addOption(
        {u"allow-remote"_s, u"Allow a listen address off this machine, and sources off it."_s});
    parser.addOption({u"root"_s,
                      u"Probe the GPUs under DIR's /sys and /proc instead of / (NVML is not "
                      u"affected)."_s,
                      u"DIR"_s, u"/"_s});
    parser.addOption({u"log"_s, u"Watch ollama's server log in FILE (repeatable)."_s, u"FILE"_s});
    parser.addOption(
        {u"ollama"_s, u"Watch the ollama server at HOST[:PORT] (repeatable)."_s, u"HOST[:PORT]"_s});
    parser.addOption(
        {u"endpoint"_s, u"Watch the ollama runner at HOST:PORT (repeatable)."_s, u"HOST:PORT"_s});
    parser.addOption({u"idle-timeout"_s,
                      u"Close a connection that sends no complete request for SECONDS (default "
                      u"60)."_s,
                      u"SECONDS"_s, u"60"_s});
    parser.addOption({u"no-discovery"_s,
                      u"Watch only the sources given: do not look for ollama's server, runners "
                      u"and journal on this machine."_s});
}

std::optional<QPair<QHostAddress, quint16>> ServeCommand::parseListen(const QString &text,
                                                                      QString *error)
{
    const QUrl url(u"http://"_s + text.trimmed());
    const int port = url.port(-1);
    if (!url.isValid() || url.host().isEmpty() || port < 0 || !url.path().isEmpty() ||
        url.hasQuery() || !url.userInfo().isEmpty()) {
        *error = u"'"_s + text + u"' is not HOST:PORT"_s;
        return std::nullopt;
    }
    const QHostAddress address = url.host() == u"localhost"_s
                                     ? QHostAddress(QHostAddress::LocalHost)
                                     : QHostAddress(url.host());
    if (address.isNull()) {
        *error = u"'"_s + url.host() + u"' is not an IP address (or localhost)"_s;
        return std::nullopt;
    }
    return QPair<QHostAddress, quint16>{address, quint16(port)};
}

std::optional<QByteArray> ServeCommand::readToken(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": cannot open: "_s + file.errorString();
        return std::nullopt;
    }
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
        *error = path + u": others may read this token; chmod 600 it"_s;
        return std::nullopt;
    }
    const QByteArray token = file.read(MaxTokenFileBytes).trimmed();
    const bool visible =
        std::all_of(token.cbegin(), token.cend(), [](char c) { return c > ' ' && c < 127; });
    if (token.size() < MinTokenLength || !visible) {
        *error = path + u": expected one line of at least "_s + QString::number(MinTokenLength) +
                 u" visible characters, no spaces"_s;
        return std::nullopt;
    }
    return token;
}

int ServeCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto listen = parseListen(parser.value(u"listen"_s), &error);
    if (!listen)
        return badInput(err, u"--listen: "_s + error);
    const bool allowRemote = parser.isSet(u"allow-remote"_s);
    const bool loopback = listen->first.isLoopback();
    if (!loopback && !allowRemote)
        return badInput(err, u"--listen "_s + parser.value(u"listen"_s) +
                                 u": not a loopback address; serving other machines needs "
                                 u"--allow-remote and --token-file"_s);
    if (!loopback && !parser.isSet(u"token-file"_s))
        return badInput(err, u"--listen "_s + parser.value(u"listen"_s) +
                                 u": serving other machines needs --token-file"_s);
    QByteArray token;
    if (parser.isSet(u"token-file"_s)) {
        const std::optional<QByteArray> read = readToken(parser.value(u"token-file"_s), &error);
        if (!read)
            return badInput(err, u"--token-file "_s + error);
        token = *read;
    }
    bool ok = false;
    const double idleSeconds = parser.value(u"idle-timeout"_s).toDouble(&ok);
    if (!ok || !(idleSeconds > 0) || idleSeconds > 86400)
        return badInput(err, u"--idle-timeout: expected seconds above 0, got '"_s +
                                 parser.value(u"idle-timeout"_s) + u"'"_s);
    const QFileInfo rootFolder(parser.value(u"root"_s));
    if (!rootFolder.isDir())
        return badInput(err, u"--root "_s + parser.value(u"root"_s) + u": not a folder"_s);
    // The GPUs' source is named by its absolute folder.
    const QString root = rootFolder.absoluteFilePath();

    QNetworkAccessManager network;
    // ollama's processes are local: a proxy from the environment must never answer for one.
    network.setProxy(QNetworkProxy::NoProxy);
    Workspace workspace(&network);
    const struct
    {
        const char *option;
        QString kind;
    } given[] = {{"log", u"log"_s}, {"ollama", u"ollama"_s}, {"endpoint", u"runner"_s}};
    for (const auto &[option, kind] : given) {
        for (const QString &address : parser.values(QString::fromLatin1(option))) {
            // A log is named by its absolute path; one given relative is the user's own.
            const QString canonical =
                kind == u"log"_s ? QFileInfo(address).absoluteFilePath() : address;
            if (!workspace.addSource(kind, canonical, allowRemote, {}, Workspace::Origin::User,
                                     &error))
                return badInput(err, u"--"_s + QString::fromLatin1(option) + u' ' + address +
                                         u": "_s + error);
        }
    }
    workspace.watchLocalGpus(root);
    if (!parser.isSet(u"no-discovery"_s)) {
        workspace.watchServerLog();
        workspace.startDiscovery();
    }

    const SnapshotCollector collector(&workspace);
    ExporterServer server([&collector] { return collector.collect(); });
    server.setToken(token);
    server.setIdleTimeout(std::chrono::milliseconds(qRound64(idleSeconds * 1000)));
    if (!server.listen(listen->first, listen->second, &error))
        return badInput(err, u"--listen "_s + parser.value(u"listen"_s) + u": "_s + error);
    const QString host = listen->first.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + listen->first.toString() + u']'
                             : listen->first.toString();
    out << "vramscope serve: listening on http://" << host << ':' << server.port()
        << " (/metrics, /api/snapshot" << (token.isEmpty() ? "" : ", bearer token required")
        << ")\n";
    out.flush();
    return QCoreApplication::exec();
}

} // namespace vramscope
