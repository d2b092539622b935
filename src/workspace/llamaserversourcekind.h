#pragma once

#include "endpointsourcekind.h"

namespace vramscope {

// llama.cpp's llama-server, as ollama v0.30 and later runs it (or started
// by hand): /health, /props and /slots.
class LlamaServerSourceKind : public EndpointSourceKind
{
public:
    using EndpointSourceKind::EndpointSourceKind;

    QString id() const override;
    QString displayName() const override;
    QString addressHint() const override;

protected:
    std::unique_ptr<PollSource> createAt(QNetworkAccessManager *manager,
                                         const Endpoint &endpoint) const override;
};

} // namespace vramscope
