#include "backendmemory.h"

#include <QStringList>

namespace vramscope {

namespace {

QString goList(const QList<quint64> &values)
{
    QStringList parts;
    for (quint64 value : values)
        parts.append(QString::number(value));
    return u'[' + parts.join(u' ') + u']';
}

QString goString(const DeviceMemory &memory)
{
    return u"{DeviceID:{ID:" + memory.deviceId.id + u" Library:" + memory.deviceId.library +
           u"} Name:" + memory.name + u" Weights:" + goList(memory.weights) + u" Cache:" +
           goList(memory.cache) + u" Graph:" + QString::number(memory.graph) + u'}';
}

} // namespace

QList<BackendMemory::SummaryLine> BackendMemory::summary() const
{
    QList<SummaryLine> lines;
    quint64 total = 0;
    auto add = [&](const QString &what, const QString &device, quint64 bytes) {
        if (bytes == 0)
            return;
        lines.append({what, device, bytes});
        total += bytes;
    };
    const QString weightsLabel = QStringLiteral("model weights");
    const QString cacheLabel = QStringLiteral("kv cache");
    const QString graphLabel = QStringLiteral("compute graph");
    for (const DeviceMemory &gpu : gpus)
        add(weightsLabel, gpu.name, gpu.weightsTotal());
    add(weightsLabel, cpu.name, inputWeights + cpu.weightsTotal());
    for (const DeviceMemory &gpu : gpus)
        add(cacheLabel, gpu.name, gpu.cacheTotal());
    add(cacheLabel, cpu.name, cpu.cacheTotal());
    for (const DeviceMemory &gpu : gpus)
        add(graphLabel, gpu.name, gpu.graph);
    add(graphLabel, cpu.name, cpu.graph);
    if (total > 0)
        lines.append({QStringLiteral("total memory"), QString(), total});
    return lines;
}

QString BackendMemory::goString() const
{
    QStringList gpuParts;
    for (const DeviceMemory &gpu : gpus)
        gpuParts.append(vramscope::goString(gpu));
    return u"{InputWeights:" + QString::number(inputWeights) + u" CPU:" + vramscope::goString(cpu) +
           u" GPUs:[" + gpuParts.join(u' ') + u"]}";
}

const DeviceMemory *BackendMemory::gpu(const DeviceId &id) const
{
    for (const DeviceMemory &entry : gpus) {
        if (entry.deviceId == id)
            return &entry;
    }
    return nullptr;
}

} // namespace vramscope
