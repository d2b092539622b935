#pragma once

#include "endpointsourcekind.h"

namespace vramscope {

// Another machine's `vramscope serve` (GET /api/snapshot): its GPUs, models
// and breakdowns beside this machine's. Its token, when it needs one, is
// read from the keychain or HostTokens' file, never from the settings.
class VramscopeHostSourceKind : public EndpointSourceKind
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
