#include "modelname.h"

#include <QStringList>

namespace vramscope {

namespace {

bool isValidPart(QStringView part, bool isHost)
{
    if (part.isEmpty() || part.startsWith(u'.'))
        return false;
    for (QChar c : part) {
        const char16_t u = c.unicode();
        const bool plain = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                           (u >= u'0' && u <= u'9') || u == u'_' || u == u'-' || u == u'.';
        if (!plain && !(isHost && u == u':'))
            return false;
    }
    return true;
}

} // namespace

std::optional<ModelName> ModelName::parse(QStringView text, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = u"'" + text.toString() + u"' is not a model name: " + why;
        return std::nullopt;
    };
    const QList<QStringView> parts = text.split(u'/');
    if (parts.size() > 3)
        return fail(QStringLiteral("more than host/namespace/model"));
    ModelName name;
    QStringView last = parts.last();
    const qsizetype colon = last.lastIndexOf(u':');
    if (colon >= 0) {
        name.tag = last.sliced(colon + 1).toString();
        last = last.first(colon);
    }
    name.model = last.toString();
    if (parts.size() >= 2)
        name.nameSpace = parts.at(parts.size() - 2).toString();
    if (parts.size() == 3)
        name.host = parts.first().toString();
    if (!isValidPart(name.host, true))
        return fail(QStringLiteral("bad host"));
    if (!isValidPart(name.nameSpace, false))
        return fail(QStringLiteral("bad namespace"));
    if (!isValidPart(name.model, false))
        return fail(QStringLiteral("bad model"));
    if (!isValidPart(name.tag, false))
        return fail(QStringLiteral("bad tag"));
    return name;
}

QString ModelName::manifestPath() const
{
    return u"manifests/" + host + u'/' + nameSpace + u'/' + model + u'/' + tag;
}

QString ModelName::displayName() const
{
    QString shown = model + u':' + tag;
    if (host != DefaultHost)
        return host + u'/' + nameSpace + u'/' + shown;
    if (nameSpace != DefaultNamespace)
        return nameSpace + u'/' + shown;
    return shown;
}

} // namespace vramscope
