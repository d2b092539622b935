#include "jsonreader.h"

#include <QRegularExpression>

#include <cmath>

namespace vramscope {

QString JsonReader::pathText() const
{
    QString text;
    for (const Component &component : m_path) {
        if (component.key.isEmpty())
            text += u'[' + QString::number(component.index) + u']';
        else
            text += (text.isEmpty() ? QString() : QStringLiteral(".")) + QString(component.key);
    }
    return text;
}

QString JsonReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::String:
        //: What a JSON value is, after "got".
        return QCoreApplication::translate("vramscope::WireFormat", "a string");
    case QJsonValue::Array:
        //: What a JSON value is, after "got".
        return QCoreApplication::translate("vramscope::WireFormat", "an array");
    case QJsonValue::Object:
        //: What a JSON value is, after "got".
        return QCoreApplication::translate("vramscope::WireFormat", "an object");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::fabs(number) >= 9223372036854775807.0)
            //: What a JSON value is, after "got".
            return QCoreApplication::translate("vramscope::WireFormat", "a number past %1")
                .arg(std::numeric_limits<qint64>::max());
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Undefined:
        break;
    }
    //: What a JSON value is, after "got": the field is missing.
    return QCoreApplication::translate("vramscope::WireFormat", "nothing");
}

QDateTime JsonReader::time(const QJsonValue &value) const
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d{1,9}))?(Z|[+-]"
                       "\\d\\d:\\d\\d)$"));
    const QRegularExpressionMatch match = pattern.match(string(value, false));
    QDateTime time;
    if (match.hasMatch()) {
        const QString fraction = match.captured(2).leftJustified(3, u'0').left(3);
        time = QDateTime::fromString(match.captured(1) + u'.' + fraction + match.captured(3),
                                     Qt::ISODateWithMs);
    }
    if (!time.isValid())
        fail(u"expected an RFC 3339 time such as 2026-06-03T10:20:02.123456789+02:00, got " +
             (value.isString() ? u'\'' + value.toString().left(40) + u'\'' : describe(value)));
    return time;
}

QJsonValue JsonReader::expectArray(const QJsonValue &top) const
{
    if (!top.isArray() && !top.isNull())
        fail(QCoreApplication::translate("vramscope::WireFormat", "expected a JSON array, got %1")
                 .arg(describe(top)));
    return top;
}

QJsonValue JsonReader::expectObject(const QJsonValue &top) const
{
    if (!top.isObject())
        fail(QCoreApplication::translate("vramscope::WireFormat", "expected a JSON object, got %1")
                 .arg(describe(top)));
    return top;
}

std::optional<QJsonValue> JsonReader::topLevel(const QByteArray &body, WireError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    // QJsonDocument takes only an object or an array at the top; Go also
    // takes null, which is how it writes an empty slice.
    if (body.trimmed() == "null")
        return QJsonValue();
    if (error)
        *error = {
            QString(),
            QCoreApplication::translate("vramscope::WireFormat", "not valid JSON at byte %1: %2")
                .arg(QString::number(parseError.offset), parseError.errorString())};
    return std::nullopt;
}

} // namespace vramscope
