#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace vramscope {

// A table whose rows have a stable key (Row::key, a QString) and compare
// with ==. mergeRows() turns the rows into the desired ones without a
// reset, so that selection and scroll survive polling: rows that are gone
// are removed (one call per contiguous span), rows that changed get one
// ranged dataChanged per span, new rows are appended. The order of rows
// that stay is kept; a proxy decides the order users see.
template <typename Row> class KeyedTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    explicit KeyedTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void mergeRows(const QList<Row> &desired)
    {
        QHash<QString, qsizetype> wanted;
        for (qsizetype i = 0; i < desired.size(); ++i)
            wanted.insert(desired[i].key, i);

        for (int row = int(m_rows.size()) - 1; row >= 0;) {
            if (wanted.contains(m_rows[row].key)) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !wanted.contains(m_rows[first - 1].key))
                --first;
            this->beginRemoveRows({}, first, row);
            m_rows.remove(first, row - first + 1);
            this->endRemoveRows();
            row = first - 1;
        }

        const int lastColumn = this->columnCount() - 1;
        QSet<QString> present;
        for (int row = 0; row < m_rows.size();) {
            present.insert(m_rows[row].key);
            const Row &target = desired[wanted.value(m_rows[row].key)];
            if (m_rows[row] == target) {
                ++row;
                continue;
            }
            int last = row;
            m_rows[row] = target;
            while (last + 1 < m_rows.size()) {
                const Row &next = desired[wanted.value(m_rows[last + 1].key)];
                if (m_rows[last + 1] == next)
                    break;
                m_rows[++last] = next;
                present.insert(next.key);
            }
            emit this->dataChanged(this->index(row, 0), this->index(last, lastColumn));
            row = last + 1;
        }

        QList<Row> added;
        for (const Row &row : desired) {
            if (!present.contains(row.key))
                added.append(row);
        }
        if (!added.isEmpty()) {
            this->beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
            m_rows.append(added);
            this->endInsertRows();
        }
    }

    QList<Row> m_rows;
};

} // namespace vramscope
