// The poller's cost, printed, never asserted:
//   bench_poller [--rounds N]        CPU per poll round (GET /info + GET /health,
//                                    parse, signal) against a bare keep-alive
//                                    socket exchange of the same bytes, as a ratio
//   bench_poller --soak SECONDS [--endpoints N]
//                                    the whole process's CPU and RSS while polling
//                                    N endpoints of 8 GPUs each at 1 Hz
// Both run vramscope-fakerunner as a separate process with eight-gpus.json,
// so only the client's own work is counted.
#include "fakerunnerprocess.h"
#include "poller.h"
#include "runnersource.h"
#include "wireformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace vramscope;

namespace {

const QString Scenario = QStringLiteral(VRAMSCOPE_BENCH_SCENARIO);

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// A /proc/self/status figure in KiB ("VmRSS", "VmHWM").
qint64 statusKiB(const QByteArray &field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// One request over a kept-alive socket, read to the end of its body by
// Content-Length: the least any client must do for the same bytes.
bool exchange(QTcpSocket &socket, const QByteArray &request, QByteArray &buffer)
{
    socket.write(request);
    buffer.clear();
    qsizetype headEnd = -1;
    qint64 length = -1;
    while (true) {
        if (!socket.waitForReadyRead(5000))
            return false;
        buffer += socket.readAll();
        if (headEnd < 0) {
            headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                continue;
            const qsizetype at = buffer.indexOf("Content-Length: ");
            length = buffer.mid(at + 16, buffer.indexOf('\r', at) - at - 16).toLongLong();
        }
        if (buffer.size() >= headEnd + 4 + length)
            return true;
    }
}

// What QNetworkAccessManager sends for these GETs in Qt 6.4.
QByteArray request(const QByteArray &path, quint16 port)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
           "\r\nAccept: application/json\r\nAccept-Encoding: gzip, deflate\r\n"
           "Accept-Language: en-US,*\r\nUser-Agent: Mozilla/5.0\r\nConnection: Keep-Alive\r\n\r\n";
}

int ratio(int rounds)
{
    FakeRunnerProcess runner;
    if (!runner.start({QStringLiteral("--scenario"), Scenario, QStringLiteral("--load-after"),
                       QStringLiteral("never")})) {
        print(runner.error());
        return 1;
    }
    const Endpoint endpoint = runner.endpoint();

    // The poller, driven round after round: each round's end starts the next.
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    Poller poller;
    poller.setDefaultInterval(std::chrono::hours(1));
    int done = 0;
    int target = 100; // warm-up first
    int failures = 0;
    QEventLoop loop;
    QObject::connect(&poller, &Poller::polled, &loop, [&](const SourceId &e) {
        failures += poller.status(e).state == SourceState::Ok ? 0 : 1;
        if (++done >= target)
            loop.quit();
        else
            poller.pollNow(e);
    });
    const SourceId id = RunnerSource::idOf(endpoint);
    poller.addSource(std::make_unique<RunnerSource>(RunnerClient(&manager, endpoint)));
    loop.exec();
    done = 0;
    target = rounds;
    double cpu = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    poller.pollNow(id);
    loop.exec();
    const double pollerCpu = (cpuSeconds() - cpu) / rounds;
    const double pollerWall = double(wall.nsecsElapsed()) / 1e9 / rounds;
    poller.removeSource(id);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, endpoint.port());
    if (!socket.waitForConnected(5000)) {
        print(QStringLiteral("cannot connect for the bare exchange"));
        return 1;
    }
    const QByteArray info = request("/info", endpoint.port());
    const QByteArray health = request("/health", endpoint.port());
    QByteArray buffer;
    qint64 infoBytes = 0;
    qint64 healthBytes = 0;
    QByteArray infoBody;
    QByteArray healthBody;
    for (int i = 0; i < 100; ++i) {
        exchange(socket, info, buffer);
        infoBytes = buffer.size();
        infoBody = buffer.mid(buffer.indexOf("\r\n\r\n") + 4);
        exchange(socket, health, buffer);
        healthBytes = buffer.size();
        healthBody = buffer.mid(buffer.indexOf("\r\n\r\n") + 4);
    }
    cpu = cpuSeconds();
    wall.restart();
    for (int i = 0; i < rounds; ++i) {
        if (!exchange(socket, info, buffer) || !exchange(socket, health, buffer)) {
            print(QStringLiteral("the bare exchange failed"));
            return 1;
        }
    }
    const double bareCpu = (cpuSeconds() - cpu) / rounds;
    const double bareWall = double(wall.nsecsElapsed()) / 1e9 / rounds;

    // The part of a round that is vramscope's own reading of the bodies.
    cpu = cpuSeconds();
    for (int i = 0; i < rounds; ++i) {
        if (!WireFormat::readDeviceInfoList(infoBody, nullptr) ||
            !WireFormat::readRunnerHealth(healthBody, nullptr)) {
            print(QStringLiteral("the bodies did not decode"));
            return 1;
        }
    }
    const double decodeCpu = (cpuSeconds() - cpu) / rounds;

    print(u"endpoint poll round: GET /info (" + QString::number(infoBytes) +
          u" bytes answered, 8 GPUs) + GET /health (" + QString::number(healthBytes) +
          u" bytes), " + QString::number(rounds) + u" rounds after 100 warm-up");
    print(u"  poller (QNetworkAccessManager, parse, signals): " +
          QString::number(pollerCpu * 1e6, 'f', 1) + u" us CPU, " +
          QString::number(pollerWall * 1e6, 'f', 1) + u" us wall per round; " +
          QString::number(failures) + u" rounds not ok");
    print(u"    of which decoding both bodies (WireFormat):   " +
          QString::number(decodeCpu * 1e6, 'f', 1) + u" us CPU");
    print(u"  bare keep-alive QTcpSocket, same bytes:          " +
          QString::number(bareCpu * 1e6, 'f', 1) + u" us CPU, " +
          QString::number(bareWall * 1e6, 'f', 1) + u" us wall per round");
    print(u"  ratio (CPU): " + QString::number(pollerCpu / bareCpu, 'f', 2));
    return 0;
}

int soak(int seconds, int endpoints)
{
    FakeRunnerProcess runners;
    if (!runners.start({QStringLiteral("--scenario"), Scenario}, endpoints)) {
        print(runners.error());
        return 1;
    }
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    Poller poller;
    int rounds = 0;
    int okRounds = 0;
    QObject::connect(&poller, &Poller::polled, &poller, [&](const SourceId &e) {
        ++rounds;
        okRounds += poller.status(e).state == SourceState::Ok ? 1 : 0;
    });
    for (int i = 0; i < endpoints; ++i)
        poller.addSource(
            std::make_unique<RunnerSource>(RunnerClient(&manager, runners.endpoint(i))));

    // Measure from after the first rounds, once everything is allocated.
    QEventLoop loop;
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 rssStart = statusKiB("VmRSS");
    const int roundsStart = rounds;
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    const double elapsed = double(wall.elapsed()) / 1000.0;
    auto secondsOf = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    const double user = secondsOf(after.ru_utime) - secondsOf(before.ru_utime);
    const double system = secondsOf(after.ru_stime) - secondsOf(before.ru_stime);

    print(u"soak: " + QString::number(endpoints) + u" endpoints x 8 GPUs at 1 Hz for " +
          QString::number(elapsed, 'f', 1) + u" s (after 2 s warm-up)");
    print(u"  rounds: " + QString::number(rounds - roundsStart) + u" (" +
          QString::number(okRounds) + u" ok of " + QString::number(rounds) + u" in all)");
    print(u"  CPU: " + QString::number(user, 'f', 3) + u" s user + " +
          QString::number(system, 'f', 3) + u" s system = " +
          QString::number((user + system) / elapsed * 100, 'f', 2) + u"% of one core");
    print(u"  RSS: " + QString::number(rssStart) + u" KiB after warm-up, " +
          QString::number(statusKiB("VmRSS")) + u" KiB at the end, peak " +
          QString::number(statusKiB("VmHWM")) + u" KiB");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Poller benchmark; prints figures."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Rounds to time. Default: 2000."),
                      QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("soak"),
                      QStringLiteral("Poll for this many seconds instead and report CPU and RSS."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("endpoints"),
                      QStringLiteral("Endpoints for --soak. Default: 16."), QStringLiteral("N"),
                      QStringLiteral("16")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("soak")))
        return soak(qMax(1, parser.value(QStringLiteral("soak")).toInt()),
                    qBound(1, parser.value(QStringLiteral("endpoints")).toInt(), 1000));
    return ratio(qMax(1, parser.value(QStringLiteral("rounds")).toInt()));
}
