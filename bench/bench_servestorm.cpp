// A scrape storm against a real `vramscope serve`, printed, never asserted:
//   bench_servestorm [--clients 100] [--rate 50] [--seconds 10]
// Starts `vramscope serve` on the tests' fake AMD tree and server log, and
// a window's workspace in this process watching it as a vramscope host.
// First a quiet phase as the baseline, then the storm: CLIENTS kept-alive
// connections each asking GET /metrics RATE times a second (at most one
// request out per connection; a tick that finds one still out is counted as
// skipped), from their own thread, for SECONDS. Prints the requests served,
// failed and skipped, the latency percentiles, the window's poll cadence
// for that host (the time between two of its rounds), how late its event
// loop's 50 ms timer fires, and the age of the served sources' data, both
// phases side by side.
#include "hostsnapshot.h"
#include "poller.h"
#include "serveprocess.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace vramscope;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

double percentile(std::vector<double> values, double share)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t at = std::min(values.size() - 1, size_t(share * double(values.size())));
    return values[at];
}

// One kept-alive connection asking GET /metrics at its own pace.
class StormClient : public QObject
{
public:
    StormClient(quint16 port, int rate, QObject *parent) : QObject(parent), m_port(port)
    {
        m_timer.setInterval(1000 / rate);
        connect(&m_timer, &QTimer::timeout, this, &StormClient::tick);
        connect(&m_socket, &QTcpSocket::readyRead, this, &StormClient::read);
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
            if (m_waiting)
                ++failed;
            m_waiting = false;
        });
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        m_timer.start();
    }

    void stop()
    {
        m_timer.stop();
        m_socket.disconnect(this);
        if (m_waiting)
            ++unfinished;
        m_socket.abort();
    }

    quint64 served = 0;
    quint64 failed = 0;
    quint64 skipped = 0;
    quint64 unfinished = 0; // still out when the storm ended
    std::vector<double> latenciesMs;

private:
    void tick()
    {
        if (m_waiting) {
            ++skipped;
            return;
        }
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        m_socket.write("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        m_sent.start();
        m_waiting = true;
    }

    void read()
    {
        m_buffer += m_socket.readAll();
        while (true) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = m_buffer.left(headEnd).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qsizetype length =
                at < 0 ? 0 : head.mid(at + 15).split('\r').first().trimmed().toLongLong();
            if (m_buffer.size() < headEnd + 4 + length)
                return;
            if (head.startsWith("http/1.1 200"))
                ++served;
            else
                ++failed;
            latenciesMs.push_back(double(m_sent.nsecsElapsed()) / 1e6);
            m_buffer.remove(0, headEnd + 4 + length);
            m_waiting = false;
        }
    }

    quint16 m_port;
    QTcpSocket m_socket;
    QTimer m_timer;
    QElapsedTimer m_sent;
    QByteArray m_buffer;
    bool m_waiting = false;
};

// What the window saw of the host in one phase.
struct WindowFigures
{
    std::vector<double> cadenceMs;  // between two rounds' ends
    std::vector<double> dataAgeS;   // the served sources' data age, as reported
    std::vector<double> tickLateMs; // how late the window's 50 ms timer fired
    void clear()
    {
        cadenceMs.clear();
        dataAgeS.clear();
        tickLateMs.clear();
    }
};

void printWindow(const char *phase, const WindowFigures &figures)
{
    print(QStringLiteral("%1: window's rounds on the host: %2, cadence p50 %3 ms, max %4 ms; "
                         "served sources' data age p50 %5 s, max %6 s")
              .arg(QLatin1StringView(phase))
              .arg(figures.cadenceMs.size())
              .arg(percentile(figures.cadenceMs, 0.5), 0, 'f', 0)
              .arg(figures.cadenceMs.empty()
                       ? 0.0
                       : *std::max_element(figures.cadenceMs.cbegin(), figures.cadenceMs.cend()),
                   0, 'f', 0)
              .arg(percentile(figures.dataAgeS, 0.5), 0, 'f', 2)
              .arg(figures.dataAgeS.empty()
                       ? 0.0
                       : *std::max_element(figures.dataAgeS.cbegin(), figures.dataAgeS.cend()),
                   0, 'f', 2));
    print(QStringLiteral("%1: window's 50 ms timer late by p50 %2 ms, p99 %3 ms, max %4 ms")
              .arg(QLatin1StringView(phase))
              .arg(percentile(figures.tickLateMs, 0.5), 0, 'f', 2)
              .arg(percentile(figures.tickLateMs, 0.99), 0, 'f', 2)
              .arg(percentile(figures.tickLateMs, 1.0), 0, 'f', 2));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("clients"), QStringLiteral("Connections."),
                        QStringLiteral("N"), QStringLiteral("100")},
                       {QStringLiteral("rate"), QStringLiteral("Requests per second each."),
                        QStringLiteral("N"), QStringLiteral("50")},
                       {QStringLiteral("seconds"), QStringLiteral("Length of each phase."),
                        QStringLiteral("N"), QStringLiteral("10")}});
    parser.process(app);
    const int clients = qBound(1, parser.value(QStringLiteral("clients")).toInt(), 1000);
    const int rate = qBound(1, parser.value(QStringLiteral("rate")).toInt(), 1000);
    const int seconds = qBound(1, parser.value(QStringLiteral("seconds")).toInt(), 600);

    ServeProcess serve;
    if (!serve.start(
            QStringLiteral(VRAMSCOPE_BINARY),
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
             QStringLiteral("--no-discovery"), QStringLiteral("--root"),
             QStringLiteral(VRAMSCOPE_TEST_DATA "/roots/amd-two-gpus"), QStringLiteral("--log"),
             QStringLiteral(VRAMSCOPE_TEST_DATA "/logs/llamaserver_two_gpus_partial.log")})) {
        print(serve.error());
        return 1;
    }

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    Workspace window(&network);
    QString error;
    SourceId host;
    if (!window.addSource(QStringLiteral("vramscope"), serve.address(), false,
                          std::chrono::milliseconds(1000), Workspace::Origin::User, &error,
                          &host)) {
        print(error);
        return 1;
    }
    WindowFigures figures;
    QElapsedTimer sinceRound;
    QObject::connect(window.poller(), &Poller::polled, &app, [&](const SourceId &id) {
        if (id != host)
            return;
        if (sinceRound.isValid())
            figures.cadenceMs.push_back(double(sinceRound.nsecsElapsed()) / 1e6);
        sinceRound.start();
        const std::optional<HostSnapshot> snapshot = window.poller()->report(host).host;
        for (const HostSnapshot::Source &source :
             snapshot ? snapshot->sources : QList<HostSnapshot::Source>()) {
            if (source.dataAgeSeconds)
                figures.dataAgeS.push_back(*source.dataAgeSeconds);
        }
    });

    // The window's own event loop: a tick every 50 ms, and how late it comes.
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(50);
    QElapsedTimer sinceTick;
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        if (sinceTick.isValid())
            figures.tickLateMs.push_back(
                qMax(0.0, double(sinceTick.nsecsElapsed()) / 1e6 - double(tick.interval())));
        sinceTick.start();
    });
    tick.start();

    // Quiet: the baseline.
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    const WindowFigures quiet = figures;
    figures.clear();

    // The storm, from a thread of its own.
    QThread stormThread;
    stormThread.start();
    QObject storm;
    storm.moveToThread(&stormThread);
    std::vector<StormClient *> stormClients;
    QMetaObject::invokeMethod(
        &storm,
        [&] {
            for (int i = 0; i < clients; ++i)
                stormClients.push_back(new StormClient(serve.port(), rate, &storm));
        },
        Qt::BlockingQueuedConnection);
    QElapsedTimer stormTime;
    stormTime.start();
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    QMetaObject::invokeMethod(
        &storm,
        [&] {
            for (StormClient *client : stormClients)
                client->stop();
        },
        Qt::BlockingQueuedConnection);
    const double elapsed = double(stormTime.nsecsElapsed()) / 1e9;

    quint64 served = 0, failed = 0, skipped = 0, unfinished = 0;
    std::vector<double> latencies;
    for (StormClient *client : stormClients) {
        served += client->served;
        failed += client->failed;
        skipped += client->skipped;
        unfinished += client->unfinished;
        latencies.insert(latencies.end(), client->latenciesMs.cbegin(), client->latenciesMs.cend());
    }
    QMetaObject::invokeMethod(
        &storm, [&] { qDeleteAll(stormClients); }, Qt::BlockingQueuedConnection);
    stormThread.quit();
    stormThread.wait();

    print(QStringLiteral("storm: %1 clients x %2 req/s for %3 s: %4 requests served (%5/s), "
                         "%6 failed, %7 still out at the end, %8 ticks skipped (a request "
                         "still out)")
              .arg(clients)
              .arg(rate)
              .arg(elapsed, 0, 'f', 1)
              .arg(served)
              .arg(double(served) / elapsed, 0, 'f', 0)
              .arg(failed)
              .arg(unfinished)
              .arg(skipped));
    print(QStringLiteral("storm latency: p50 %1 ms, p90 %2 ms, p99 %3 ms, max %4 ms")
              .arg(percentile(latencies, 0.5), 0, 'f', 2)
              .arg(percentile(latencies, 0.9), 0, 'f', 2)
              .arg(percentile(latencies, 0.99), 0, 'f', 2)
              .arg(percentile(latencies, 1.0), 0, 'f', 2));
    printWindow("quiet", quiet);
    printWindow("storm", figures);
    serve.kill();
    return 0;
}
