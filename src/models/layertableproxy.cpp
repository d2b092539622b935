#include "layertableproxy.h"

#include "layerassignmentmodel.h"
#include "units.h"

#include <QLocale>

namespace vramscope {

namespace {

bool isBytes(int column)
{
    return column == LayerAssignmentModel::WeightsColumn ||
           column == LayerAssignmentModel::CacheColumn ||
           column == LayerAssignmentModel::SizeColumn;
}

} // namespace

QVariant LayerTableProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !isBytes(index.column()))
        return QIdentityProxyModel::data(index, role);
    const quint64 bytes = QIdentityProxyModel::data(index, Qt::DisplayRole).toULongLong();
    switch (role) {
    case Qt::DisplayRole:
        return Units::humanBytes2(bytes);
    case Qt::ToolTipRole:
        return tr("%1 bytes").arg(QLocale().toString(bytes));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

} // namespace vramscope
