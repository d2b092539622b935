#include "vramscopehostsourcekind.h"

#include "hosttokens.h"
#include "vramscopehostsource.h"

#include <QCoreApplication>

namespace vramscope {

QString VramscopeHostSourceKind::id() const
{
    return VramscopeHostSource::Kind;
}

QString VramscopeHostSourceKind::displayName() const
{
    return QCoreApplication::translate("vramscope::VramscopeHostSourceKind", "vramscope host");
}

QString VramscopeHostSourceKind::addressHint() const
{
    return QCoreApplication::translate("vramscope::VramscopeHostSourceKind",
                                       "HOST:PORT of a 'vramscope serve', e.g. gpubox:9877; its "
                                       "token, if it needs one, as a line 'HOST:PORT TOKEN' in %1 "
                                       "(a file only you may read)")
        .arg(HostTokens::defaultPath());
}

std::unique_ptr<PollSource> VramscopeHostSourceKind::createAt(QNetworkAccessManager *manager,
                                                              const Endpoint &endpoint) const
{
    QString problem;
    const std::optional<QByteArray> token = HostTokens().tokenFor(endpoint.toString(), &problem);
    return std::make_unique<VramscopeHostSource>(manager, endpoint, token.value_or(QByteArray()),
                                                 problem);
}

} // namespace vramscope
