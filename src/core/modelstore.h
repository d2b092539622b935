#pragma once

#include "modelname.h"
#include "storedmodel.h"
#include "wireerror.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace vramscope {

// An ollama model store: manifests/<host>/<namespace>/<model>/<tag> are
// JSON manifests; the layer with mediaType
// application/vnd.ollama.image.model names the GGUF blob by digest,
// blobs/sha256-<hex>.
class ModelStore
{
public:
    static inline const QString ModelMediaType =
        QStringLiteral("application/vnd.ollama.image.model");

    explicit ModelStore(const QString &root) : m_root(root) {}

    // Where ollama keeps models: OLLAMA_MODELS when set, else
    // ~/.ollama/models and the Linux service's
    // /usr/share/ollama/.ollama/models.
    static QStringList defaultRoots();

    // A path to an existing file is that file; anything else is a model
    // name looked up in each root in turn. Nothing and *error (naming the
    // roots tried) when neither.
    static std::optional<QString> resolve(const QString &modelOrFile, const QStringList &roots,
                                          QString *error);

    const QString &root() const { return m_root; }

    // The model's GGUF blob; nothing and *error (path = the manifest) when
    // the manifest is missing or malformed.
    std::optional<QString> blobPath(const ModelName &name, WireError *error) const;

    // Every model with a manifest here, sorted by name; a model whose
    // manifest or blob cannot be read is listed with its problem.
    QList<StoredModel> models() const;

private:
    std::optional<QString> blobFromManifest(const QString &manifestPath, QString *digest,
                                            WireError *error) const;

    QString m_root;
};

} // namespace vramscope
