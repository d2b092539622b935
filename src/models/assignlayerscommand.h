#pragma once

#include "layersplit.h"

#include <QUndoCommand>

namespace vramscope {

class LayerAssignmentModel;

// Puts a set of layers on one device or the CPU (strip, keys, menu, drop).
class AssignLayersCommand : public QUndoCommand
{
public:
    AssignLayersCommand(LayerAssignmentModel *model, const QList<int> &layers, int device,
                        const QString &text);

    void undo() override;
    void redo() override;

private:
    LayerAssignmentModel *m_model;
    LayerSplit m_before;
    LayerSplit m_after;
};

} // namespace vramscope
