#pragma once

#include "ollamaprocess.h"

#include <QList>

#include <optional>

namespace vramscope {

// Finds ollama on this machine from the process list: `ollama serve`,
// its Go runners and llama-server runners (children of the server by
// their PPid, or llama-servers started by hand). Linux only (reads /proc); empty
// elsewhere. Processes that vanish or are not readable are skipped.
class OllamaProcessScan
{
public:
    // llama-server's own default when started without --port.
    static constexpr quint16 LlamaServerDefaultPort = 8080;

    // procRoot holds one folder per process with cmdline (NUL-separated),
    // status (PPid) and environ: /proc, or a test's own tree.
    explicit OllamaProcessScan(const QString &procRoot = QStringLiteral("/proc"));

    // Every ollama process found, by pid.
    QList<OllamaProcess> processes() const;

    // What a command line makes of a process (kind, endpoint, model); the
    // pid and parent are left to the caller. Nothing for other programs,
    // runners without --model (ollama's GPU discovery), a bad port.
    // serverHost is the server's OLLAMA_HOST, empty when unset.
    static std::optional<OllamaProcess> classify(const QList<QByteArray> &arguments,
                                                 const QString &serverHost = {});
    // The port of a Go runner's command line (`ollama runner [--ollama-engine]
    // --model PATH --port N`), or 0 when it is not one: ollama's GPU
    // discovery starts runners without --model that live for a moment.
    static quint16 goRunnerPort(const QList<QByteArray> &arguments);
    // The hex digest in a blob path ".../blobs/sha256-<64 hex>".
    static QString blobDigest(const QString &modelPath);

private:
    QString m_procRoot;
};

} // namespace vramscope
