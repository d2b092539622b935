#pragma once

#include "endpointsource.h"
#include "ollamaclient.h"

namespace vramscope {

// An ollama server (its API on 11434 or OLLAMA_HOST) as a source: each
// round reads its version, loaded models, store and the facts of each
// loaded model (OllamaClient), and reports them with an activity that
// names the version and what runners that version starts.
class OllamaServerSource : public EndpointSource
{
    Q_OBJECT

public:
    // The kind in its SourceId.
    static constexpr QLatin1StringView Kind{"ollama"};

    // manager is the application's shared one; it must outlive this.
    OllamaServerSource(QNetworkAccessManager *manager, const Endpoint &endpoint,
                       QObject *parent = nullptr);

    bool isBusy() const override { return m_client.isBusy(); }
    void poll(const RequestLimits &limits) override;

    // "ollama 0.30.2 · llama-server runners · 1 model loaded".
    static SourceActivity activityOf(const OllamaSnapshot &snapshot);

private:
    void onFinished();

    OllamaClient m_client;
};

} // namespace vramscope
