#include "assignlayerscommand.h"

#include "layerassignmentmodel.h"

namespace vramscope {

AssignLayersCommand::AssignLayersCommand(LayerAssignmentModel *model, const QList<int> &layers,
                                         int device, const QString &text)
    : QUndoCommand(text), m_model(model), m_before(model->split()), m_after(model->split())
{
    m_after.assign(layers, device);
}

void AssignLayersCommand::undo()
{
    m_model->applySplit(m_before);
}

void AssignLayersCommand::redo()
{
    m_model->applySplit(m_after);
}

} // namespace vramscope
