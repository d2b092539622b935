#pragma once

#include <QString>

namespace vramscope {

// What a process runs, from ROOT/proc/PID/cmdline (its arguments joined by
// spaces), or ROOT/proc/PID/comm for a process without arguments (kernel
// threads, zombies).
class ProcessCommandReader
{
public:
    // procRoot is the folder holding one folder per process: /proc, or a
    // test's own tree.
    explicit ProcessCommandReader(const QString &procRoot);

    // Empty when the process is gone or cannot be read.
    QString command(quint32 pid) const;

private:
    QByteArray m_procRoot;
};

} // namespace vramscope
