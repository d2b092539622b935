#include "nativeprobesource.h"

#include <QCoreApplication>
#include <QTimer>

namespace vramscope {

NativeProbeSource::NativeProbeSource(const QString &root, const QString &nvmlLibrary,
                                     QObject *parent)
    : PollSource(parent), m_root(root), m_probe(root, nvmlLibrary)
{
}

QString NativeProbeSource::label() const
{
    return m_root == u"/"
               ? QCoreApplication::translate("vramscope::NativeProbeSource", "this machine")
               : m_root;
}

void NativeProbeSource::poll(const RequestLimits &)
{
    if (m_busy)
        return;
    m_busy = true;
    m_timer.start();
    // A round takes milliseconds; it runs from the event loop, so that its
    // signals come after poll() returns, as every source's do.
    QTimer::singleShot(0, this, &NativeProbeSource::runRound);
}

void NativeProbeSource::runRound()
{
    m_result = m_probe.probe();
    QList<DeviceInfo> devices;
    for (const NativeGpu &gpu : std::as_const(m_result.gpus))
        devices.append(gpu.toDeviceInfo());
    // What the probes found, in a word per probe: "NVML: ok", "no NVIDIA driver".
    QStringList notes;
    for (const NativeProbeStatus &status : std::as_const(m_result.probes)) {
        if (status.state != NativeProbeStatus::State::Ok && !status.message.isEmpty())
            notes.append(status.message);
    }
    SourceActivity activity;
    activity.phase = SourceActivity::Phase::Idle;
    activity.text = QCoreApplication::translate("vramscope::NativeProbeSource", "%n GPU(s)",
                                                nullptr, int(devices.size())) +
                    (notes.isEmpty() ? QString() : u" (" + notes.join(QStringLiteral("; ")) + u')');
    m_busy = false;
    SourceReport report;
    report.devices = devices;
    report.activity = activity;
    report.nativeGpus = m_result.gpus;
    emit reported(report);
    emit roundFinished(SourceState::Ok, QString());
}

} // namespace vramscope
