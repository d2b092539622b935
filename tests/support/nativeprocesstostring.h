#pragma once

#include "nativeprocess.h"

#include <QTest>

namespace vramscope {

// How QCOMPARE prints a NativeProcess (found by argument-dependent lookup):
// "4242 '/usr/bin/ollama runner' 1073741824", or "unknown" memory.
inline char *toString(const NativeProcess &process)
{
    const QString memory =
        process.usedMemory ? QString::number(*process.usedMemory) : QStringLiteral("unknown");
    return QTest::toString(QString::number(process.pid) + u" '" + process.command + u"' " + memory);
}

} // namespace vramscope
