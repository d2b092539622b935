#pragma once

#include "modeldetails.h"

#include <QDateTime>

namespace vramscope {

// One loaded model as GET /api/ps lists it (ollama's ProcessModelResponse).
struct RunningModel
{
    QString name;          // "llama3.2:3b"
    QString model;         // the same name
    QString digest;        // hex, no "sha256:" prefix
    quint64 size = 0;      // bytes in memory, all devices
    quint64 sizeVram = 0;  // the part on GPUs; never above size
    int contextLength = 0; // tokens
    QDateTime expiresAt;   // far in the future when kept forever
    ModelDetails details;

    friend bool operator==(const RunningModel &, const RunningModel &) = default;
};

} // namespace vramscope
