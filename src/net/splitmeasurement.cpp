#include "splitmeasurement.h"

#include "runnercall.h"
#include "units.h"

namespace vramscope {

SplitMeasurement::SplitMeasurement(const RunnerClient &client, const LoadRequest &request,
                                   QObject *parent)
    : QObject(parent), m_client(client), m_request(request)
{
}

SplitMeasurement::~SplitMeasurement() = default;

void SplitMeasurement::start()
{
    m_call = m_client.start(RunnerRequest::health(), this);
    connect(m_call, &RunnerCall::finished, this, &SplitMeasurement::onHealth);
}

void SplitMeasurement::onHealth()
{
    const RunnerResult result = m_call->result();
    m_call->deleteLater();
    if (!result.isOk()) {
        finish(Outcome::Failed,
               tr("Could not ask the runner whether it is free: %1").arg(result.message));
        return;
    }
    if (result.health->status != RunnerHealth::Status::Launched) {
        finish(Outcome::Refused,
               tr("The runner at %1 is busy (%2). A runner measures a split only before a model "
                  "is loaded, while /health says \"launched\"; start a fresh runner to measure.")
                   .arg(m_client.endpoint().toString(),
                        RunnerHealth::statusName(result.health->status)));
        return;
    }
    RequestLimits limits = m_client.limits();
    limits.timeout = Timeout;
    m_call = m_client.start(RunnerRequest::loadRequest(m_request), limits, this);
    connect(m_call, &RunnerCall::finished, this, &SplitMeasurement::onLoad);
}

void SplitMeasurement::onLoad()
{
    const RunnerResult result = m_call->result();
    m_call->deleteLater();
    switch (result.state) {
    case SourceState::Ok:
        break;
    case SourceState::Error:
    case SourceState::Unsupported:
        finish(Outcome::Refused,
               result.message.contains(u"model already loaded")
                   ? tr("The runner refused: %1. It has loaded a model since it said "
                        "\"launched\"; start a fresh runner to measure.")
                         .arg(result.message)
                   : tr("The runner refused: %1").arg(result.message));
        return;
    case SourceState::TimedOut:
        finish(Outcome::Failed, tr("No answer to the fit: %1. Measuring reads the model; a large "
                                   "one on a busy machine can take longer. Check the runner's log.")
                                    .arg(result.message));
        return;
    case SourceState::Unreachable:
        finish(Outcome::Failed, tr("The runner went away: %1").arg(result.message));
        return;
    default:
        finish(Outcome::Failed, tr("The runner's answer is unusable: %1").arg(result.message));
        return;
    }
    m_memory = result.load->memory;
    if (!result.load->success) {
        finish(Outcome::DoesNotFit,
               tr("The runner says this split does not fit: it ran out of memory measuring it "
                  "(\"Success\": false). The numbers it was attempting are shown; red bars show "
                  "where."));
        return;
    }
    quint64 gpuBytes = 0;
    for (const DeviceMemory &gpu : m_memory->gpus)
        gpuBytes += gpu.size();
    finish(Outcome::Fits,
           tr("The runner measured the split: %1 on GPUs, %2 in system memory.")
               .arg(Units::humanBytes2(gpuBytes),
                    Units::humanBytes2(m_memory->inputWeights + m_memory->cpu.size())));
}

void SplitMeasurement::finish(Outcome outcome, const QString &message)
{
    m_outcome = outcome;
    m_message = message;
    emit finished();
}

} // namespace vramscope
