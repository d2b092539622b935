#pragma once

#include "command.h"

#include "backendmemory.h"
#include "deviceinfo.h"
#include "llamaserversettings.h"
#include "logcomparison.h"
#include "modelestimate.h"
#include "serverlogsnapshot.h"

#include <functional>

namespace vramscope {

struct LayoutSettings;

// `vramscope layout`: the layer split ollama would choose for these devices
// and this memory (by the rules of its Go runner or of today's llama-server),
// with the numbers behind it.
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
    // The llama-server era's knobs: num_gpu and spread from common, and
    // --main-gpu, --fit-target; nothing (and a message on err) on bad input.
    std::optional<LlamaServerSettings> llamaServerSettingsFrom(const QCommandLineParser &parser,
                                                               const LayoutSettings &common,
                                                               QTextStream &err) const;
    // The estimate of --model and the file it read (*path); nothing (and a
    // message on err) on bad input.
    std::optional<ModelEstimate> estimateFromModel(const QCommandLineParser &parser,
                                                   QTextStream &err, QString *path) const;
    // The plan as JSON or text (printText), and with --log the logged load
    // beside it.
    void printPlan(QTextStream &out, const QCommandLineParser &parser, QJsonObject planJson,
                   const std::function<void()> &printText,
                   const std::optional<LogComparison> &logged) const;
    // --log read whole; nothing (and a message on err) when it cannot be.
    std::optional<ServerLogSnapshot> logFrom(const QCommandLineParser &parser,
                                             QTextStream &err) const;
};

} // namespace vramscope
