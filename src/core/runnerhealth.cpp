#include "runnerhealth.h"

namespace vramscope {

QString RunnerHealth::statusName(Status status)
{
    switch (status) {
    case Status::Ready:
        return QStringLiteral("ready");
    case Status::NoSlotsAvailable:
        return QStringLiteral("no slots available");
    case Status::Launched:
        return QStringLiteral("launched");
    case Status::LoadingModel:
        return QStringLiteral("loading model");
    case Status::NotResponding:
        return QStringLiteral("not responding");
    case Status::Error:
        return QStringLiteral("error");
    }
    return QString();
}

} // namespace vramscope
