#include "runnersettings.h"

#include "decimaltext.h"

namespace vramscope {

namespace {

QString text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

// The value after a command-line flag: "--port 36183" -> "36183".
QByteArray argumentAfter(const QList<QByteArray> &arguments,
                         std::initializer_list<QByteArrayView> flags)
{
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        for (const QByteArrayView flag : flags) {
            if (arguments[i] == flag)
                return arguments[i + 1];
        }
    }
    return {};
}

// "Key:value" inside Go's %+v of the load request: "KvSize:8192".
QByteArrayView requestField(QByteArrayView request, QByteArrayView key)
{
    qsizetype at = 0;
    while ((at = request.indexOf(key, at)) >= 0) {
        const bool atFieldStart = at == 0 || request[at - 1] == ' ' || request[at - 1] == '{';
        at += key.size();
        if (atFieldStart && at < request.size() && request[at] == ':') {
            const qsizetype start = at + 1;
            qsizetype end = start;
            while (end < request.size() && request[end] != ' ' && request[end] != '}')
                ++end;
            return request.sliced(start, end - start);
        }
    }
    return {};
}

} // namespace

QString RunnerSettings::digestOfPath(QByteArrayView path)
{
    const qsizetype at = path.lastIndexOf("sha256-");
    if (at < 0)
        return {};
    const QByteArrayView hex = path.sliced(at + 7);
    for (const char c : hex) {
        if ((c < '0' || c > '9') && (c < 'a' || c > 'f'))
            return {};
    }
    return hex.isEmpty() ? QString() : text(hex);
}

RunnerSettings RunnerSettings::fromCommand(QByteArrayView command)
{
    QList<QByteArray> arguments = command.toByteArray().split(' ');
    arguments.removeAll(QByteArray());
    RunnerSettings settings;
    for (const QByteArray &argument : std::as_const(arguments))
        settings.arguments.append(text(argument));
    const QByteArray model = argumentAfter(arguments, {"--model", "-m"});
    settings.modelPath = text(model);
    settings.modelDigest = digestOfPath(model);
    settings.port = DecimalText::smallInteger(argumentAfter(arguments, {"--port"})).value_or(0);
    settings.contextSize =
        DecimalText::smallInteger(argumentAfter(arguments, {"-c", "--ctx-size"}));
    settings.parallel = DecimalText::smallInteger(argumentAfter(arguments, {"-np", "--parallel"}));
    settings.kvCacheType = text(argumentAfter(arguments, {"-ctk", "--cache-type-k"}));
    return settings;
}

std::optional<RunnerSettings> RunnerSettings::fromGoRequest(QByteArrayView request)
{
    if (!request.startsWith('{'))
        return std::nullopt;
    RunnerSettings settings;
    settings.operation = text(requestField(request, "Operation"));
    settings.parallel = DecimalText::smallInteger(requestField(request, "Parallel"));
    settings.contextSize = DecimalText::smallInteger(requestField(request, "KvSize"));
    settings.kvCacheType = text(requestField(request, "KvCacheType"));
    settings.hasSplit = request.contains("GPULayers:");
    if (settings.hasSplit) {
        QString error;
        settings.split = GpuLayersList::fromString(text(request), &error);
    }
    return settings;
}

} // namespace vramscope
