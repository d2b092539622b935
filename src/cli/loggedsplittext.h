#pragma once

#include <QJsonValue>

class QTextStream;

namespace vramscope {

struct LogComparison;

// `vramscope layout --log`'s last section: the planned split beside the
// one a real load of the model made, per device; or why there is none to
// compare (no load of the model in the log, or a load with other settings).
class LoggedSplitText
{
public:
    static void print(QTextStream &out, const QString &logPath, const LogComparison &logged);
    // null when the log has no load of the model.
    static QJsonValue toJson(const LogComparison &logged);
};

} // namespace vramscope
