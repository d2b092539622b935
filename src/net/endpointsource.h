#pragma once

#include "endpoint.h"
#include "pollsource.h"

#include <QElapsedTimer>

namespace vramscope {

// A source reached over HTTP at one endpoint (a runner, the ollama server,
// a llama-server): who it is follows from its kind and endpoint, and how
// long its round has been out from when startRound() was called.
class EndpointSource : public PollSource
{
    Q_OBJECT

public:
    EndpointSource(QLatin1StringView kind, const Endpoint &endpoint, QObject *parent = nullptr)
        : PollSource(parent), m_kind(kind), m_endpoint(endpoint)
    {
    }

    SourceId id() const override { return {m_kind, m_endpoint.toString()}; }
    QString label() const override { return m_endpoint.toString(); }
    bool isRemote() const override { return m_endpoint.isRemote(); }
    qint64 busyForMs() const override { return isBusy() ? m_roundTimer.elapsed() : 0; }

protected:
    void startRound() { m_roundTimer.start(); }
    const Endpoint &endpoint() const { return m_endpoint; }

private:
    QString m_kind;
    Endpoint m_endpoint;
    QElapsedTimer m_roundTimer;
};

} // namespace vramscope
