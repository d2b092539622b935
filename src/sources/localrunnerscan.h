#pragma once

#include <QList>
#include <QString>

namespace vramscope {

// Finds ollama runners on this machine from the process list: a process
// whose program is ollama, with the word "runner", a --model and a --port N
// among its arguments (ollama starts them as `ollama runner [--ollama-engine]
// --model PATH --port N`). Discovery runners, which have no --model and live
// for a moment, are left out. Linux only (reads /proc); empty elsewhere.
class LocalRunnerScan
{
public:
    // procRoot is the folder holding one folder per process, each with a
    // NUL-separated cmdline file: /proc, or a test's own tree.
    explicit LocalRunnerScan(const QString &procRoot = QStringLiteral("/proc"));

    // The ports, ascending, each once.
    QList<quint16> ports() const;

    // The runner port in one process's arguments, or 0 when it is not a runner.
    static quint16 runnerPort(const QList<QByteArray> &arguments);

private:
    QString m_procRoot;
};

} // namespace vramscope
