#include "slogrecord.h"

#include <QString>

namespace vramscope {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendCodePoint(QByteArray *out, char32_t codePoint)
{
    // An escaped surrogate or a value past U+10FFFF is not a character:
    // Go's Unquote writes U+FFFD for it.
    if (codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        codePoint = 0xFFFD;
    out->append(QString::fromUcs4(&codePoint, 1).toUtf8());
}

// Reads a double-quoted Go string starting at text[at] == '"'. Appends the
// decoded bytes to *out and answers the index after the closing quote, or
// -1 when the string is not closed or an escape is malformed.
qsizetype readQuoted(QByteArrayView text, qsizetype at, QByteArray *out)
{
    ++at;
    while (at < text.size()) {
        const char c = text[at];
        if (c == '"')
            return at + 1;
        if (c != '\\') {
            out->append(c);
            ++at;
            continue;
        }
        if (++at >= text.size())
            return -1;
        const char escape = text[at++];
        switch (escape) {
        case 'a':
            out->append('\a');
            break;
        case 'b':
            out->append('\b');
            break;
        case 'f':
            out->append('\f');
            break;
        case 'n':
            out->append('\n');
            break;
        case 'r':
            out->append('\r');
            break;
        case 't':
            out->append('\t');
            break;
        case 'v':
            out->append('\v');
            break;
        case '\\':
        case '"':
        case '\'':
            out->append(escape);
            break;
        case 'x':
        case 'u':
        case 'U': {
            const int digits = escape == 'x' ? 2 : escape == 'u' ? 4 : 8;
            if (at + digits > text.size())
                return -1;
            char32_t value = 0;
            for (int i = 0; i < digits; ++i) {
                const int digit = hexDigit(text[at + i]);
                if (digit < 0)
                    return -1;
                value = value * 16 + char32_t(digit);
            }
            at += digits;
            // \xHH is one raw byte (Go quotes invalid UTF-8 that way).
            if (escape == 'x')
                out->append(char(value));
            else
                appendCodePoint(out, value);
            break;
        }
        default: {
            // \ooo: three octal digits, one byte.
            if (escape < '0' || escape > '7' || at + 2 > text.size())
                return -1;
            int value = escape - '0';
            for (int i = 0; i < 2; ++i) {
                const char digit = text[at + i];
                if (digit < '0' || digit > '7')
                    return -1;
                value = value * 8 + (digit - '0');
            }
            if (value > 255)
                return -1;
            at += 2;
            out->append(char(value));
        }
        }
    }
    return -1;
}

// Reads a bare or quoted token starting at text[at] and ending before
// stop (' ' for values, '=' for keys). Answers the index after it, or -1.
qsizetype readToken(QByteArrayView text, qsizetype at, char stop, QByteArray *out)
{
    if (at < text.size() && text[at] == '"')
        return readQuoted(text, at, out);
    qsizetype end = at;
    while (end < text.size() && text[end] != stop && text[end] != ' ')
        ++end;
    out->append(text.sliced(at, end - at));
    return end;
}

} // namespace

std::optional<SlogRecord> SlogRecord::parse(QByteArrayView text)
{
    if (!text.startsWith("time="))
        return std::nullopt;
    SlogRecord record;
    qsizetype at = 0;
    while (at < text.size()) {
        if (text[at] == ' ') {
            ++at;
            continue;
        }
        QByteArray key;
        at = readToken(text, at, '=', &key);
        if (at < 0 || at >= text.size() || text[at] != '=' || key.isEmpty())
            return std::nullopt;
        QByteArray value;
        at = readToken(text, at + 1, ' ', &value);
        if (at < 0 || (at < text.size() && text[at] != ' '))
            return std::nullopt;
        record.m_fields.append({std::move(key), std::move(value)});
    }
    return record;
}

std::optional<QByteArrayView> SlogRecord::peekMessage(QByteArrayView text, QByteArray &storage)
{
    // slog writes time, level and source before msg, and none of their
    // values holds a space: the first " msg=" is the field.
    const qsizetype at = text.indexOf(" msg=");
    if (at < 0)
        return std::nullopt;
    const QByteArrayView rest = text.sliced(at + 5);
    // Most messages need no decoding: a view into the line, no copy.
    if (!rest.startsWith('"')) {
        const qsizetype space = rest.indexOf(' ');
        return space < 0 ? rest : rest.first(space);
    }
    const qsizetype close = rest.indexOf('"', 1);
    const qsizetype escape = rest.indexOf('\\');
    if (close > 0 && (escape < 0 || escape > close))
        return rest.sliced(1, close - 1);
    storage.clear();
    if (readToken(text, at + 5, ' ', &storage) < 0)
        return std::nullopt;
    return QByteArrayView(storage);
}

QByteArray SlogRecord::value(QByteArrayView key) const
{
    for (const auto &[name, value] : m_fields) {
        if (name == key)
            return value;
    }
    return {};
}

} // namespace vramscope
