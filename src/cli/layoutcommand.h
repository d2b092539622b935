#pragma once

#include "command.h"

#include "backendmemory.h"
#include "deviceinfo.h"

namespace vramscope {

struct LayoutPlan;
struct LayoutSettings;

// `vramscope layout`: the layer split ollama's scheduler would choose for
// these devices and this memory, with the numbers behind it.
class LayoutCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    std::optional<LayoutSettings> settingsFrom(const QCommandLineParser &parser,
                                               QTextStream &err) const;
    // The BackendMemory estimated from --model for these devices; nothing
    // (and a message on err) on bad input.
    std::optional<BackendMemory> memoryFromModel(const QCommandLineParser &parser,
                                                 const QList<DeviceInfo> &devices,
                                                 QTextStream &err) const;
    static void printText(QTextStream &out, const LayoutPlan &plan, const LayoutSettings &settings);
    static QJsonObject toJson(const LayoutPlan &plan);
};

} // namespace vramscope
