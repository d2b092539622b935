// The dashboard's cost per poll tick, printed, never asserted:
//   bench_dashboard [--devices 64] [--sources 16] [--ticks 300] [--history 3600]
// Each tick changes every GPU's free memory (as a loading model does),
// merges it into the device model, appends to the history, redraws both
// charts and paints the whole window (QWidget::grab() forces a full paint).
// Reports the mean, median and 95th percentile per tick, how much of it the
// model update alone takes, and each later step on its own. Run with
// QT_QPA_PLATFORM=offscreen.
#include "devicetablemodel.h"
#include "endpoint.h"
#include "mainwindow.h"
#include "memorybarchart.h"
#include "memoryhistory.h"
#include "memoryhistorychart.h"
#include "poller.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <cstdio>

using namespace vramscope;

namespace {

constexpr quint64 GiB = 1024ULL * 1024 * 1024;

QList<DeviceInfo> devicesOf(int source, int perSource, int tick)
{
    QList<DeviceInfo> devices;
    for (int i = 0; i < perSource; ++i) {
        DeviceInfo device;
        const int n = source * perSource + i;
        device.deviceId = {QStringLiteral("GPU-%1").arg(n), QStringLiteral("CUDA")};
        device.name = QStringLiteral("CUDA%1").arg(i);
        device.description = QStringLiteral("NVIDIA GeForce RTX 4090");
        device.pciId = QStringLiteral("0000:%1:00.0").arg(n, 2, 16, QLatin1Char('0'));
        device.totalMemory = 24 * GiB;
        // Free memory falls and recovers over 100 ticks.
        device.freeMemory = 24 * GiB - quint64((tick + n) % 100) * (20 * GiB / 100);
        devices.append(device);
    }
    return devices;
}

struct Stats
{
    double mean = 0;
    double median = 0;
    double p95 = 0;
};

Stats statsOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    Stats stats;
    for (double value : values)
        stats.mean += value;
    stats.mean /= double(values.size());
    stats.median = values[values.size() / 2];
    stats.p95 = values[qMin(values.size() - 1, qsizetype(double(values.size()) * 0.95))];
    return stats;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    const QCommandLineOption devicesOption(QStringLiteral("devices"),
                                           QStringLiteral("GPUs in all."), QStringLiteral("N"),
                                           QStringLiteral("64"));
    const QCommandLineOption sourcesOption(QStringLiteral("sources"),
                                           QStringLiteral("Endpoints they come from."),
                                           QStringLiteral("N"), QStringLiteral("16"));
    const QCommandLineOption ticksOption(QStringLiteral("ticks"),
                                         QStringLiteral("Ticks to measure."), QStringLiteral("N"),
                                         QStringLiteral("300"));
    const QCommandLineOption historyOption(
        QStringLiteral("history"), QStringLiteral("Seconds of 1 Hz history already recorded."),
        QStringLiteral("SECONDS"), QStringLiteral("3600"));
    parser.addOptions({devicesOption, sourcesOption, ticksOption, historyOption});
    parser.addHelpOption();
    parser.process(app);
    const int sources = qMax(1, parser.value(sourcesOption).toInt());
    const int perSource = qMax(1, parser.value(devicesOption).toInt() / sources);
    const int ticks = qMax(10, parser.value(ticksOption).toInt());
    const int historySeconds = qMax(0, parser.value(historyOption).toInt());

    QNetworkAccessManager network;
    Workspace workspace(&network);
    MainWindow window(&workspace, SettingsStore(SettingsStore::Mode::Ignore));
    window.resize(1600, 1000);
    window.show();
    DeviceTableModel *model = workspace.deviceModel();
    const auto source = [](int s) { return Endpoint::loopback(quint16(40000 + s)).toString(); };
    // Samples take the same path as polls (poller signal -> feed -> models
    // and history), minus the network.
    auto tick = [&](int t) {
        for (int s = 0; s < sources; ++s) {
            SourceReport report;
            report.devices = devicesOf(s, perSource, t);
            emit workspace.poller()->reported(SourceId{QStringLiteral("runner"), source(s)},
                                              report);
        }
    };
    for (int s = 0; s < sources; ++s)
        workspace.addSource(QStringLiteral("runner"), source(s), false, std::chrono::hours(1),
                            Workspace::Origin::User, nullptr);
    tick(0); // first fill: rows inserted once
    // A long session: the history already holds this many seconds at 1 Hz.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int second = historySeconds; second > 0; --second)
            workspace.history()->append(model->rowKey(row), now - qint64(second) * 1000,
                                        quint64(second % 600) * GiB / 30);
    }
    QCoreApplication::processEvents();

    QList<double> modelMs;
    QList<double> barsMs;
    QList<double> historyMs;
    QList<double> paintMs;
    QList<double> totalMs;
    QElapsedTimer timer;
    for (int t = 1; t <= ticks; ++t) {
        timer.start();
        tick(t);
        const qint64 merged = timer.nsecsElapsed();
        window.barChart()->refresh();
        const qint64 barsDone = timer.nsecsElapsed();
        window.historyChart()->refresh();
        const qint64 historyDone = timer.nsecsElapsed();
        const QPixmap frame = window.grab();
        Q_UNUSED(frame);
        const qint64 painted = timer.nsecsElapsed();
        modelMs.append(double(merged) / 1e6);
        barsMs.append(double(barsDone - merged) / 1e6);
        historyMs.append(double(historyDone - barsDone) / 1e6);
        paintMs.append(double(painted - historyDone) / 1e6);
        totalMs.append(double(painted) / 1e6);
    }
    const Stats model_ = statsOf(modelMs);
    const Stats total = statsOf(totalMs);
    std::printf(
        "dashboard: %d GPUs from %d sources, %d ticks, %d s of history, window 1600x1000 (%s)\n",
        model->rowCount(), sources, ticks, historySeconds,
        qPrintable(QGuiApplication::platformName()));
    std::printf("  model + history merge    mean %.2f ms  median %.2f ms  p95 %.2f ms\n",
                model_.mean, model_.median, model_.p95);
    std::printf("  update + charts + paint  mean %.2f ms  median %.2f ms  p95 %.2f ms\n",
                total.mean, total.median, total.p95);
    const std::array<std::pair<const char *, const QList<double> *>, 3> steps{
        {{"bar chart refresh", &barsMs},
         {"history chart refresh", &historyMs},
         {"paint", &paintMs}}};
    for (const auto &[name, values] : steps) {
        const Stats step = statsOf(*values);
        std::printf("    %-22s mean %.2f ms  median %.2f ms  p95 %.2f ms\n", name, step.mean,
                    step.median, step.p95);
    }
    return 0;
}
