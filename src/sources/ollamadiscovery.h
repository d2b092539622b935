#pragma once

#include "ollamaprocess.h"
#include "ollamasnapshot.h"

#include <QList>

namespace vramscope {

// Where vramscope looks for ollama on this machine, and how a runner found
// there is named. The places to ask for the server, in order: OLLAMA_HOST
// (ollama's own rules, OllamaHost), 127.0.0.1:11434, then every
// `ollama serve` in the process list at its own OLLAMA_HOST; each once.
class OllamaDiscovery
{
public:
    // ollamaHost is the value of OLLAMA_HOST (empty when unset). A value
    // vramscope cannot use (https) is skipped with *note saying why.
    static QList<Endpoint> serverCandidates(const QString &ollamaHost,
                                            const QList<OllamaProcess> &processes,
                                            QString *note = nullptr);

    // The runners among processes (Go runners and llama-servers).
    static QList<OllamaProcess> runners(const QList<OllamaProcess> &processes);

    // The name of the model whose blob a runner loads (its --model ends in
    // sha256-<blobDigest>): the loaded model whose /api/show names that blob
    // in its FROM line, else a model of /api/tags or /api/ps with that very
    // digest. Empty when none matches.
    static QString modelNameForBlob(const QString &blobDigest, const OllamaSnapshot &snapshot);
    // The /api/ps digest of that model, the key a runner shares with it; empty when none.
    static QString modelDigestForBlob(const QString &blobDigest, const OllamaSnapshot &snapshot);
};

} // namespace vramscope
