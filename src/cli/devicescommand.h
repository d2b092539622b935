#pragma once

#include "command.h"
#include "deviceinfo.h"

namespace vramscope {

// `vramscope devices`: the devices of a runner's /info body (--file), or
// of a running runner asked with ollama's discovery semantics (--endpoint).
class DevicesCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    // The same table or JSON for both sources.
    static int print(const QList<DeviceInfo> &devices, bool json, QTextStream &out);
};

} // namespace vramscope
