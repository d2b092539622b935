#pragma once

#include "logfiletail.h"
#include "modelload.h"
#include "serverlogparser.h"

#include <QObject>
#include <QProcess>
#include <QStringList>

namespace vramscope {

// Follows ollama's server log as it is written, from the latest server
// start on, and keeps its loads: a file (as `tail -F`), or a program that
// prints the log on its standard output (`journalctl -u ollama -f`).
class ServerLogFollower : public QObject
{
    Q_OBJECT

public:
    explicit ServerLogFollower(QObject *parent = nullptr);
    ~ServerLogFollower() override;

    // Reads the file from the line of its last "Listening on" and follows it.
    void followFile(const QString &path);
    // Runs program and reads its standard output; tests pass a stand-in.
    void followProcess(const QString &program, const QStringList &arguments);
    // journalctl on the ollama unit: this boot's lines, then as they come.
    void followJournal() { followProcess(QStringLiteral("journalctl"), journalArguments()); }
    static QStringList journalArguments();
    // The ollama.service file when systemd has one (the journal then has
    // the log), else empty. root is "/" but for tests.
    static QString systemdUnitFile(const QString &root = QStringLiteral("/"));
    void stop();

    const ServerLogParser &parser() const { return m_parser; }
    const QList<ModelLoad> &loads() const { return m_parser.loads(); }
    // The server's /api/ps no longer lists the load's model.
    bool markGone(quint64 loadId);
    void setPollInterval(int milliseconds) { m_tail.setPollInterval(milliseconds); }

signals:
    // Something in loads() changed (a new load, a size, a load ended).
    void loadsChanged();
    // A load finished loading ("... started in N seconds").
    void loadFinished(const vramscope::ModelLoad &load);
    // The file could not be opened, or the program failed or ended.
    void failed(const QString &message);

private:
    void consume(const QByteArray &bytes);
    void processEnded(int exitCode, QProcess::ExitStatus status);

    ServerLogParser m_parser;
    LogFileTail m_tail;
    QProcess *m_process = nullptr;
    QByteArray m_processErrors;
};

} // namespace vramscope
