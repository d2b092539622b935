#include "runnerhealth.h"

#include <QCoreApplication>

namespace vramscope {

QString RunnerHealth::statusName(Status status)
{
    // Translated in the window; the command line installs no translator.
    switch (status) {
    case Status::Ready:
        return QCoreApplication::translate("vramscope::RunnerHealth", "ready");
    case Status::NoSlotsAvailable:
        return QCoreApplication::translate("vramscope::RunnerHealth", "no slots available");
    case Status::Launched:
        return QCoreApplication::translate("vramscope::RunnerHealth", "launched");
    case Status::LoadingModel:
        return QCoreApplication::translate("vramscope::RunnerHealth", "loading model");
    case Status::NotResponding:
        return QCoreApplication::translate("vramscope::RunnerHealth", "not responding");
    case Status::Error:
        return QCoreApplication::translate("vramscope::RunnerHealth", "error");
    }
    return QString();
}

} // namespace vramscope
