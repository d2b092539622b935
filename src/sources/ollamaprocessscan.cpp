#include "ollamaprocessscan.h"

#include "ollamahost.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace vramscope {

namespace {

// A /proc file is small; this bounds a hostile or odd one.
constexpr qint64 MaxProcFileSize = 64 * 1024;

QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.read(MaxProcFileSize);
}

QList<QByteArray> splitNul(const QByteArray &data)
{
    QList<QByteArray> parts = data.split('\0');
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    return parts;
}

// The value of "--name VALUE" or "--name=VALUE" (any of the names), or nothing.
std::optional<QByteArray> optionValue(const QList<QByteArray> &arguments,
                                      std::initializer_list<QByteArrayView> names)
{
    std::optional<QByteArray> value;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        for (QByteArrayView name : names) {
            if (arguments[i] == name && i + 1 < arguments.size())
                value = arguments[i + 1];
            else if (arguments[i].startsWith(QByteArray(name.toByteArray() + '=')))
                value = arguments[i].mid(name.size() + 1);
        }
    }
    return value;
}

QString programName(const QList<QByteArray> &arguments)
{
    return QFileInfo(QString::fromLocal8Bit(arguments.first())).fileName();
}

} // namespace

OllamaProcessScan::OllamaProcessScan(const QString &procRoot) : m_procRoot(procRoot) {}

quint16 OllamaProcessScan::goRunnerPort(const QList<QByteArray> &arguments)
{
    if (arguments.size() < 2 ||
        !QFileInfo(QString::fromLocal8Bit(arguments.first())).fileName().startsWith(u"ollama"))
        return 0;
    bool isRunner = false;
    bool hasModel = false;
    quint16 port = 0;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QByteArray &argument = arguments[i];
        if (argument == "runner")
            isRunner = true;
        else if (argument == "--model" || argument.startsWith("--model="))
            hasModel = true;
        else if (argument == "--port" && i + 1 < arguments.size())
            port = arguments[i + 1].toUShort();
        else if (argument.startsWith("--port="))
            port = argument.mid(7).toUShort();
    }
    return isRunner && hasModel ? port : 0;
}

QString OllamaProcessScan::blobDigest(const QString &modelPath)
{
    static const QRegularExpression pattern(QStringLiteral("sha256-([0-9a-f]{64})$"));
    return pattern.match(modelPath).captured(1);
}

std::optional<OllamaProcess> OllamaProcessScan::classify(const QList<QByteArray> &arguments,
                                                         const QString &serverHost)
{
    if (arguments.isEmpty())
        return std::nullopt;
    const QString program = programName(arguments);
    OllamaProcess process;
    if (program.startsWith(u"ollama")) {
        if (arguments.size() >= 2 && arguments[1] == "serve") {
            process.kind = OllamaProcess::Kind::Server;
            const std::optional<Endpoint> endpoint =
                OllamaHost::fromValue(serverHost).endpoint(nullptr);
            if (!endpoint)
                return std::nullopt;
            process.endpoint = *endpoint;
            return process;
        }
        const quint16 port = goRunnerPort(arguments);
        if (port == 0)
            return std::nullopt;
        process.kind = OllamaProcess::Kind::GoRunner;
        process.endpoint = Endpoint::loopback(port);
    } else if (program == u"llama-server") {
        const std::optional<QByteArray> port = optionValue(arguments, {"--port"});
        bool ok = true;
        const quint16 number = port ? port->toUShort(&ok) : LlamaServerDefaultPort;
        if (!ok || number == 0)
            return std::nullopt;
        process.kind = OllamaProcess::Kind::LlamaServer;
        const QString host = QString::fromLocal8Bit(
            optionValue(arguments, {"--host"}).value_or(QByteArrayLiteral("127.0.0.1")));
        // A runner bound to every address is reached on loopback, as ollama's own client does.
        const QString reachable = host == u"0.0.0.0" ? QStringLiteral("127.0.0.1") : host;
        const std::optional<Endpoint> endpoint =
            Endpoint::parse((reachable.contains(u':') ? u'[' + reachable + u']' : reachable) +
                                u':' + QString::number(number),
                            Endpoint::RemotePolicy::AllowRemote, nullptr);
        if (!endpoint)
            return std::nullopt;
        process.endpoint = *endpoint;
    } else {
        return std::nullopt;
    }
    process.modelPath =
        QString::fromLocal8Bit(optionValue(arguments, {"--model", "-m"}).value_or(QByteArray()));
    if (process.modelPath.isEmpty())
        return std::nullopt; // loads nothing: not a model's runner
    process.blobDigest = blobDigest(process.modelPath);
    return process;
}

QList<OllamaProcess> OllamaProcessScan::processes() const
{
    QList<OllamaProcess> found;
    const QDir root(m_procRoot);
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QString folder = root.filePath(entry);
        const QList<QByteArray> arguments = splitNul(readProcFile(folder + u"/cmdline"));
        if (arguments.isEmpty())
            continue;
        // Another user's environ is not readable: the server is then assumed at the default.
        QString serverHost;
        for (const QByteArray &variable : splitNul(readProcFile(folder + u"/environ"))) {
            if (variable.startsWith("OLLAMA_HOST="))
                serverHost = QString::fromLocal8Bit(variable.mid(12));
        }
        std::optional<OllamaProcess> process = classify(arguments, serverHost);
        if (!process)
            continue;
        process->pid = pid;
        static const QRegularExpression parentLine(QStringLiteral("^PPid:\\s*(\\d+)$"),
                                                   QRegularExpression::MultilineOption);
        process->parentPid =
            parentLine.match(QString::fromLatin1(readProcFile(folder + u"/status")))
                .captured(1)
                .toLongLong();
        found.append(*process);
    }
    std::sort(found.begin(), found.end(),
              [](const OllamaProcess &a, const OllamaProcess &b) { return a.pid < b.pid; });
    for (OllamaProcess &process : found) {
        process.childOfServer =
            process.kind != OllamaProcess::Kind::Server &&
            std::any_of(found.cbegin(), found.cend(), [&process](const OllamaProcess &other) {
                return other.kind == OllamaProcess::Kind::Server && other.pid == process.parentPid;
            });
    }
    return found;
}

} // namespace vramscope
