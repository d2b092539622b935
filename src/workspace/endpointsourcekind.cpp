#include "endpointsourcekind.h"

#include "pollsource.h"

namespace vramscope {

std::optional<QString> EndpointSourceKind::parseAddress(const QString &text, bool allowRemote,
                                                        QString *error) const
{
    const std::optional<Endpoint> endpoint = Endpoint::parse(
        text,
        allowRemote ? Endpoint::RemotePolicy::AllowRemote : Endpoint::RemotePolicy::LoopbackOnly,
        error);
    if (!endpoint)
        return std::nullopt;
    return endpoint->toString();
}

std::unique_ptr<PollSource> EndpointSourceKind::create(const QString &address) const
{
    QString error;
    const std::optional<Endpoint> endpoint =
        Endpoint::parse(address, Endpoint::RemotePolicy::AllowRemote, &error);
    if (!endpoint)
        return nullptr;
    return createAt(m_manager, *endpoint);
}

} // namespace vramscope
