#pragma once

#include "endpoint.h"

#include <QString>

namespace vramscope {

// One process of ollama's on this machine, as its command line shows it.
struct OllamaProcess
{
    enum class Kind
    {
        Server,      // `ollama serve`
        GoRunner,    // `ollama runner ... --model BLOB --port N` (up to v0.24)
        LlamaServer, // `llama-server --model BLOB --port N ...` (v0.30 on, or standalone)
    };

    Kind kind = Kind::Server;
    qint64 pid = 0;
    qint64 parentPid = 0; // from /proc/PID/status; 0 when unreadable
    // Where it answers: a server at its OLLAMA_HOST (from /proc/PID/environ
    // when readable, else 127.0.0.1:11434), a runner at its --port.
    Endpoint endpoint;
    QString modelPath;          // a runner's --model
    QString blobDigest;         // the hex of "sha256-<hex>" in modelPath; empty when absent
    bool childOfServer = false; // a runner started by an `ollama serve` found in the same scan

    friend bool operator==(const OllamaProcess &, const OllamaProcess &) = default;
};

} // namespace vramscope
