#include "ollamadiscovery.h"

#include "ollamahost.h"

namespace vramscope {

QList<Endpoint> OllamaDiscovery::serverCandidates(const QString &ollamaHost,
                                                  const QList<OllamaProcess> &processes,
                                                  QString *note)
{
    QList<Endpoint> candidates;
    const std::optional<Endpoint> configured = OllamaHost::fromValue(ollamaHost).endpoint(note);
    if (configured)
        candidates.append(*configured);
    const Endpoint fallback = Endpoint::loopback(OllamaHost::DefaultPort);
    if (!candidates.contains(fallback))
        candidates.append(fallback);
    for (const OllamaProcess &process : processes) {
        if (process.kind == OllamaProcess::Kind::Server && !candidates.contains(process.endpoint))
            candidates.append(process.endpoint);
    }
    return candidates;
}

QList<OllamaProcess> OllamaDiscovery::runners(const QList<OllamaProcess> &processes)
{
    QList<OllamaProcess> found;
    for (const OllamaProcess &process : processes) {
        if (process.kind != OllamaProcess::Kind::Server)
            found.append(process);
    }
    return found;
}

QString OllamaDiscovery::modelDigestForBlob(const QString &blobDigest,
                                            const OllamaSnapshot &snapshot)
{
    if (blobDigest.isEmpty())
        return QString();
    for (auto it = snapshot.facts.cbegin(); it != snapshot.facts.cend(); ++it) {
        if (it->blobDigest == blobDigest)
            return it.key();
    }
    for (const RunningModel &model : snapshot.models) {
        if (model.digest == blobDigest)
            return model.digest;
    }
    for (const LocalModel &model : snapshot.localModels) {
        if (model.digest == blobDigest)
            return model.digest;
    }
    return QString();
}

QString OllamaDiscovery::modelNameForBlob(const QString &blobDigest, const OllamaSnapshot &snapshot)
{
    const QString digest = modelDigestForBlob(blobDigest, snapshot);
    if (digest.isEmpty())
        return QString();
    for (const RunningModel &model : snapshot.models) {
        if (model.digest == digest)
            return model.name;
    }
    for (const LocalModel &model : snapshot.localModels) {
        if (model.digest == digest)
            return model.name;
    }
    return QString();
}

} // namespace vramscope
