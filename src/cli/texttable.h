#pragma once

#include <QList>
#include <QStringList>

class QTextStream;

namespace vramscope {

// A plain-text table with columns padded to their widest cell, for the
// command line's human-readable output.
class TextTable
{
public:
    enum class Align
    {
        Left,
        Right
    };

    explicit TextTable(const QStringList &headers, const QList<Align> &alignments = {});

    void addRow(const QStringList &cells);
    void print(QTextStream &out) const;

private:
    QStringList m_headers;
    QList<Align> m_alignments;
    QList<QStringList> m_rows;
};

} // namespace vramscope
