#include "ollamaserversourcekind.h"

#include "ollamahost.h"
#include "ollamaserversource.h"

#include <QCoreApplication>

namespace vramscope {

QString OllamaServerSourceKind::id() const
{
    return OllamaServerSource::Kind;
}

QString OllamaServerSourceKind::displayName() const
{
    return QCoreApplication::translate("vramscope::OllamaServerSourceKind", "ollama server");
}

QString OllamaServerSourceKind::addressHint() const
{
    return QCoreApplication::translate(
        "vramscope::OllamaServerSourceKind",
        "HOST[:PORT] of the ollama server, as OLLAMA_HOST is written; the port defaults to "
        "11434, e.g. 127.0.0.1:11434");
}

std::optional<QString> OllamaServerSourceKind::parseAddress(const QString &text, bool allowRemote,
                                                            QString *error) const
{
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("vramscope::OllamaServerSourceKind",
                                                 "no address given");
        return std::nullopt;
    }
    // ollama's own rules first (default port, 0.0.0.0 reached at loopback),
    // then the same checks as every endpoint.
    const std::optional<Endpoint> endpoint = OllamaHost::fromValue(text.trimmed()).endpoint(error);
    if (!endpoint)
        return std::nullopt;
    return EndpointSourceKind::parseAddress(endpoint->toString(), allowRemote, error);
}

std::unique_ptr<PollSource> OllamaServerSourceKind::createAt(QNetworkAccessManager *manager,
                                                             const Endpoint &endpoint) const
{
    return std::make_unique<OllamaServerSource>(manager, endpoint);
}

} // namespace vramscope
