#include "serverlogsource.h"

#include <QFileInfo>
#include <QTimer>

namespace vramscope {

ServerLogSource::ServerLogSource(const QString &address, QObject *parent)
    : PollSource(parent), m_address(address)
{
    connect(&m_follower, &ServerLogFollower::failed, this,
            [this](const QString &message) { m_failure = message; });
    if (address == Journal)
        m_follower.followJournal();
    else
        m_follower.followFile(address);
}

QString ServerLogSource::label() const
{
    return m_address == Journal ? tr("journal (ollama.service)") : QFileInfo(m_address).fileName();
}

void ServerLogSource::poll(const RequestLimits &)
{
    if (m_busy)
        return;
    m_busy = true;
    // The log is read as it comes; a round only tells what it holds now,
    // from the event loop like every source's.
    QTimer::singleShot(0, this, &ServerLogSource::runRound);
}

void ServerLogSource::runRound()
{
    m_busy = false;
    const ServerLogParser &parser = m_follower.parser();
    ServerLogSnapshot snapshot = ServerLogSnapshot::of(parser);
    SourceReport report;
    report.activity = activityOf(snapshot);
    report.devices = devicesOf(snapshot, parser.gpuMemory());
    report.serverLog = std::move(snapshot);
    emit reported(report);
    if (m_failure.isEmpty())
        emit roundFinished(SourceState::Ok, QString());
    else
        emit roundFinished(SourceState::Error, m_failure);
}

QList<DeviceInfo> ServerLogSource::devicesOf(const ServerLogSnapshot &snapshot,
                                             const QList<ServerLogParser::GpuMemory> &gpuMemory)
{
    QList<DeviceInfo> devices;
    for (const ServerLogParser::ComputeDevice &compute : snapshot.computeDevices) {
        if (compute.library.compare(u"cpu", Qt::CaseInsensitive) == 0 || compute.total.bytes <= 0)
            continue;
        DeviceInfo device;
        device.deviceId = {compute.id, compute.library};
        device.name = compute.name;
        device.description = compute.description;
        device.pciId = compute.pciId;
        device.integrated = compute.integrated;
        // "8.9" and "12.8" as ollama printed them; -1 where the log does not say.
        const auto version = [](const QString &text, int *major, int *minor) {
            const QStringList parts = text.split(u'.');
            bool okMajor = false;
            bool okMinor = false;
            *major = parts.value(0).toInt(&okMajor);
            *minor = parts.value(1).toInt(&okMinor);
            if (!okMajor || !okMinor)
                *major = *minor = -1;
        };
        version(compute.compute, &device.computeMajor, &device.computeMinor);
        version(compute.driver, &device.driverMajor, &device.driverMinor);
        device.totalMemory = quint64(compute.total.bytes);
        quint64 used = compute.total.bytes > compute.available.bytes
                           ? quint64(compute.total.bytes - compute.available.bytes)
                           : 0;
        for (const ServerLogParser::GpuMemory &memory : gpuMemory) {
            if (memory.id == compute.id && memory.free.bytes <= compute.total.bytes)
                used = qMax(used, quint64(compute.total.bytes - memory.free.bytes));
        }
        quint64 held = 0;
        for (const ModelLoad &load : snapshot.loads) {
            for (const ModelLoad::DeviceShare &share : load.devices) {
                if (load.resident && share.name == compute.name)
                    held += quint64(qMax<qint64>(0, share.share.total().bytes));
            }
        }
        used = qMax(used, held);
        device.freeMemory = device.totalMemory - qMin(used, device.totalMemory);
        devices.append(device);
    }
    return devices;
}

SourceActivity ServerLogSource::activityOf(const ServerLogSnapshot &snapshot)
{
    const int resident = int(std::count_if(snapshot.loads.cbegin(), snapshot.loads.cend(),
                                           [](const ModelLoad &load) { return load.resident; }));
    QStringList parts;
    if (!snapshot.version.isEmpty())
        parts.append(tr("ollama %1").arg(snapshot.version));
    parts.append(tr("%n load(s)", nullptr, int(snapshot.loads.size())));
    parts.append(tr("%n resident", nullptr, resident));
    SourceActivity activity;
    const bool loading =
        std::any_of(snapshot.loads.cbegin(), snapshot.loads.cend(),
                    [](const ModelLoad &load) { return load.resident && !load.isFinished(); });
    activity.phase = loading        ? SourceActivity::Phase::Loading
                     : resident > 0 ? SourceActivity::Phase::Ready
                                    : SourceActivity::Phase::Idle;
    activity.text = parts.join(QStringLiteral(" · "));
    return activity;
}

} // namespace vramscope
