#pragma once

#include "modelload.h"
#include "serverlogparser.h"

#include <QList>
#include <QString>

namespace vramscope {

// What an ollama server log has told so far, from its latest server start:
// the version, the GPUs it announced and every load it still keeps.
struct ServerLogSnapshot
{
    QString version; // "0.30.2"; empty before a "Listening on" line
    QList<ServerLogParser::ComputeDevice> computeDevices;
    QList<ModelLoad> loads;
    qint64 skippedLines = 0;

    static ServerLogSnapshot of(const ServerLogParser &parser)
    {
        return {parser.version(), parser.computeDevices(), parser.loads(), parser.skippedLines()};
    }

    // The PCI address of a backend device name ("CUDA0") as the log's
    // "inference compute" lines announce it; empty when unknown.
    QString pciIdOf(const QString &deviceName) const
    {
        for (const ServerLogParser::ComputeDevice &device : computeDevices) {
            if (device.name == deviceName)
                return device.pciId;
        }
        return QString();
    }
};

} // namespace vramscope
