#include "healthcommand.h"

#include "runneroptions.h"
#include "runnerrequest.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace vramscope {

QString HealthCommand::name() const
{
    return QStringLiteral("health");
}

QString HealthCommand::summary() const
{
    return QStringLiteral("Ask a runner's /health: status and load progress.");
}

void HealthCommand::addOptions(QCommandLineParser &parser) const
{
    RunnerOptions::addTo(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
}

int HealthCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::optional<RunnerOptions> runner = RunnerOptions::read(parser, &error);
    if (!runner)
        return badInput(err, error);
    const RunnerResult result = runner->query(RunnerRequest::health());
    if (!result.isOk())
        return runnerFailed(err, result.message);

    const RunnerHealth &health = *result.health;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object;
        object.insert(QLatin1StringView("status"), int(health.status));
        object.insert(QLatin1StringView("status_name"), RunnerHealth::statusName(health.status));
        object.insert(QLatin1StringView("progress"), double(health.progress));
        printJson(out, object);
        return Success;
    }
    out << "status:   " << RunnerHealth::statusName(health.status) << " (" << int(health.status)
        << ")\n";
    if (health.status == RunnerHealth::Status::LoadingModel)
        out << "progress: " << std::lround(double(health.progress) * 100) << "%\n";
    return Success;
}

} // namespace vramscope
