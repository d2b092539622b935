#include "splitexport.h"

#include "devicelist.h"
#include "layerassignmentmodel.h"

namespace vramscope {

QString SplitExport::text(const LayerAssignmentModel &model)
{
    return model.gpuLayers().toString();
}

QString SplitExport::numGpu(const LayerAssignmentModel &model)
{
    return QString::number(model.split().gpuLayerCount());
}

QStringList SplitExport::environment(const LayerAssignmentModel &model)
{
    // The devices the split uses, in the list's order.
    QList<DeviceInfo> used;
    for (int device : model.split().order()) {
        if (!model.split().layersOn(device).isEmpty())
            used.append(model.devices().value(device));
    }
    const QMap<QString, QString> variables = DeviceList::visibleDevicesEnv(used);
    QStringList lines;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        lines.append(it.key() + u'=' + it.value());
    return lines;
}

} // namespace vramscope
