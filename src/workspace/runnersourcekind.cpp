#include "runnersourcekind.h"

#include "endpoint.h"
#include "runnersource.h"

#include <QCoreApplication>

namespace vramscope {

RunnerSourceKind::RunnerSourceKind(QNetworkAccessManager *manager) : m_manager(manager) {}

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

std::optional<QString> RunnerSourceKind::parseAddress(const QString &text, bool allowRemote,
                                                      QString *error) const
{
    const std::optional<Endpoint> endpoint = Endpoint::parse(
        text,
        allowRemote ? Endpoint::RemotePolicy::AllowRemote : Endpoint::RemotePolicy::LoopbackOnly,
        error);
    if (!endpoint)
        return std::nullopt;
    return endpoint->toString();
}

std::unique_ptr<PollSource> RunnerSourceKind::create(const QString &address) const
{
    QString error;
    const std::optional<Endpoint> endpoint =
        Endpoint::parse(address, Endpoint::RemotePolicy::AllowRemote, &error);
    if (!endpoint)
        return nullptr;
    return std::make_unique<RunnerSource>(RunnerClient(m_manager, *endpoint));
}

} // namespace vramscope
