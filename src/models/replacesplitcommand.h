#pragma once

#include "layersplit.h"

#include <QUndoCommand>

namespace vramscope {

class LayerAssignmentModel;

// Replaces the whole split: a device's typed ranges, a pasted list, the
// planner's split, a new layer count.
class ReplaceSplitCommand : public QUndoCommand
{
public:
    ReplaceSplitCommand(LayerAssignmentModel *model, const LayerSplit &after, const QString &text);

    void undo() override;
    void redo() override;

private:
    LayerAssignmentModel *m_model;
    LayerSplit m_before;
    LayerSplit m_after;
};

} // namespace vramscope
