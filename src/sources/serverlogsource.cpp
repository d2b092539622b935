#include "serverlogsource.h"

#include <QFileInfo>
#include <QTimer>

namespace vramscope {

ServerLogSource::ServerLogSource(const QString &address, QObject *parent)
    : PollSource(parent), m_address(address)
{
    connect(&m_follower, &ServerLogFollower::failed, this,
            [this](const QString &message) { m_failure = message; });
    if (address == Journal)
        m_follower.followJournal();
    else
        m_follower.followFile(address);
}

QString ServerLogSource::label() const
{
    return m_address == Journal ? tr("journal (ollama.service)") : QFileInfo(m_address).fileName();
}

void ServerLogSource::poll(const RequestLimits &)
{
    if (m_busy)
        return;
    m_busy = true;
    // The log is read as it comes; a round only tells what it holds now,
    // from the event loop like every source's.
    QTimer::singleShot(0, this, &ServerLogSource::runRound);
}

void ServerLogSource::runRound()
{
    m_busy = false;
    const ServerLogParser &parser = m_follower.parser();
    ServerLogSnapshot snapshot{parser.version(), parser.computeDevices(), parser.loads(),
                               parser.skippedLines()};
    SourceReport report;
    report.activity = activityOf(snapshot);
    report.serverLog = std::move(snapshot);
    emit reported(report);
    if (m_failure.isEmpty())
        emit roundFinished(SourceState::Ok, QString());
    else
        emit roundFinished(SourceState::Error, m_failure);
}

SourceActivity ServerLogSource::activityOf(const ServerLogSnapshot &snapshot)
{
    const int resident = int(std::count_if(snapshot.loads.cbegin(), snapshot.loads.cend(),
                                           [](const ModelLoad &load) { return load.resident; }));
    QStringList parts;
    if (!snapshot.version.isEmpty())
        parts.append(tr("ollama %1").arg(snapshot.version));
    parts.append(tr("%n load(s)", nullptr, int(snapshot.loads.size())));
    parts.append(tr("%n resident", nullptr, resident));
    SourceActivity activity;
    const bool loading =
        std::any_of(snapshot.loads.cbegin(), snapshot.loads.cend(),
                    [](const ModelLoad &load) { return load.resident && !load.isFinished(); });
    activity.phase = loading        ? SourceActivity::Phase::Loading
                     : resident > 0 ? SourceActivity::Phase::Ready
                                    : SourceActivity::Phase::Idle;
    activity.text = parts.join(QStringLiteral(" · "));
    return activity;
}

} // namespace vramscope
