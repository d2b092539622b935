#include "binaryrun.h"

#include <QProcess>

namespace vramscope {

QProcessEnvironment BinaryRun::environment()
{
    QProcessEnvironment result = QProcessEnvironment::systemEnvironment();
    result.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    result.remove(QStringLiteral("LANGUAGE"));
    return result;
}

BinaryRun BinaryRun::run(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    BinaryRun result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace vramscope
