#include "devicetableproxy.h"

#include "devicelist.h"
#include "devicetablemodel.h"
#include "units.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace vramscope {

namespace {

bool isByteColumn(int column)
{
    switch (column) {
    case DeviceTableModel::Total:
    case DeviceTableModel::Used:
    case DeviceTableModel::Free:
    case DeviceTableModel::MinimumReserve:
    case DeviceTableModel::ModelWeights:
    case DeviceTableModel::KvCache:
    case DeviceTableModel::ComputeGraph:
    case DeviceTableModel::OtherUsed:
        return true;
    default:
        return false;
    }
}

bool isFlagColumn(int column)
{
    return column == DeviceTableModel::Integrated || column == DeviceTableModel::FlashAttention;
}

} // namespace

DeviceTableProxy::DeviceTableProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void DeviceTableProxy::sortLikeOllama()
{
    sort(DeviceTableModel::Free, Qt::DescendingOrder);
}

QVariant DeviceTableProxy::data(const QModelIndex &index, int role) const
{
    // Views ask for several roles per cell (font, colours, decoration...):
    // the raw value is fetched only for the roles made from it.
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant raw = QSortFilterProxyModel::data(index, Qt::DisplayRole);
        if (isByteColumn(column))
            return raw.isValid() ? Units::humanBytes2(raw.toULongLong()) : QString();
        if (isFlagColumn(column))
            return raw.toBool() ? tr("yes") : tr("no");
        if (column == DeviceTableModel::Source) {
            QString label = raw.toString();
            if (index.data(DeviceTableModel::SimulatedRole).toBool())
                label += u' ' + tr("(simulated)");
            if (index.data(DeviceTableModel::RemoteRole).toBool())
                label += u' ' + tr("(remote)");
            return label;
        }
        if (column == DeviceTableModel::Name) {
            const QStringList others = index.data(DeviceTableModel::AlsoSeenRole).toStringList();
            return others.isEmpty()
                       ? raw
                       : QVariant(raw.toString() + u" +" + QString::number(others.size()));
        }
        return raw;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (isByteColumn(column)) {
            const QVariant raw = QSortFilterProxyModel::data(index, Qt::DisplayRole);
            if (raw.isValid())
                lines.append(tr("%1 bytes").arg(QLocale().toString(raw.toULongLong())));
        }
        if (column == DeviceTableModel::MinimumReserve)
            lines.append(tr("VRAM ollama sets aside on this GPU for the runtime itself"));
        if (column == DeviceTableModel::OtherUsed)
            lines.append(tr("Used memory that is not this model's weights, KV cache or graph"));
        const QStringList others = index.data(DeviceTableModel::AlsoSeenRole).toStringList();
        if (!others.isEmpty())
            lines.append(
                tr("The same GPU is also reported as: %1").arg(others.join(QStringLiteral("; "))));
        if (index.data(DeviceTableModel::StaleRole).toBool())
            lines.append(
                tr("Stale: the last poll of this endpoint failed; these are its last good values"));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Qt::ForegroundRole:
        if (index.data(DeviceTableModel::StaleRole).toBool())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (isByteColumn(column))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return QSortFilterProxyModel::data(index, role);
    }
}

bool DeviceTableProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    auto *model = qobject_cast<const DeviceTableModel *>(sourceModel());
    if (left.column() == DeviceTableModel::Free && model) {
        // ollama's ByFreeMemory: integrated first, then by free memory.
        const DeviceInfo &a = model->device(left.row());
        const DeviceInfo &b = model->device(right.row());
        const bool aFirst = DeviceList::lessByFreeMemory(a, b);
        if (aFirst != DeviceList::lessByFreeMemory(b, a))
            return aFirst;
        // Equal in ollama's eyes: keep the order of arrival, as its stable sort
        // does (reversed here because the default order is descending).
        return left.row() > right.row();
    }
    const QVariant a = left.data(Qt::DisplayRole);
    const QVariant b = right.data(Qt::DisplayRole);
    if (isByteColumn(left.column()))
        return a.toULongLong() < b.toULongLong();
    if (isFlagColumn(left.column()))
        return a.toBool() < b.toBool();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

} // namespace vramscope
