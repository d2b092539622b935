#pragma once

#include "command.h"

class QJsonObject;

namespace vramscope {

struct NativeProbeResult;

// `vramscope gpus`: every GPU the native probes see (NVML, amdgpu sysfs),
// with its processes, and the system's memory.
class GpusCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

    static QJsonObject toJson(const NativeProbeResult &result);

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    static void printText(const NativeProbeResult &result, QTextStream &out);
};

} // namespace vramscope
