#pragma once

#include "endpointsourcekind.h"

namespace vramscope {

// ollama's Go runner (v0.11.5 to v0.24): /info, /health and /load fit.
class RunnerSourceKind : public EndpointSourceKind
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
