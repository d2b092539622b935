#pragma once

#include "pollsource.h"
#include "serverlogfollower.h"

#include <QElapsedTimer>

namespace vramscope {

// ollama's server log as a source: a file followed as `tail -F` does, or
// the journal (`journalctl -u ollama -f`). The log is read as it is
// written; each round reports what it told so far (its loads and their
// memory per device) with an activity naming the version and the loads.
class ServerLogSource : public PollSource
{
    Q_OBJECT

public:
    // The kind in its SourceId.
    static constexpr QLatin1StringView Kind{"log"};
    // The address that stands for the journal.
    static constexpr QLatin1StringView Journal{"journal"};

    // address: a log file's path, or Journal.
    explicit ServerLogSource(const QString &address, QObject *parent = nullptr);

    SourceId id() const override { return {Kind, m_address}; }
    QString label() const override;
    bool isRemote() const override { return false; }
    bool isBusy() const override { return m_busy; }
    void poll(const RequestLimits &limits) override;
    qint64 busyForMs() const override { return 0; }

    // "ollama 0.30.2 · 2 loads, 1 resident".
    static SourceActivity activityOf(const ServerLogSnapshot &snapshot);
    // The GPUs the log announced ("inference compute"): total from there,
    // used at least what the resident loads hold on each, or what its
    // latest "gpu memory" line left free, whichever says more. A GPU a
    // native probe or a runner also sees takes their figures instead.
    static QList<DeviceInfo> devicesOf(const ServerLogSnapshot &snapshot,
                                       const QList<ServerLogParser::GpuMemory> &gpuMemory);

private:
    void runRound();

    QString m_address;
    ServerLogFollower m_follower;
    QString m_failure; // why reading stopped; empty while it goes on
    bool m_busy = false;
};

} // namespace vramscope
