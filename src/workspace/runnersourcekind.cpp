#include "runnersourcekind.h"

#include "runnersource.h"

#include <QCoreApplication>

namespace vramscope {

QString RunnerSourceKind::id() const
{
    return RunnerSource::Kind;
}

QString RunnerSourceKind::displayName() const
{
    return QCoreApplication::translate("vramscope::RunnerSourceKind", "ollama runner");
}

QString RunnerSourceKind::addressHint() const
{
    return QCoreApplication::translate(
        "vramscope::RunnerSourceKind",
        "HOST:PORT of an ollama runner (the --port of 'ollama runner'), e.g. 127.0.0.1:40123");
}

std::unique_ptr<PollSource> RunnerSourceKind::createAt(QNetworkAccessManager *manager,
                                                       const Endpoint &endpoint) const
{
    return std::make_unique<RunnerSource>(RunnerClient(manager, endpoint));
}

} // namespace vramscope
