#pragma once

#include "endpoint.h"
#include "sourcekind.h"

class QNetworkAccessManager;

namespace vramscope {

// A kind of source reached over HTTP at HOST:PORT (a runner, the ollama
// server, a llama-server): the address is an endpoint, loopback unless the
// user allows remote ones. Subclasses name the kind and make its source.
class EndpointSourceKind : public SourceKind
{
public:
    // manager is the application's shared one; it must outlive every source.
    explicit EndpointSourceKind(QNetworkAccessManager *manager) : m_manager(manager) {}

    std::optional<QString> parseAddress(const QString &text, bool allowRemote,
                                        QString *error) const override;
    std::unique_ptr<PollSource> create(const QString &address) const override;

protected:
    virtual std::unique_ptr<PollSource> createAt(QNetworkAccessManager *manager,
                                                 const Endpoint &endpoint) const = 0;

private:
    QNetworkAccessManager *m_manager;
};

} // namespace vramscope
