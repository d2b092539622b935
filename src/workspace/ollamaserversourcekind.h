#pragma once

#include "endpointsourcekind.h"

namespace vramscope {

// The ollama server's API, of any version: /api/version, /api/ps,
// /api/tags and /api/show. Its address is written as OLLAMA_HOST is
// ("localhost", "http://box:11434"): without a port, 11434.
class OllamaServerSourceKind : public EndpointSourceKind
{
public:
    using EndpointSourceKind::EndpointSourceKind;

    QString id() const override;
    QString displayName() const override;
    QString addressHint() const override;
    std::optional<QString> parseAddress(const QString &text, bool allowRemote,
                                        QString *error) const override;

protected:
    std::unique_ptr<PollSource> createAt(QNetworkAccessManager *manager,
                                         const Endpoint &endpoint) const override;
};

} // namespace vramscope
