#include "replacesplitcommand.h"

#include "layerassignmentmodel.h"

namespace vramscope {

ReplaceSplitCommand::ReplaceSplitCommand(LayerAssignmentModel *model, const LayerSplit &after,
                                         const QString &text)
    : QUndoCommand(text), m_model(model), m_before(model->split()), m_after(after)
{
}

void ReplaceSplitCommand::undo()
{
    m_model->applySplit(m_before);
}

void ReplaceSplitCommand::redo()
{
    m_model->applySplit(m_after);
}

} // namespace vramscope
