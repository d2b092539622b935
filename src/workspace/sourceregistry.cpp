#include "sourceregistry.h"

#include "llamaserversourcekind.h"
#include "nativeprobesourcekind.h"
#include "ollamaserversourcekind.h"
#include "runnersourcekind.h"
#include "serverlogsourcekind.h"
#include "vramscopehostsourcekind.h"

namespace vramscope {

SourceRegistry::SourceRegistry(QNetworkAccessManager *manager)
{
    m_kinds.push_back(std::make_unique<NativeProbeSourceKind>());
    m_kinds.push_back(std::make_unique<OllamaServerSourceKind>(manager));
    m_kinds.push_back(std::make_unique<LlamaServerSourceKind>(manager));
    m_kinds.push_back(std::make_unique<RunnerSourceKind>(manager));
    m_kinds.push_back(std::make_unique<ServerLogSourceKind>());
    m_kinds.push_back(std::make_unique<VramscopeHostSourceKind>(manager));
}

SourceRegistry::~SourceRegistry() = default;

const SourceKind *SourceRegistry::kind(const QString &id) const
{
    for (const auto &kind : m_kinds) {
        if (kind->id() == id)
            return kind.get();
    }
    return nullptr;
}

QList<const SourceKind *> SourceRegistry::kinds() const
{
    QList<const SourceKind *> result;
    for (const auto &kind : m_kinds)
        result.append(kind.get());
    return result;
}

} // namespace vramscope
