#include "sourceactivity.h"

namespace vramscope {

SourceActivity SourceActivity::fromRunnerHealth(const RunnerHealth &health)
{
    SourceActivity activity;
    activity.text = RunnerHealth::statusName(health.status);
    switch (health.status) {
    case RunnerHealth::Status::Launched:
        activity.phase = Phase::Idle;
        break;
    case RunnerHealth::Status::LoadingModel:
        activity.phase = Phase::Loading;
        activity.progress = double(health.progress);
        break;
    case RunnerHealth::Status::Ready:
        activity.phase = Phase::Ready;
        break;
    case RunnerHealth::Status::NoSlotsAvailable:
        activity.phase = Phase::Busy;
        break;
    case RunnerHealth::Status::NotResponding:
    case RunnerHealth::Status::Error:
        activity.phase = Phase::Failed;
        break;
    }
    return activity;
}

} // namespace vramscope
