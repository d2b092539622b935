// vramscope-fakerunner: a simulated ollama runner on 127.0.0.1, for the
// demo and the network tests. Prints "listening on 127.0.0.1:PORT model
// BLOB" per instance, then takes commands on stdin, one per line, each answered on
// stdout with "ok: ..." or "error: ..."; @PORT picks one instance:
//   fault [@PORT] PATH=KIND[:ARG]  set a fault by hand
//   clear [@PORT]                  clear the faults set by hand
//   load [@PORT]                   commit the scenario's load now
//   stats [@PORT]                  "ok: stats PORT connections=N open=K requests=M" per instance
//   busy [@PORT] / idle [@PORT]    a llama-server runner's slot is processing / not
//   quit [CODE]                    exit
// With --ollama VERSION (or the scenario's "ollama"), an ollama server comes
// first and prints "ollama listening on 127.0.0.1:PORT"; the runners follow.
#include "fakeollamaserver.h"
#include "fakerunner.h"
#include "ollamaversion.h"
#include "runnerserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace vramscope;

namespace {

struct Instance
{
    FakeRunner *runner;
    RunnerServer *server;
};

void print(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream);
}

int usageError(const QString &message)
{
    print(stderr, u"vramscope-fakerunner: " + message + u" (see --help)");
    return 2;
}

// Runs one control command, "COMMAND [@PORT] [ARGUMENT]", against the
// instance on PORT, or all of them.
QString control(const QString &line, const QList<Instance> &instances)
{
    QString rest = line;
    auto takeWord = [&rest] {
        const qsizetype space = rest.indexOf(u' ');
        const QString word = space < 0 ? rest : rest.left(space);
        rest = space < 0 ? QString() : rest.mid(space + 1).trimmed();
        return word;
    };
    const QString command = takeWord();
    QList<Instance> targets = instances;
    if (rest.startsWith(u'@')) {
        const quint16 port = takeWord().mid(1).toUShort();
        targets.removeIf([port](const Instance &i) { return i.server->port() != port; });
        if (targets.isEmpty())
            return u"error: no instance listens on the port in '" + line + u"'";
    }

    if (command == u"fault") {
        QString error;
        const std::optional<Fault> fault = Fault::parse(rest, &error);
        if (!fault)
            return u"error: " + error;
        for (const Instance &instance : targets)
            instance.runner->setFault(*fault);
        return u"ok: " + line;
    }
    if (!rest.isEmpty() && command != u"quit")
        return u"error: '" + command + u"' takes no argument besides @PORT, got '" + line + u"'";
    if (command == u"clear") {
        for (const Instance &instance : targets)
            instance.runner->clearFaults();
    } else if (command == u"load") {
        for (const Instance &instance : targets) {
            const QString refusal = instance.runner->loadNow();
            if (!refusal.isEmpty())
                return u"error: port " + QString::number(instance.server->port()) + u": " + refusal;
        }
    } else if (command == u"stats") {
        QStringList counts;
        for (const Instance &instance : targets)
            counts.append(u"stats " + QString::number(instance.server->port()) + u" connections=" +
                          QString::number(instance.server->connectionCount()) + u" open=" +
                          QString::number(instance.server->openConnectionCount()) + u" requests=" +
                          QString::number(instance.server->requestCount()));
        return u"ok: " + counts.join(QStringLiteral("; "));
    } else if (command == u"busy" || command == u"idle") {
        for (const Instance &instance : targets)
            instance.runner->setBusy(command == u"busy");
    } else if (command == u"quit") {
        QCoreApplication::exit(rest.toInt());
    } else {
        return u"error: unknown command '" + command +
               u"'; known: fault [@PORT] PATH=KIND[:ARG], clear [@PORT], load [@PORT], "
               u"stats [@PORT], busy [@PORT], idle [@PORT], quit [CODE]";
    }
    return u"ok: " + line;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vramscope-fakerunner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VRAMSCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A simulated ollama runner on 127.0.0.1 for vramscope's demo and tests. Answers GET "
        "/info, GET /health and POST /load from a scenario; with --ollama, an ollama server "
        "and runners of that version. Reads commands on stdin: "
        "'fault [@PORT] PATH=KIND[:ARG]', 'clear [@PORT]', 'load [@PORT]', 'stats [@PORT]', "
        "'busy [@PORT]', 'idle [@PORT]', 'quit [CODE]'."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        u"A shipped scenario (" + Scenario::builtinNames().join(QStringLiteral(", ")) +
            u") or a scenario JSON file. Default: two-nvidia.",
        QStringLiteral("NAME|FILE"), QStringLiteral("two-nvidia"));
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("Port of the first instance; 0 picks free ones."),
        QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption instancesOption(
        QStringLiteral("instances"),
        QStringLiteral("How many independent runners to serve, each on its own port."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral("A fault, repeatable: PATH=KIND[:ARG] with KIND one of NNN[:text], "
                       "delay:MS, hang, close, truncate, malformed, endless, wrong-types, "
                       "redirect, exit[:CODE]; PATH /info, /health, /load, /props, /slots, "
                       "/api/... or *."),
        QStringLiteral("PATH=KIND"));
    const QCommandLineOption loadAfterOption(
        QStringLiteral("load-after"),
        QStringLiteral("Commit the scenario's load this many seconds after start ('never' to "
                       "wait for POST /load), overriding the scenario."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption loadSecondsOption(QStringLiteral("load-seconds"),
                                               QStringLiteral("How long a load takes."),
                                               QStringLiteral("SECONDS"));
    const QCommandLineOption listOption(QStringLiteral("list-scenarios"),
                                        QStringLiteral("Print the shipped scenarios and exit."));
    const QCommandLineOption ollamaOption(
        QStringLiteral("ollama"),
        QStringLiteral("Serve an ollama server of this version in front of the runners, on "
                       "--port (the runners take the next ports): GET /api/version, /api/ps, "
                       "/api/tags, POST /api/show. 0.30 and later run llama-server runners "
                       "(/health, /props, /slots), 0.12.4 to 0.24.x Go runners. Overrides the "
                       "scenario's \"ollama\".\"version\"."),
        QStringLiteral("VERSION"));
    const QCommandLineOption modelOption(
        QStringLiteral("model"),
        QStringLiteral("The model name the ollama server lists (further instances add -2, "
                       "-3, ...)."),
        QStringLiteral("NAME"));
    const QCommandLineOption keepAliveOption(
        QStringLiteral("keep-alive"),
        QStringLiteral("Seconds a model stays loaded after its load; negative: forever."),
        QStringLiteral("SECONDS"));
    parser.addOptions({scenarioOption, portOption, instancesOption, faultOption, loadAfterOption,
                       loadSecondsOption, listOption, ollamaOption, modelOption, keepAliveOption});
    parser.process(app);

    if (parser.isSet(listOption)) {
        for (const QString &name : Scenario::builtinNames()) {
            const std::optional<Scenario> scenario = Scenario::load(name, nullptr);
            print(stdout, name + u": " + (scenario ? scenario->description : QString()));
        }
        return 0;
    }

    QString error;
    std::optional<Scenario> scenario = Scenario::load(parser.value(scenarioOption), &error);
    if (!scenario)
        return usageError(error);
    if (parser.isSet(loadAfterOption)) {
        bool ok = false;
        const double after = parser.value(loadAfterOption).toDouble(&ok);
        if (parser.value(loadAfterOption) == u"never")
            scenario->loadAfter.reset();
        else if (ok && after >= 0)
            scenario->loadAfter = after;
        else
            return usageError(u"--load-after: expected seconds or 'never', got '" +
                              parser.value(loadAfterOption) + u"'");
    }
    if (parser.isSet(loadSecondsOption)) {
        bool ok = false;
        scenario->loadSeconds = parser.value(loadSecondsOption).toDouble(&ok);
        if (!ok || scenario->loadSeconds <= 0)
            return usageError(u"--load-seconds: expected a positive number, got '" +
                              parser.value(loadSecondsOption) + u"'");
    }
    if (parser.isSet(ollamaOption)) {
        if (!OllamaVersion::parse(parser.value(ollamaOption), &error))
            return usageError(u"--ollama: " + error);
        scenario->ollamaVersion = parser.value(ollamaOption);
    }
    if (parser.isSet(modelOption))
        scenario->modelName = parser.value(modelOption);
    if (parser.isSet(keepAliveOption)) {
        bool ok = false;
        scenario->keepAliveSeconds = parser.value(keepAliveOption).toDouble(&ok);
        if (!ok)
            return usageError(u"--keep-alive: expected seconds, got '" +
                              parser.value(keepAliveOption) + u"'");
    }
    QList<Fault> faults;
    for (const QString &spec : parser.values(faultOption)) {
        const std::optional<Fault> fault = Fault::parse(spec, &error);
        if (!fault)
            return usageError(u"--fault: " + error);
        faults.append(*fault);
    }
    bool ok = false;
    const int count = parser.value(instancesOption).toInt(&ok);
    if (!ok || count < 1 || count > 1000)
        return usageError(QStringLiteral("--instances: expected 1 to 1000"));
    const quint16 firstPort = parser.value(portOption).toUShort(&ok);
    const bool withServer = !scenario->ollamaVersion.isEmpty();
    if (!ok || (firstPort != 0 && firstPort + count - (withServer ? 0 : 1) > 65535))
        return usageError(u"--port: expected 0 to 65535, got '" + parser.value(portOption) + u"'");

    QList<Instance> instances;
    QList<FakeRunner *> runners;
    for (int i = 0; i < count; ++i) {
        auto *runner = new FakeRunner(*scenario, &app);
        if (i > 0)
            runner->setModelName(scenario->modelName + u'-' + QString::number(i + 1));
        for (const Fault &fault : faults)
            runner->setFault(fault);
        runners.append(runner);
    }
    if (withServer) {
        auto *ollama = new FakeOllamaServer(scenario->ollamaVersion, runners, &app);
        auto *server = new RunnerServer(ollama, &app);
        if (!server->listen(firstPort, &error)) {
            print(stderr, u"vramscope-fakerunner: " + error);
            return 1;
        }
        print(stdout, u"ollama listening on 127.0.0.1:" + QString::number(server->port()));
    }
    for (int i = 0; i < count; ++i) {
        FakeRunner *runner = runners.at(i);
        auto *server = new RunnerServer(runner, &app);
        // A runner whose model expired has ended: its port refuses connections.
        QObject::connect(runner, &FakeRunner::expired, server, &RunnerServer::close);
        QObject::connect(server, &RunnerServer::exitRequested, &app, [](int code) {
            print(stderr, u"vramscope-fakerunner: exiting with " + QString::number(code) +
                              u" (exit fault)");
            QCoreApplication::exit(code);
        });
        const int offset = i + (withServer ? 1 : 0);
        if (!server->listen(firstPort == 0 ? 0 : quint16(firstPort + offset), &error)) {
            print(stderr, u"vramscope-fakerunner: " + error);
            return 1;
        }
        instances.append({runner, server});
        // The model's blob, as a real runner's --model names it, so that a
        // caller can tell which model a port serves without a process list.
        print(stdout, u"listening on 127.0.0.1:" + QString::number(server->port()) + u" model " +
                          runner->blobPath());
    }
    print(stderr, u"vramscope-fakerunner: scenario '" + scenario->name + u"': " +
                      QString::number(scenario->devices.size()) + u" devices, " +
                      QString::number(scenario->model.layerCount()) + u" layers" +
                      (scenario->loadAfter
                           ? u", loading after " + QString::number(*scenario->loadAfter) + u" s"
                           : QStringLiteral(", waiting for POST /load")));

    // Commands arrive on stdin; at its end (or with none) the runner keeps serving.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            input.setEnabled(false);
            return;
        }
        pending.append(buffer, got);
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(newline)).trimmed();
            pending.remove(0, newline + 1);
            if (!line.isEmpty())
                print(stdout, control(line, instances));
        }
    });
    return app.exec();
}
