#include "localrunnerscan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace vramscope {

LocalRunnerScan::LocalRunnerScan(const QString &procRoot) : m_procRoot(procRoot) {}

quint16 LocalRunnerScan::runnerPort(const QList<QByteArray> &arguments)
{
    if (arguments.size() < 2 ||
        !QFileInfo(QString::fromLocal8Bit(arguments.first())).fileName().startsWith(u"ollama"))
        return 0;
    bool isRunner = false;
    bool hasModel = false;
    quint16 port = 0;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QByteArray &argument = arguments[i];
        if (argument == "runner")
            isRunner = true;
        else if (argument == "--model" || argument.startsWith("--model="))
            hasModel = true;
        else if (argument == "--port" && i + 1 < arguments.size())
            port = arguments[i + 1].toUShort();
        else if (argument.startsWith("--port="))
            port = argument.mid(7).toUShort();
    }
    return isRunner && hasModel ? port : 0;
}

QList<quint16> LocalRunnerScan::ports() const
{
    QList<quint16> found;
    const QDir root(m_procRoot);
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        entry.toULongLong(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(root.filePath(entry + u"/cmdline"));
        // Processes come and go; one that vanished or is not ours is skipped.
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        QList<QByteArray> arguments = cmdline.read(64 * 1024).split('\0');
        while (!arguments.isEmpty() && arguments.last().isEmpty())
            arguments.removeLast();
        const quint16 port = runnerPort(arguments);
        if (port != 0 && !found.contains(port))
            found.append(port);
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace vramscope
