#pragma once

#include <QString>

#include <optional>

namespace vramscope {

// An ollama model name, [host/][namespace/]model[:tag], with ollama's
// defaults: host registry.ollama.ai, namespace library, tag latest.
struct ModelName
{
    static inline const QString DefaultHost = QStringLiteral("registry.ollama.ai");
    static inline const QString DefaultNamespace = QStringLiteral("library");
    static inline const QString DefaultTag = QStringLiteral("latest");

    QString host = DefaultHost;
    QString nameSpace = DefaultNamespace;
    QString model;
    QString tag = DefaultTag;

    // Nothing and *error when a part is empty or holds anything but
    // letters, digits, '_', '-' and '.' (and ':' in a host), or starts
    // with '.': a name never leaves the store's directory.
    static std::optional<ModelName> parse(QStringView text, QString *error);

    // "manifests/<host>/<namespace>/<model>/<tag>", relative to the store.
    QString manifestPath() const;
    // As `ollama list` shows it: "llama3.2:3b", "ns/model:tag", or
    // "host/ns/model:tag" off the default host.
    QString displayName() const;

    friend bool operator==(const ModelName &, const ModelName &) = default;
};

} // namespace vramscope
