#include "gpuoccupancy.h"

namespace vramscope {

void GpuOccupancy::setModels(const QHash<QString, QList<ModelPart>> &byGpu)
{
    if (byGpu == m_models)
        return;
    m_models = byGpu;
    emit changed();
}

void GpuOccupancy::setOtherProcesses(const QHash<QString, quint64> &byGpu)
{
    if (byGpu == m_otherProcesses)
        return;
    m_otherProcesses = byGpu;
    emit changed();
}

std::optional<quint64> GpuOccupancy::otherProcesses(const QString &gpu) const
{
    const auto found = m_otherProcesses.constFind(gpu);
    if (found == m_otherProcesses.cend())
        return std::nullopt;
    return *found;
}

} // namespace vramscope
