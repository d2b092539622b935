#include "texttable.h"

#include <QTextStream>

namespace vramscope {

TextTable::TextTable(const QStringList &headers, const QList<Align> &alignments)
    : m_headers(headers), m_alignments(alignments)
{
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

void TextTable::print(QTextStream &out) const
{
    QList<qsizetype> widths(m_headers.size(), 0);
    auto measure = [&widths](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], cells[i].size());
    };
    measure(m_headers);
    for (const QStringList &row : m_rows)
        measure(row);

    for (const QStringList &row : QList<QStringList>{m_headers} + m_rows) {
        QString line;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = row.value(i);
            const bool right = m_alignments.value(i, Align::Left) == Align::Right;
            if (i > 0)
                line += QStringLiteral("  ");
            line += right ? cell.rightJustified(widths[i]) : cell.leftJustified(widths[i]);
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << '\n';
    }
}

} // namespace vramscope
