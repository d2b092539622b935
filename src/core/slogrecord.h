#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>
#include <utility>

namespace vramscope {

// One record of Go's log/slog text handler:
// `time=... level=INFO source=sched.go:613 msg="system memory" total="62.7 GiB"`.
// Values with spaces, '=' or '"' are double-quoted with strconv.Quote's
// escapes; they are kept decoded (UTF-8).
class SlogRecord
{
public:
    // Nothing when the text is not a well-formed record starting with "time=".
    static std::optional<SlogRecord> parse(QByteArrayView text);
    // The decoded msg value alone, without reading the other fields: the
    // parser's cheap first look at a line. A view into text, or into
    // storage when the value had escapes. Nothing when there is none.
    static std::optional<QByteArrayView> peekMessage(QByteArrayView text, QByteArray &storage);

    // The decoded value of the first field named key; empty when absent.
    QByteArray value(QByteArrayView key) const;
    QByteArray message() const { return value("msg"); }

private:
    QList<std::pair<QByteArray, QByteArray>> m_fields;
};

} // namespace vramscope
