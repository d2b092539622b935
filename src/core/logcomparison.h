#pragma once

#include "loggedsplit.h"
#include "modelload.h"

#include <optional>

namespace vramscope {

struct LayoutPlan;
struct LlamaServerModel;
struct LlamaServerPlan;
struct ServerLogSnapshot;

// A plan beside the server log's last load of the same model: found before
// planning (a llama-server era plan takes the load's measured compute
// buffers), compared after. Only a load with the plan's settings is used.
struct LogComparison
{
    std::optional<ModelLoad> load;    // the log's last load of the model
    bool sameSettings = false;        // it ran with the plan's context, parallel and cache type
    int measuredGraphs = -1;          // devices given the load's compute buffer; -1: none asked
    std::optional<LoggedSplit> split; // after compare(), when sameSettings

    // context: tokens per sequence, as the plan's estimate was made for.
    static LogComparison find(const QString &modelPath, quint64 context, quint64 parallel,
                              const QString &kvCacheType, const ServerLogSnapshot &log);

    // A comparable load's compute buffers in place of model's estimates.
    void takeGraphs(LlamaServerModel &model, const QList<DeviceInfo> &devices,
                    const ServerLogSnapshot &log);
    // The plan beside the load, when comparable, over devices (the plan's
    // input, in its order); a device's planned bytes are its layers and
    // compute buffer.
    void compare(const LlamaServerPlan &plan, const QList<DeviceInfo> &devices,
                 const ServerLogSnapshot &log);
    void compare(const LayoutPlan &plan, const QList<DeviceInfo> &devices,
                 const ServerLogSnapshot &log);
};

} // namespace vramscope
