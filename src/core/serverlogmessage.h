#pragma once

#include <QByteArrayView>

// What an ollama log record is about, by its msg alone, before its other
// fields are read.
namespace vramscope::ServerLogMessage {

// The records vramscope reads, by their msg.
enum class Kind
{
    Other,
    Listening,
    Compute,
    SystemMemory,
    GpuMemory,
    StartGo,
    StartLlamaServer,
    LoadRequest,
    Memory,
    Offloaded,
    Started,
    Crash,
    Stop,
    Placement,
};

// The hot path: most records are none of these, and a switch on the first
// byte rules them out with at most a few comparisons.
Kind kindOf(QByteArrayView message);

} // namespace vramscope::ServerLogMessage
