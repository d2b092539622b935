#pragma once

#include "gpulayerslist.h"

#include <QByteArrayView>
#include <QStringList>

#include <optional>

namespace vramscope {

// What a runner was started with, as ollama's log tells it: the command
// line of "starting runner" / "starting llama-server" (model blob, port,
// and llama-server's -c, -np, -ctk), or the Go era's load request
// ("{Operation:commit ... KvSize:8192 KvCacheType:q8_0 ... GPULayers:...}").
struct RunnerSettings
{
    QStringList arguments;
    QString modelPath;   // --model; empty for ollama's GPU discovery runners
    QString modelDigest; // the hex of "sha256-<hex>" ending modelPath
    int port = 0;
    QString operation; // fit, alloc, commit (Go era)
    std::optional<int> contextSize;
    std::optional<int> parallel;
    QString kvCacheType;
    bool hasSplit = false;              // the request names GPULayers
    std::optional<GpuLayersList> split; // ... and they parse

    static RunnerSettings fromCommand(QByteArrayView command);
    // "sha256-<hex>" at the end of a blob path -> "<hex>"; empty otherwise.
    static QString digestOfPath(QByteArrayView path);
    // Nothing when the text is not Go's %+v of a struct.
    static std::optional<RunnerSettings> fromGoRequest(QByteArrayView request);
};

} // namespace vramscope
