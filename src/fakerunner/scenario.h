#pragma once

#include "deviceinfo.h"
#include "fault.h"
#include "loadrequest.h"
#include "simulatedmodel.h"

#include <optional>

namespace vramscope {

// What a fake runner simulates: its devices, the model it can load, the
// timeline of a load and the faults it shows. Read from JSON:
//   {"name": "...", "description": "...",
//    "devices": [<DeviceInfo as /info answers it>, ...],
//    "model": <SimulatedModel>,
//    "load_seconds": 8,
//    "load": {"after": 3, "layers": "<ollama notation>", "kv_size": 8192,
//             "parallel": 1, "batch_size": 512, "flash_attention": true,
//             "kv_cache_type": "q8_0"},
//    "faults": [<Fault>, ...], "fault_period": 44,
//    "ollama": {"version": "0.30.2", "model": "llama3.2:3b", "keep_alive": 300}}
// "load" is the split the runner commits by itself "after" seconds (without
// "after", only when told to); without "layers" it spreads the layers
// evenly over the devices. A POST /load commit starts a load at any time.
// "ollama" puts an ollama server in front of the runners: its version picks
// the runner (0.30 and later: llama-server's /health, /props, /slots; else
// the Go runner), "model" is the name /api/ps lists, and "keep_alive" the
// seconds a loaded model stays after its load (negative: forever).
struct Scenario
{
    QString name;
    QString description;
    QList<DeviceInfo> devices;
    SimulatedModel model;
    double loadSeconds = 8;
    std::optional<double> loadAfter; // seconds after start
    LoadRequest loadRequest;         // the commit the runner makes by itself
    QList<Fault> faults;
    double faultPeriod = 0; // seconds after which the fault windows repeat; 0: never
    QString ollamaVersion;  // empty: a runner alone, no ollama server
    QString modelName = QStringLiteral("simulated:latest");
    double keepAliveSeconds = 300;

    static std::optional<Scenario> fromJson(const QByteArray &json, QString *error);
    // A shipped scenario by name ("two-nvidia") or a JSON file by path.
    static std::optional<Scenario> load(const QString &nameOrPath, QString *error);
    // The names of the shipped scenarios.
    static QStringList builtinNames();
};

} // namespace vramscope
