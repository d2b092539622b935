#pragma once

#include "wireerror.h"
#include "wireformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QVarLengthArray>

#include <limits>

namespace vramscope {

// Walks a parsed JSON document for the wire formats (WireFormat), keeping
// the path of the value being read so that every failure can say where it
// happened ("GPUs[0].Weights[3]: expected a non-negative integer, got -1").
// Subclasses read the types of one protocol; read() runs one of them on a
// body and turns any failure into a WireError.
class JsonReader
{
public:
    // One step of the path: a field name, or an array index when key is empty.
    struct Component
    {
        QLatin1StringView key;
        qsizetype index = 0;
    };

    // Pushes a path component for the lifetime of the scope. The path is
    // spelled out only on failure: building it for every field read cost
    // more than the parsing itself.
    class Scope
    {
    public:
        Scope(JsonReader &reader, Component component) : m_reader(reader)
        {
            m_reader.m_path.append(component);
        }
        ~Scope() { m_reader.m_path.removeLast(); }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        JsonReader &m_reader;
    };

    [[noreturn]] void fail(const QString &message) const { throw Failure{{pathText(), message}}; }

    // Go matches field names exactly first, then case-insensitively.
    static QJsonValue field(const QJsonObject &object, QLatin1StringView key)
    {
        const auto exact = object.constFind(key);
        if (exact != object.constEnd())
            return *exact;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key().compare(key, Qt::CaseInsensitive) == 0)
                return *it;
        }
        return QJsonValue(QJsonValue::Undefined);
    }

    template <typename Read>
    auto member(const QJsonObject &object, QLatin1StringView key, Read read)
    {
        Scope scope(*this, {key});
        return read(field(object, key));
    }

    // A missing or null field is zero; a null array element is not.
    quint64 uint64(const QJsonValue &value, bool nullIsZero = true) const
    {
        if ((value.isNull() && nullIsZero) || value.isUndefined())
            return 0;
        const std::optional<qint64> number = WireFormat::exactInteger(value);
        if (!number || *number < 0)
            fail(QCoreApplication::translate("vramscope::WireFormat",
                                             "expected a non-negative integer, got %1")
                     .arg(describe(value)));
        return quint64(*number);
    }

    int int32(const QJsonValue &value, int minimum = std::numeric_limits<int>::min(),
              int maximum = std::numeric_limits<int>::max()) const
    {
        if (value.isNull() || value.isUndefined())
            return 0;
        const std::optional<qint64> number = WireFormat::exactInteger(value);
        if (!number || *number < minimum || *number > maximum) {
            if (minimum == std::numeric_limits<int>::min())
                fail(QCoreApplication::translate("vramscope::WireFormat",
                                                 "expected an integer, got %1")
                         .arg(describe(value)));
            fail(QCoreApplication::translate("vramscope::WireFormat",
                                             "expected an integer from %1 to %2, got %3")
                     .arg(QString::number(minimum), QString::number(maximum), describe(value)));
        }
        return int(*number);
    }

    bool boolean(const QJsonValue &value) const
    {
        if (value.isNull() || value.isUndefined())
            return false;
        if (!value.isBool())
            fail(QCoreApplication::translate("vramscope::WireFormat",
                                             "expected true or false, got %1")
                     .arg(describe(value)));
        return value.toBool();
    }

    QString string(const QJsonValue &value, bool nullIsEmpty = true) const
    {
        if ((value.isNull() && nullIsEmpty) || value.isUndefined())
            return QString();
        if (!value.isString())
            fail(QCoreApplication::translate("vramscope::WireFormat", "expected a string, got %1")
                     .arg(describe(value)));
        return value.toString();
    }

    QJsonObject object(const QJsonValue &value) const
    {
        if (value.isNull() || value.isUndefined())
            return QJsonObject();
        if (!value.isObject())
            fail(QCoreApplication::translate("vramscope::WireFormat", "expected an object, got %1")
                     .arg(describe(value)));
        return value.toObject();
    }

    // Reads every element with read(element), each under its own [index].
    template <typename Read> auto array(const QJsonValue &value, Read read)
    {
        QList<decltype(read(QJsonValue()))> result;
        if (value.isNull() || value.isUndefined())
            return result;
        if (!value.isArray())
            fail(QCoreApplication::translate("vramscope::WireFormat", "expected an array, got %1")
                     .arg(describe(value)));
        const QJsonArray elements = value.toArray();
        result.reserve(elements.size());
        for (qsizetype i = 0; i < elements.size(); ++i) {
            Scope scope(*this, {{}, i});
            const QJsonValue element = elements.at(i);
            if (element.isNull())
                fail(QCoreApplication::translate("vramscope::WireFormat",
                                                 "a null element where a value belongs"));
            result.append(read(element));
        }
        return result;
    }

    QList<quint64> uint64s(const QJsonValue &value)
    {
        return array(value, [this](const QJsonValue &element) { return uint64(element, false); });
    }

    QStringList strings(const QJsonValue &value)
    {
        return array(value, [this](const QJsonValue &element) { return string(element, false); });
    }

    // ollama's server API (/api/...) and llama-server's endpoints. Unlike a
    // runner's Go structs, these fields are always written: a missing one
    // means the answer is not what it claims to be.
    QJsonValue required(const QJsonObject &object, QLatin1StringView key) const
    {
        const QJsonValue value = field(object, key);
        if (value.isUndefined())
            fail(QStringLiteral("missing"));
        return value;
    }

    template <typename Read>
    auto requiredMember(const QJsonObject &object, QLatin1StringView key, Read read)
    {
        Scope scope(*this, {key});
        return read(required(object, key));
    }

    // "GPUs[0].Weights[3]".
    QString pathText() const;

    // What a value is, for "expected ..., got %1". JSON's own literals and
    // numbers stay as JSON writes them.
    //: What a JSON value is, after "got".
    //: What a JSON value is, after "got".
    //: What a JSON value is, after "got".
    //: What a JSON value is, after "got".
    //: What a JSON value is, after "got": the field is missing.
    static QString describe(const QJsonValue &value);

    // RFC 3339 as Go writes a time.Time: up to nine fractional digits
    // (QDateTime keeps milliseconds) and a zone.
    QDateTime time(const QJsonValue &value) const;

    // The top level must have the right shape; Go would reject the other
    // one. null is an empty list, as Go reads it into a slice.
    QJsonValue expectArray(const QJsonValue &top) const;
    QJsonValue expectObject(const QJsonValue &top) const;

    // Parses the body and runs read(reader, top) on its top-level value
    // with a fresh Reader, turning any failure into *error.
    template <typename Reader, typename Read>
    static auto read(const QByteArray &body, WireError *error, Read read)
        -> std::optional<decltype(read(std::declval<Reader &>(), QJsonValue()))>
    {
        const std::optional<QJsonValue> top = topLevel(body, error);
        if (!top)
            return std::nullopt;
        Reader reader;
        try {
            return read(reader, *top);
        } catch (const Failure &failure) {
            if (error)
                *error = failure.error;
            return std::nullopt;
        }
    }

private:
    // Thrown inside a reader only; read() catches it.
    struct Failure
    {
        WireError error;
    };

    // The body's top-level value; null for Go's "null"; nothing when it is
    // not JSON, with *error.
    static std::optional<QJsonValue> topLevel(const QByteArray &body, WireError *error);

    QVarLengthArray<Component, 8> m_path;
};

} // namespace vramscope
