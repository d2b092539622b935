#pragma once

#include <QIdentityProxyModel>

namespace vramscope {

// A table whose byte-count columns read as people read them: ollama's units
// in the cell ("240.0 MiB"), the exact bytes in the tooltip, right-aligned;
// an unknown count (an invalid value) reads "unknown"; a cell whose source
// gives text instead of a count, or a tooltip of its own, keeps it. Every
// other column and role passes through, edits included.
class ByteColumnsProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit ByteColumnsProxy(const QList<int> &byteColumns, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<int> m_byteColumns;
};

} // namespace vramscope
