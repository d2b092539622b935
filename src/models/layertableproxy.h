#pragma once

#include <QIdentityProxyModel>

namespace vramscope {

// The layer assignment as the editor's "Layers" table shows it: sizes in
// ollama's units (exact bytes in the tooltip), numbers right-aligned. The
// device column stays editable with the holder's index (-1: the CPU).
class LayerTableProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace vramscope
