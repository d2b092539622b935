#pragma once

#include <QSortFilterProxyModel>

namespace vramscope {

// The device table as people read it: sizes in ollama's binary units,
// yes/no flags, stale rows greyed, exact numbers and the reasons in
// tooltips. Sorts by raw values; the default order is ollama's own
// (discrete before integrated, most free memory first).
class DeviceTableProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DeviceTableProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Back to ollama's order.
    void sortLikeOllama();

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace vramscope
