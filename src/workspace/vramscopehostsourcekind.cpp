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
                                       "token, if it needs one, stored with 'vramscope token set "
                                       "HOST:PORT' (in the keychain, else in %1)")
        .arg(HostTokens::defaultPath());
}

std::unique_ptr<PollSource> VramscopeHostSourceKind::createAt(QNetworkAccessManager *manager,
                                                              const Endpoint &endpoint) const
{
    return std::make_unique<VramscopeHostSource>(manager, endpoint, HostTokens::defaultPath());
}

} // namespace vramscope
