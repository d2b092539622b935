#include "modelstore.h"

#include "ggufreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace vramscope {

namespace {

// Manifests are a few hundred bytes; anything past this is not one.
constexpr qint64 MaxManifestBytes = 1024 * 1024;

bool isHexDigest(QStringView hex)
{
    return hex.size() == 64 && std::all_of(hex.begin(), hex.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

} // namespace

QStringList ModelStore::defaultRoots()
{
    const QString fromEnvironment = qEnvironmentVariable("OLLAMA_MODELS");
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment};
    return {QDir::homePath() + u"/.ollama/models",
            QStringLiteral("/usr/share/ollama/.ollama/models")};
}

std::optional<QString> ModelStore::resolve(const QString &modelOrFile, const QStringList &roots,
                                           QString *error)
{
    if (QFileInfo(modelOrFile).isFile())
        return modelOrFile;
    const std::optional<ModelName> name = ModelName::parse(modelOrFile, error);
    if (!name) {
        if (error)
            *error = u"no such file, and " + *error;
        return std::nullopt;
    }
    QStringList problems;
    for (const QString &root : roots) {
        WireError wireError;
        const std::optional<QString> blob = ModelStore(root).blobPath(*name, &wireError);
        if (blob)
            return blob;
        problems.append(wireError.toString());
    }
    if (error) {
        *error =
            u"model '" + name->displayName() + u"' not found: " +
            (problems.isEmpty() ? QStringLiteral("no store to look in") : problems.join(u"; "));
    }
    return std::nullopt;
}

std::optional<QString> ModelStore::blobPath(const ModelName &name, WireError *error) const
{
    QString digest;
    return blobFromManifest(m_root + u'/' + name.manifestPath(), &digest, error);
}

std::optional<QString> ModelStore::blobFromManifest(const QString &manifestPath, QString *digest,
                                                    WireError *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = WireError{manifestPath, message};
        return std::nullopt;
    };
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot open: " + file.errorString());
    if (file.size() > MaxManifestBytes)
        return fail(QStringLiteral("larger than 1 MiB, not a manifest"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(u"not JSON: " + parseError.errorString() + u" at offset " +
                    QString::number(parseError.offset));
    const QJsonArray layers = document.object().value(QLatin1StringView("layers")).toArray();
    for (qsizetype i = 0; i < layers.size(); ++i) {
        const QJsonObject layer = layers.at(i).toObject();
        if (layer.value(QLatin1StringView("mediaType")).toString() != ModelMediaType)
            continue;
        const QString value = layer.value(QLatin1StringView("digest")).toString();
        if (!value.startsWith(u"sha256:") || !isHexDigest(QStringView(value).sliced(7)))
            return fail(u"layers[" + QString::number(i) +
                        u"].digest: expected sha256:<64 hex digits>, got '" + value + u'\'');
        *digest = value.sliced(7);
        return m_root + u"/blobs/sha256-" + *digest;
    }
    return fail(u"no layer with mediaType " + ModelMediaType);
}

QList<StoredModel> ModelStore::models() const
{
    QList<StoredModel> models;
    const QDir manifests(m_root + u"/manifests");
    const auto entries = [](const QDir &dir) {
        return dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    };
    for (const QString &host : entries(manifests)) {
        const QDir hostDir(manifests.filePath(host));
        for (const QString &nameSpace : entries(hostDir)) {
            const QDir nameSpaceDir(hostDir.filePath(nameSpace));
            for (const QString &model : entries(nameSpaceDir)) {
                const QDir modelDir(nameSpaceDir.filePath(model));
                for (const QString &tag : modelDir.entryList(QDir::Files, QDir::Name)) {
                    ModelName name;
                    name.host = host;
                    name.nameSpace = nameSpace;
                    name.model = model;
                    name.tag = tag;
                    StoredModel stored;
                    stored.name = name.displayName();
                    stored.manifestPath = modelDir.absoluteFilePath(tag);
                    WireError error;
                    const std::optional<QString> blob =
                        blobFromManifest(stored.manifestPath, &stored.digest, &error);
                    if (!blob) {
                        stored.problem = error.message;
                        models.append(stored);
                        continue;
                    }
                    stored.blobPath = QFileInfo(*blob).absoluteFilePath();
                    stored.size = quint64(qMax<qint64>(QFileInfo(*blob).size(), 0));
                    const std::optional<GgufFile> gguf = GgufReader::readFile(*blob, &error);
                    if (gguf) {
                        stored.architecture = gguf->architecture();
                        stored.quantization = gguf->quantization();
                    } else {
                        stored.problem = u"blob " + error.toString();
                    }
                    models.append(stored);
                }
            }
        }
    }
    std::sort(models.begin(), models.end(),
              [](const StoredModel &a, const StoredModel &b) { return a.name < b.name; });
    return models;
}

} // namespace vramscope
