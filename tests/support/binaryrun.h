#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace vramscope {

// The real `vramscope` binary run once, as a script runs it: in the C
// locale (the C library's errors in English), with the environment the
// test gives, standard input written and closed.
struct BinaryRun
{
    int exitCode = -1; // -1 when it did not end by itself in time
    QString out;
    QString err;

    // The system's environment with LC_ALL=C: a start for environment.
    static QProcessEnvironment environment();
    static BinaryRun run(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment = BinaryRun::environment(),
                         const QByteArray &input = {});
};

} // namespace vramscope
