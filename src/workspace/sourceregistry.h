#pragma once

#include "sourcekind.h"

#include <QList>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace vramscope {

// Every kind of source vramscope knows, in the order the add dialog offers
// them. The one place where a new kind is registered.
class SourceRegistry
{
public:
    // The built-in kinds, talking through the application's network manager.
    explicit SourceRegistry(QNetworkAccessManager *manager);
    ~SourceRegistry();

    const SourceKind *kind(const QString &id) const;
    QList<const SourceKind *> kinds() const;

private:
    std::vector<std::unique_ptr<SourceKind>> m_kinds;
};

} // namespace vramscope
