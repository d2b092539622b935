#pragma once

#include "endpointsource.h"
#include "llamaserverclient.h"

namespace vramscope {

// A llama-server runner (ollama v0.30 and later, or one started by hand)
// as a source: each round reads /health, /props and /slots
// (LlamaServerClient) and reports the status with an activity: loading,
// ready or busy, and the server's build.
class LlamaServerSource : public EndpointSource
{
    Q_OBJECT

public:
    // The kind in its SourceId.
    static constexpr QLatin1StringView Kind{"llama-server"};

    // manager is the application's shared one; it must outlive this.
    LlamaServerSource(QNetworkAccessManager *manager, const Endpoint &endpoint,
                      QObject *parent = nullptr);

    bool isBusy() const override { return m_client.isBusy(); }
    void poll(const RequestLimits &limits) override;

    // "loading model", "ready · build b6000", "busy · build b6000".
    static SourceActivity activityOf(const LlamaServerStatus &status);

private:
    void onFinished();

    LlamaServerClient m_client;
};

} // namespace vramscope
