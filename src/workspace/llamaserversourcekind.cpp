#include "llamaserversourcekind.h"

#include "llamaserversource.h"

#include <QCoreApplication>

namespace vramscope {

QString LlamaServerSourceKind::id() const
{
    return LlamaServerSource::Kind;
}

QString LlamaServerSourceKind::displayName() const
{
    return QCoreApplication::translate("vramscope::LlamaServerSourceKind", "llama-server runner");
}

QString LlamaServerSourceKind::addressHint() const
{
    return QCoreApplication::translate(
        "vramscope::LlamaServerSourceKind",
        "HOST:PORT of a llama-server (the --port of its command line), e.g. 127.0.0.1:36183");
}

std::unique_ptr<PollSource> LlamaServerSourceKind::createAt(QNetworkAccessManager *manager,
                                                            const Endpoint &endpoint) const
{
    return std::make_unique<LlamaServerSource>(manager, endpoint);
}

} // namespace vramscope
