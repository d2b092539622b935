#include "bytecolumnsproxy.h"

#include "units.h"

#include <QLocale>

namespace vramscope {

ByteColumnsProxy::ByteColumnsProxy(const QList<int> &byteColumns, QObject *parent)
    : QIdentityProxyModel(parent), m_byteColumns(byteColumns)
{
}

QVariant ByteColumnsProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_byteColumns.contains(index.column()))
        return QIdentityProxyModel::data(index, role);
    const QVariant raw = QIdentityProxyModel::data(index, Qt::DisplayRole);
    // A cell with text of its own (nothing to count there) reads as it is.
    if (raw.typeId() == QMetaType::QString)
        return QIdentityProxyModel::data(index, role);
    switch (role) {
    case Qt::DisplayRole:
        return raw.isValid() ? Units::humanBytes2(raw.toULongLong()) : tr("unknown");
    case Qt::ToolTipRole: {
        const QVariant own = QIdentityProxyModel::data(index, role);
        if (own.isValid())
            return own;
        return raw.isValid() ? tr("%1 bytes").arg(QLocale().toString(raw.toULongLong()))
                             : tr("the driver does not say");
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

} // namespace vramscope
