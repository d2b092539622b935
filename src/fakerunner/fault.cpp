#include "fault.h"

#include <QJsonObject>

namespace vramscope {

namespace {

std::nullopt_t fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

struct KindName
{
    Fault::Kind kind;
    QLatin1StringView name;
};

constexpr KindName KindNames[] = {
    {Fault::Kind::Delay, QLatin1StringView("delay")},
    {Fault::Kind::Hang, QLatin1StringView("hang")},
    {Fault::Kind::CloseMidBody, QLatin1StringView("close")},
    {Fault::Kind::Truncate, QLatin1StringView("truncate")},
    {Fault::Kind::Malformed, QLatin1StringView("malformed")},
    {Fault::Kind::Endless, QLatin1StringView("endless")},
    {Fault::Kind::WrongTypes, QLatin1StringView("wrong-types")},
    {Fault::Kind::Redirect, QLatin1StringView("redirect")},
    {Fault::Kind::Exit, QLatin1StringView("exit")},
};

const QString KnownKinds = QStringLiteral(
    "NNN[:text], delay:MS, hang, close, truncate, malformed, endless, wrong-types, redirect, "
    "exit[:CODE]");

} // namespace

std::optional<Fault> Fault::parse(const QString &text, QString *error)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals <= 0)
        return fail(error, u"expected PATH=KIND[:ARGUMENT], got '" + text + u"'");
    return parseSpec(text.left(equals), text.mid(equals + 1), error);
}

std::optional<Fault> Fault::fromJson(const QJsonObject &object, QString *error)
{
    const QJsonValue path = object.value(QLatin1StringView("path"));
    const QJsonValue spec = object.value(QLatin1StringView("fault"));
    if (!path.isString() || !spec.isString())
        return fail(error, QStringLiteral("a fault needs \"path\" and \"fault\" strings"));
    std::optional<Fault> fault = parseSpec(path.toString(), spec.toString(), error);
    if (!fault)
        return std::nullopt;
    const QJsonValue from = object.value(QLatin1StringView("from"));
    const QJsonValue until = object.value(QLatin1StringView("until"));
    if ((!from.isUndefined() && !from.isDouble()) || (!until.isUndefined() && !until.isDouble()))
        return fail(error, QStringLiteral("\"from\" and \"until\" are seconds (numbers)"));
    fault->m_from = from.toDouble(0);
    fault->m_until = until.toDouble(Forever);
    if (fault->m_until <= fault->m_from)
        return fail(error, u"the fault " + fault->toString() + u" ends before it starts");
    return fault;
}

std::optional<Fault> Fault::parseSpec(const QString &path, const QString &spec, QString *error)
{
    if (path != u"*" && !path.startsWith(u'/'))
        return fail(error, u"a fault's path starts with '/' (or is '*'), got '" + path + u"'");
    Fault fault;
    fault.m_path = path;
    const qsizetype colon = spec.indexOf(u':');
    const QString head = colon < 0 ? spec : spec.left(colon);
    const QString argument = colon < 0 ? QString() : spec.mid(colon + 1);

    bool isNumber = false;
    const int status = head.toInt(&isNumber);
    if (isNumber) {
        if (status < 100 || status > 599)
            return fail(error, u"'" + head + u"' is not an HTTP status (100 to 599)");
        fault.m_kind = Kind::Status;
        fault.m_number = status;
        fault.m_text = argument;
        return fault;
    }
    for (const KindName &known : KindNames) {
        if (head != known.name)
            continue;
        fault.m_kind = known.kind;
        if (known.kind == Kind::Delay || known.kind == Kind::Exit) {
            bool ok = true;
            fault.m_number =
                argument.isEmpty() && known.kind == Kind::Exit ? 1 : argument.toInt(&ok);
            if (!ok || fault.m_number < 0)
                return fail(error, u"'" + spec + u"': expected a non-negative number after ':'");
        } else if (!argument.isEmpty()) {
            return fail(error, u"'" + spec + u"': " + head + u" takes no argument");
        }
        return fault;
    }
    return fail(error, u"unknown fault '" + spec + u"'; known: " + KnownKinds);
}

QString Fault::toString() const
{
    QString spec;
    if (m_kind == Kind::Status) {
        spec = QString::number(m_number);
        if (!m_text.isEmpty())
            spec += u':' + m_text;
    } else {
        for (const KindName &known : KindNames) {
            if (known.kind == m_kind)
                spec = known.name;
        }
        if (m_kind == Kind::Delay || m_kind == Kind::Exit)
            spec += u':' + QString::number(m_number);
    }
    return m_path + u'=' + spec;
}

} // namespace vramscope
