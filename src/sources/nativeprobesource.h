#pragma once

#include "nativeprobe.h"
#include "pollsource.h"

#include <QElapsedTimer>

namespace vramscope {

// The GPUs of this machine as the drivers see them (NativeProbe: NVML,
// amdgpu/xe sysfs and fdinfo), as a source: each round reports every GPU as
// a device, and says in its activity what the probes found.
class NativeProbeSource : public PollSource
{
    Q_OBJECT

public:
    // The kind in its SourceId.
    static constexpr QLatin1StringView Kind{"gpus"};

    // root stands for "/" (a test's tree, a container's host mount).
    NativeProbeSource(const QString &root, const QString &nvmlLibrary, QObject *parent = nullptr);

    SourceId id() const override { return {Kind, m_root}; }
    QString label() const override;
    bool isRemote() const override { return false; }
    bool isBusy() const override { return m_busy; }
    void poll(const RequestLimits &limits) override;
    qint64 busyForMs() const override { return m_busy ? m_timer.elapsed() : 0; }

    // The last round's result, processes and probe states included.
    const NativeProbeResult &lastResult() const { return m_result; }

private:
    void runRound();

    QString m_root;
    NativeProbe m_probe;
    NativeProbeResult m_result;
    QElapsedTimer m_timer;
    bool m_busy = false;
};

} // namespace vramscope
