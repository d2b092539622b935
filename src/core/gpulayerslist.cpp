#include "gpulayerslist.h"

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
            declared = number(u"the layer count");
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
            return fail(m_startOfList, QStringLiteral("missing the layer count in front of '['"));
        if (declared && *declared != total)
            return fail(m_startOfList, u"the count says " + QString::number(*declared) +
                                           u" layers but the groups hold " +
                                           QString::number(total));
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
            fail(m_pos, QStringLiteral("expected ' Layers:' after the device id"));
            return result;
        }
        result.deviceId.id = m_text.mid(m_pos, idEnd - m_pos);
        m_pos = idEnd + 8;
        const int count = number(u"the group's layer count");
        // The bound is on the whole list: many groups of a few bytes each
        // could otherwise describe billions of layers.
        if (m_error.isEmpty() && count > MaxLayers - m_layers)
            fail(groupStart, u"more than " + QString::number(MaxLayers) + u" layers in the list");
        if (!m_error.isEmpty())
            return result;
        m_layers += count;
        if (peek(u"(")) {
            ++m_pos;
            const int first = number(u"the first layer");
            expect(u"..");
            const int last = number(u"the last layer");
            expect(u")");
            if (!m_error.isEmpty())
                return result;
            if (last < first || qint64(last) - first + 1 != count) {
                fail(groupStart, u"the range (" + QString::number(first) + u".." +
                                     QString::number(last) + u") does not hold " +
                                     QString::number(count) + u" layers");
                return result;
            }
            for (qint64 layer = first; layer <= last; ++layer)
                result.layers.append(int(layer));
        } else {
            expect(u"[");
            while (m_error.isEmpty() && result.layers.size() <= MaxLayers) {
                result.layers.append(number(u"a layer number"));
                if (peek(u" ")) {
                    ++m_pos;
                    continue;
                }
                expect(u"]");
                break;
            }
            if (m_error.isEmpty() && result.layers.size() != count)
                fail(groupStart, u"the group says " + QString::number(count) +
                                     u" layers but lists " + QString::number(result.layers.size()));
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
                    fail(m_startOfList, u"layer " + QString::number(layer) + u" is assigned twice");
                    return false;
                }
                seen.insert(layer);
            }
        }
        return true;
    }

    int number(QStringView what)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos].isDigit() && m_text[m_pos].unicode() < 128)
            ++m_pos;
        if (start == m_pos) {
            fail(start, u"expected " + what.toString() + u" (a number)");
            return 0;
        }
        bool ok = false;
        const int value = m_text.mid(start, m_pos - start).toInt(&ok);
        if (!ok)
            fail(start, what.toString() + u" is too large");
        return value;
    }

    bool peek(QStringView token) const { return QStringView(m_text).mid(m_pos).startsWith(token); }

    void expect(QStringView token)
    {
        if (!m_error.isEmpty())
            return;
        if (!peek(token)) {
            fail(m_pos, u"expected '" + token.toString() + u"'");
            return;
        }
        m_pos += token.size();
    }

    std::nullopt_t fail(qsizetype at, const QString &message)
    {
        if (m_error.isEmpty()) {
            const QString found =
                at < m_text.size() ? u"'" + m_text.mid(at, 12) + u"'" : QStringLiteral("the end");
            m_error = u"column " + QString::number(at + 1) + u": " + message + u", found " + found;
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
                *error =
                    u"column " + QString::number(end + 1) + u": unexpected text after the list";
            return std::nullopt;
        }
    }
    if (!list && error)
        *error = parser.error();
    return list;
}

} // namespace vramscope
