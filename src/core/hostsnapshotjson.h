#pragma once

#include "hostsnapshot.h"
#include "wireerror.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace vramscope {

// A HostSnapshot as `vramscope serve` sends it at GET /api/snapshot, and
// read back by a window watching that host. Byte counts are exact JSON
// integers (snake_case names, as `vramscope gpus --json` writes them).
class HostSnapshotJson
{
public:
    static QJsonObject toJson(const HostSnapshot &snapshot);
    // Nothing, with *error saying what and where, when the body is not a
    // snapshot: never a half-read one.
    static std::optional<HostSnapshot> fromJson(const QByteArray &body, WireError *error);
};

} // namespace vramscope
