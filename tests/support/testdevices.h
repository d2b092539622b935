#pragma once

#include "deviceinfo.h"

namespace vramscope::TestDevices {

// A GPU as the planners' tests need one: its id doubles as its name, and
// its total is its free memory plus 1 GiB.
DeviceInfo gpu(const QString &id, quint64 freeMemory,
               const QString &library = QStringLiteral("CUDA"), bool integrated = false);

} // namespace vramscope::TestDevices
