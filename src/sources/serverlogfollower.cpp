#include "serverlogfollower.h"

#include <QDir>
#include <QFile>

namespace vramscope {

namespace {

// Enough of a failing program's stderr to say why.
constexpr qsizetype MaxErrorBytes = 4096;

} // namespace

ServerLogFollower::ServerLogFollower(QObject *parent) : QObject(parent)
{
    connect(&m_tail, &LogFileTail::dataRead, this, &ServerLogFollower::consume);
    // A cut line before a truncation or rotation ends there.
    connect(&m_tail, &LogFileTail::restarted, this, [this] { m_parser.finish(); });
}

ServerLogFollower::~ServerLogFollower()
{
    stop();
}

void ServerLogFollower::followFile(const QString &path)
{
    stop();
    qint64 offset = 0;
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            offset = LogFileTail::offsetOfLastLine(file, "msg=\"Listening on ");
    }
    if (!m_tail.start(path, offset))
        emit failed(m_tail.errorString());
}

void ServerLogFollower::followProcess(const QString &program, const QStringList &arguments)
{
    stop();
    m_process = new QProcess(this);
    m_processErrors.clear();
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { consume(m_process->readAllStandardOutput()); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_processErrors.append(m_process->readAllStandardError());
        if (m_processErrors.size() > MaxErrorBytes)
            m_processErrors = m_processErrors.right(MaxErrorBytes);
    });
    connect(m_process, &QProcess::finished, this, &ServerLogFollower::processEnded);
    connect(m_process, &QProcess::errorOccurred, this,
            [this, program](QProcess::ProcessError error) {
                if (error == QProcess::FailedToStart)
                    emit failed(program + u": cannot start: " + m_process->errorString());
            });
    m_process->start(program, arguments, QIODevice::ReadOnly);
}

QStringList ServerLogFollower::journalArguments()
{
    // -b -n all: every line of this boot, so reading starts from the latest
    // server start (the parser drops what came before it).
    return {QStringLiteral("-u"),  QStringLiteral("ollama"), QStringLiteral("-o"),
            QStringLiteral("cat"), QStringLiteral("-b"),     QStringLiteral("-n"),
            QStringLiteral("all"), QStringLiteral("-f"),     QStringLiteral("--no-pager")};
}

QString ServerLogFollower::systemdUnitFile(const QString &root)
{
    const QDir base(root);
    for (const char *folder : {"etc/systemd/system", "run/systemd/system", "usr/lib/systemd/system",
                               "lib/systemd/system"}) {
        const QString path = base.filePath(QLatin1StringView(folder) + u"/ollama.service");
        if (QFile::exists(path))
            return path;
    }
    return {};
}

void ServerLogFollower::stop()
{
    m_tail.stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
        delete m_process;
        m_process = nullptr;
    }
}

bool ServerLogFollower::markGone(quint64 loadId)
{
    if (!m_parser.markGone(loadId))
        return false;
    emit loadsChanged();
    return true;
}

void ServerLogFollower::consume(const QByteArray &bytes)
{
    const qint64 handledBefore = m_parser.lineCount() - m_parser.skippedLines();
    m_parser.addData(bytes);
    if (m_parser.lineCount() - m_parser.skippedLines() != handledBefore)
        emit loadsChanged();
    const QList<ModelLoad> finished = m_parser.takeFinishedLoads();
    for (const ModelLoad &load : finished)
        emit loadFinished(load);
}

void ServerLogFollower::processEnded(int exitCode, QProcess::ExitStatus status)
{
    consume(m_process->readAllStandardOutput());
    m_parser.finish();
    const QString program = m_process->program();
    const QString errors = QString::fromLocal8Bit(m_processErrors).trimmed();
    if (status == QProcess::CrashExit)
        emit failed(program + u": crashed");
    else
        emit failed(program + u": ended (exit status " + QString::number(exitCode) + u')' +
                    (errors.isEmpty() ? QString() : u": " + errors));
}

} // namespace vramscope
