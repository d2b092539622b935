#pragma once

#include "ollamaclient.h"
#include "pollsource.h"

#include <QElapsedTimer>

namespace vramscope {

// An ollama server (its API on 11434 or OLLAMA_HOST) as a source: each
// round reads its version, loaded models, store and the facts of each
// loaded model (OllamaClient), and reports them with an activity that
// names the version and what runners that version starts.
class OllamaServerSource : public PollSource
{
    Q_OBJECT

public:
    // The kind in its SourceId.
    static constexpr QLatin1StringView Kind{"ollama"};

    // manager is the application's shared one; it must outlive this.
    OllamaServerSource(QNetworkAccessManager *manager, const Endpoint &endpoint,
                       QObject *parent = nullptr);

    static SourceId idOf(const Endpoint &endpoint) { return {Kind, endpoint.toString()}; }

    SourceId id() const override { return idOf(m_client.endpoint()); }
    QString label() const override { return m_client.endpoint().toString(); }
    bool isRemote() const override { return m_client.endpoint().isRemote(); }
    bool isBusy() const override { return m_client.isBusy(); }
    void poll(const RequestLimits &limits) override;
    qint64 busyForMs() const override { return isBusy() ? m_roundTimer.elapsed() : 0; }

    // "ollama 0.30.2 · llama-server runners · 1 model loaded".
    static SourceActivity activityOf(const OllamaSnapshot &snapshot);

private:
    void onFinished();

    OllamaClient m_client;
    QElapsedTimer m_roundTimer;
};

} // namespace vramscope
