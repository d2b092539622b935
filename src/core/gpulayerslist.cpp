#include "gpulayerslist.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <QtEndian>

#include <algorithm>

namespace vramscope {

QString GpuLayersList::toString() const
{
    QStringList parts;
    for (const GpuLayers &group : groups)
        parts.append(group.toString());
    const QString body = u'[' + parts.join(u' ') + u']';
    const int total = sum();
    return total > 0 ? QString::number(total) + body : body;
}

int GpuLayersList::sum() const
{
    int total = 0;
    for (const GpuLayers &group : groups)
        total += int(group.layers.size());
    return total;
}

quint64 GpuLayersList::hash() const
{
    quint64 hash = 0xcbf29ce484222325ULL; // FNV-1a 64 offset basis
    auto feed = [&hash](const char *bytes, qsizetype size) {
        for (qsizetype i = 0; i < size; ++i) {
            hash ^= quint8(bytes[i]);
            hash *= 0x100000001b3ULL; // FNV-1a 64 prime
        }
    };
    for (const GpuLayers &group : groups) {
        if (group.layers.isEmpty())
            continue;
        const QByteArray name = (group.deviceId.id + group.deviceId.library).toUtf8();
        feed(name.constData(), name.size());
        for (int layer : group.layers) {
            const qint64 little = qToLittleEndian(qint64(layer));
            feed(reinterpret_cast<const char *>(&little), sizeof little);
        }
    }
    return hash;
}

QString GpuLayersList::hashHex() const
{
    return QStringLiteral("%1").arg(hash(), 16, 16, QLatin1Char('0'));
}

namespace {

// The numbers of the notation, each named in its own messages so that a
// translator sees whole sentences.
enum class Number
{
    LayerCount,
    GroupLayerCount,
    FirstLayer,
    LastLayer,
    Layer,
};

QString missingNumberMessage(Number number)
{
    switch (number) {
    case Number::LayerCount:
        return QCoreApplication::translate("vramscope::GpuLayersList",
                                           "expected the layer count (a number)");
    case Number::GroupLayerCount:
        return QCoreApplication::translate("vramscope::GpuLayersList",
                                           "expected the group's layer count (a number)");
    case Number::FirstLayer:
        return QCoreApplication::translate("vramscope::GpuLayersList",
                                           "expected the first layer (a number)");
    case Number::LastLayer:
        return QCoreApplication::translate("vramscope::GpuLayersList",
                                           "expected the last layer (a number)");
    case Number::Layer:
        return QCoreApplication::translate("vramscope::GpuLayersList",
                                           "expected a layer number (a number)");
    }
    return QString();
}

QString tooLargeMessage(Number number)
{
    switch (number) {
    case Number::LayerCount:
        return QCoreApplication::translate("vramscope::GpuLayersList",
                                           "the layer count is too large");
    case Number::GroupLayerCount:
        return QCoreApplication::translate("vramscope::GpuLayersList",
                                           "the group's layer count is too large");
    case Number::FirstLayer:
        return QCoreApplication::translate("vramscope::GpuLayersList",
                                           "the first layer is too large");
    case Number::LastLayer:
        return QCoreApplication::translate("vramscope::GpuLayersList",
                                           "the last layer is too large");
    case Number::Layer:
        return QCoreApplication::translate("vramscope::GpuLayersList",
                                           "a layer number is too large");
    }
    return QString();
}

// Reads ollama's notation left to right; the first problem ends the parse.
class NotationParser
{
public:
    static constexpr int MaxLayers = GpuLayersList::MaxLayers;

    NotationParser(const QString &text, qsizetype start) : m_text(text), m_pos(start) {}

    std::optional<GpuLayersList> parseList()
    {
        std::optional<int> declared;
        if (m_pos < m_text.size() && m_text[m_pos].isDigit())
            declared = number(Number::LayerCount);
        expect(u"[");
        GpuLayersList list;
        if (!m_error.isEmpty())
            return std::nullopt;
        if (peek(u"]")) {
            ++m_pos;
        } else {
            // Groups are separated by single spaces; an empty group is an
            // empty string between two separators.
            while (m_error.isEmpty()) {
                list.groups.append(peek(u"ID:") ? group() : GpuLayers());
                if (peek(u" ")) {
                    ++m_pos;
                    continue;
                }
                expect(u"]");
                break;
            }
        }
        if (!m_error.isEmpty())
            return std::nullopt;
        const int total = list.sum();
        if (total > 0 && !declared)
            return fail(m_startOfList,
                        QCoreApplication::translate("vramscope::GpuLayersList",
                                                    "missing the layer count in front of '['"));
        if (declared && *declared != total)
            return fail(
                m_startOfList,
                QCoreApplication::translate("vramscope::GpuLayersList",
                                            "the count says %1 layers but the groups hold %2")
                    .arg(QString::number(*declared), QString::number(total)));
        if (!checkEachLayerOnce(list))
            return std::nullopt;
        return list;
    }

    qsizetype position() const { return m_pos; }
    QString error() const { return m_error; }

private:
    GpuLayers group()
    {
        GpuLayers result;
        const qsizetype groupStart = m_pos;
        m_pos += 3; // "ID:"
        const qsizetype idEnd = m_text.indexOf(u" Layers:", m_pos);
        if (idEnd < 0) {
            fail(m_pos, QCoreApplication::translate("vramscope::GpuLayersList",
                                                    "expected ' Layers:' after the device id"));
            return result;
        }
        result.deviceId.id = m_text.mid(m_pos, idEnd - m_pos);
        m_pos = idEnd + 8;
        const int count = number(Number::GroupLayerCount);
        // The bound is on the whole list: many groups of a few bytes each
        // could otherwise describe billions of layers.
        if (m_error.isEmpty() && count > MaxLayers - m_layers)
            fail(groupStart, QCoreApplication::translate("vramscope::GpuLayersList",
                                                         "more than %1 layers in the list")
                                 .arg(MaxLayers));
        if (!m_error.isEmpty())
            return result;
        m_layers += count;
        if (peek(u"(")) {
            ++m_pos;
            const int first = number(Number::FirstLayer);
            expect(u"..");
            const int last = number(Number::LastLayer);
            expect(u")");
            if (!m_error.isEmpty())
                return result;
            if (last < first || qint64(last) - first + 1 != count) {
                fail(groupStart,
                     QCoreApplication::translate("vramscope::GpuLayersList",
                                                 "the range (%1..%2) does not hold %3 layers")
                         .arg(QString::number(first), QString::number(last),
                              QString::number(count)));
                return result;
            }
            for (qint64 layer = first; layer <= last; ++layer)
                result.layers.append(int(layer));
        } else {
            expect(u"[");
            while (m_error.isEmpty() && result.layers.size() <= MaxLayers) {
                result.layers.append(number(Number::Layer));
                if (peek(u" ")) {
                    ++m_pos;
                    continue;
                }
                expect(u"]");
                break;
            }
            if (m_error.isEmpty() && result.layers.size() != count)
                fail(groupStart,
                     QCoreApplication::translate("vramscope::GpuLayersList",
                                                 "the group says %1 layers but lists %2")
                         .arg(QString::number(count), QString::number(result.layers.size())));
            // toString() prints a group sorted: keep the order it reads back in.
            std::sort(result.layers.begin(), result.layers.end());
        }
        return result;
    }

    bool checkEachLayerOnce(const GpuLayersList &list)
    {
        QSet<int> seen;
        for (const GpuLayers &group : list.groups) {
            for (int layer : group.layers) {
                if (seen.contains(layer)) {
                    fail(m_startOfList, QCoreApplication::translate("vramscope::GpuLayersList",
                                                                    "layer %1 is assigned twice")
                                            .arg(layer));
                    return false;
                }
                seen.insert(layer);
            }
        }
        return true;
    }

    int number(Number what)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos].isDigit() && m_text[m_pos].unicode() < 128)
            ++m_pos;
        if (start == m_pos) {
            fail(start, missingNumberMessage(what));
            return 0;
        }
        bool ok = false;
        const int value = m_text.mid(start, m_pos - start).toInt(&ok);
        if (!ok)
            fail(start, tooLargeMessage(what));
        return value;
    }

    bool peek(QStringView token) const { return QStringView(m_text).mid(m_pos).startsWith(token); }

    void expect(QStringView token)
    {
        if (!m_error.isEmpty())
            return;
        if (!peek(token)) {
            fail(m_pos, QCoreApplication::translate("vramscope::GpuLayersList", "expected '%1'")
                            .arg(token));
            return;
        }
        m_pos += token.size();
    }

    std::nullopt_t fail(qsizetype at, const QString &message)
    {
        if (m_error.isEmpty()) {
            //: The column is counted from 1; what follows "found" is quoted from the text.
            m_error = at < m_text.size()
                          ? QCoreApplication::translate("vramscope::GpuLayersList",
                                                        "column %1: %2, found '%3'")
                                .arg(QString::number(at + 1), message, m_text.mid(at, 12))
                          : QCoreApplication::translate("vramscope::GpuLayersList",
                                                        "column %1: %2, found the end")
                                .arg(QString::number(at + 1), message);
        }
        return std::nullopt;
    }

    const QString &m_text;
    qsizetype m_pos;
    qsizetype m_startOfList = m_pos;
    int m_layers = 0; // layer counts of the groups read so far
    QString m_error;
};

} // namespace

std::optional<GpuLayersList> GpuLayersList::fromString(const QString &text, QString *error)
{
    qsizetype start = 0;
    while (start < text.size() && text[start].isSpace())
        ++start;
    // Text that starts as the notation is the notation, even when an id in it
    // holds the marker. Otherwise a log line carries the list as
    // "GPULayers:<list>" followed by more fields.
    const bool bare = start < text.size() && (text[start] == u'[' || text[start].isDigit());
    const QString marker = QStringLiteral("GPULayers:");
    const qsizetype markerAt = bare ? -1 : text.indexOf(marker);
    const bool fromLogLine = markerAt >= 0;
    if (fromLogLine)
        start = markerAt + marker.size();

    NotationParser parser(text, start);
    std::optional<GpuLayersList> list = parser.parseList();
    if (list && !fromLogLine) {
        qsizetype end = parser.position();
        while (end < text.size() && text[end].isSpace())
            ++end;
        if (end < text.size()) {
            if (error)
                *error = QCoreApplication::translate("vramscope::GpuLayersList",
                                                     "column %1: unexpected text after the list")
                             .arg(end + 1);
            return std::nullopt;
        }
    }
    if (!list && error)
        *error = parser.error();
    return list;
}

} // namespace vramscope
