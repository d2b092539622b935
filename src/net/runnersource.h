#pragma once

#include "endpointsource.h"
#include "runnerclient.h"

#include <QPointer>

namespace vramscope {

class RunnerCall;

// One poll round against a runner: GET /info, then GET /health. A transport
// failure on /info (refused, timed out) ends the round there; an /info that
// answers 404 still gets its /health read, since older runners have one.
class RunnerSource : public EndpointSource
{
    Q_OBJECT

public:
    // The kind in its SourceId.
    static constexpr QLatin1StringView Kind{"runner"};

    explicit RunnerSource(const RunnerClient &client, QObject *parent = nullptr);
    ~RunnerSource() override;

    static SourceId idOf(const Endpoint &endpoint) { return {Kind, endpoint.toString()}; }
    const RunnerClient &client() const { return m_client; }

    bool isBusy() const override;
    void poll(const RequestLimits &limits) override;

private:
    void onInfoFinished();
    void onHealthFinished();
    void start(const RunnerRequest &request, void (RunnerSource::*then)());
    void finishRound();

    RunnerClient m_client;
    RequestLimits m_limits;
    QPointer<RunnerCall> m_call;
    SourceState m_roundState = SourceState::Ok;
    QString m_roundMessage;
};

} // namespace vramscope
