#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace vramscope {

// A process folder in a fake /proc tree, as Linux lays it out: cmdline
// (NUL-separated arguments), environ (NUL-separated, when given) and
// status with the parent's pid. False when a file cannot be written.
bool writeProcess(const QString &procRoot, qint64 pid, const QList<QByteArray> &arguments,
                  const QList<QByteArray> &environment = {}, qint64 parentPid = 1);

} // namespace vramscope
