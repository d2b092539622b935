#include "runnerrequest.h"

#include "wireformat.h"

namespace vramscope {

QByteArray RunnerRequest::method() const
{
    return kind == Kind::Load || kind == Kind::Post ? QByteArrayLiteral("POST")
                                                    : QByteArrayLiteral("GET");
}

QString RunnerRequest::path() const
{
    switch (kind) {
    case Kind::Info:
        return QStringLiteral("/info");
    case Kind::Health:
        return QStringLiteral("/health");
    case Kind::Load:
        return QStringLiteral("/load");
    case Kind::Get:
    case Kind::Post:
        return rawPath;
    }
    return QString();
}

QByteArray RunnerRequest::body() const
{
    if (kind == Kind::Post)
        return rawBody;
    return kind == Kind::Load ? WireFormat::toBytes(WireFormat::toJson(load)) : QByteArray();
}

} // namespace vramscope
