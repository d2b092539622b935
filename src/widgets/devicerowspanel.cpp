#include "devicerowspanel.h"

#include "devicecolors.h"
#include "devicesplitrow.h"
#include "layerassignmentmodel.h"
#include "layerranges.h"
#include "units.h"

#include <QLineEdit>
#include <QVBoxLayout>

namespace vramscope {

namespace {

QString bytes(quint64 value)
{
    return Units::humanBytes2(value);
}

} // namespace

DeviceRowsPanel::DeviceRowsPanel(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
}

void DeviceRowsPanel::setModel(LayerAssignmentModel *model)
{
    m_model = model;
    refresh();
}

void DeviceRowsPanel::refresh()
{
    if (!m_model)
        return;
    QList<DeviceId> ids;
    for (const DeviceInfo &device : m_model->devices())
        ids.append(device.deviceId);
    if (ids != m_rowIds || !m_cpuRow)
        rebuild();
    for (DeviceSplitRow *row : std::as_const(m_rows))
        updateRow(row);
    updateCpuRow();
}

QList<QWidget *> DeviceRowsPanel::focusChain() const
{
    QList<QWidget *> chain;
    for (DeviceSplitRow *row : m_rows)
        chain.append(row->rangesEdit());
    return chain;
}

void DeviceRowsPanel::rebuild()
{
    qDeleteAll(m_rows);
    m_rows.clear();
    delete m_cpuRow;
    m_rowIds.clear();
    // Remove the stretch from the last build.
    while (m_layout->count() > 0)
        delete m_layout->takeAt(0);
    const QList<DeviceInfo> &devices = m_model->devices();
    const auto dropped = [this](int target, const QList<int> &layers) {
        emit assignRequested(layers, target);
    };
    for (int device = 0; device < devices.size(); ++device) {
        auto *row = new DeviceSplitRow(device, this);
        row->setObjectName(u"deviceRow" + QString::number(device));
        const DeviceInfo &info = devices[device];
        QString title = QString::number(device) + u" \u00b7 " + m_model->deviceName(device);
        if (!info.description.isEmpty())
            title += u" \u2014 " + info.description;
        row->setTitle(title, tr("ID %1, library %2, PCI %3\ntotal %4, free %5")
                                 .arg(info.deviceId.id, info.deviceId.library,
                                      info.pciId.isEmpty() ? tr("unknown") : info.pciId,
                                      bytes(info.totalMemory), bytes(info.freeMemory)));
        connect(row, &DeviceSplitRow::rangesEdited, this, &DeviceRowsPanel::onRangesEdited);
        connect(row, &DeviceSplitRow::layersDropped, this, dropped);
        m_layout->addWidget(row);
        m_rows.append(row);
        m_rowIds.append(info.deviceId);
    }
    m_cpuRow = new DeviceSplitRow(LayerSplit::Cpu, this);
    m_cpuRow->setObjectName(QStringLiteral("cpuRow"));
    m_cpuRow->setTitle(tr("CPU \u2014 system memory"),
                       tr("Layers no GPU holds run on the CPU from system memory, with the input "
                          "weights and the CPU's graph"));
    connect(m_cpuRow, &DeviceSplitRow::layersDropped, this, dropped);
    m_layout->addWidget(m_cpuRow);
    m_layout->addStretch(1);
    emit rowsRebuilt();
}

void DeviceRowsPanel::updateRow(DeviceSplitRow *row)
{
    const int device = row->device();
    const SplitFit::Device &fit = m_model->fit().devices.value(device);
    const GpuLayers group{fit.device.deviceId, fit.layers};
    row->setLayers(LayerRanges::format(fit.layers),
                   fit.layers.isEmpty() ? tr("no layers") : group.toString());
    const QList<FitBar::Part> parts{
        {tr("weights"), fit.weights, DeviceColors::color(device)},
        {tr("KV cache"), fit.cache, DeviceColors::cacheColor(device)},
        {tr("compute graph"), fit.graph, DeviceColors::graphColor(device)},
    };
    QString tip = tr("Needs: weights %1 + KV cache %2 + graph %3 = %4\n"
                     "Room: free %5 \u2212 backoff %6 \u2212 minimum %7 \u2212 overhead %8 = %9")
                      .arg(bytes(fit.weights), bytes(fit.cache), bytes(fit.graph),
                           bytes(fit.need()), bytes(fit.freeMemory), bytes(fit.backoffReserve),
                           bytes(fit.minimumMemory), bytes(fit.overhead), bytes(fit.room));
    if (!fit.fits())
        tip += u'\n' + tr("Short by %1").arg(bytes(fit.shortfall()));
    if (!fit.reportedByRunner && m_model->memory())
        tip += u'\n' + tr("The memory report has no entry for this GPU: its graph is unknown, "
                          "and ollama's own planner would put nothing here.");
    row->setFit(parts, fit.room, 0, tip);
}

void DeviceRowsPanel::updateCpuRow()
{
    const SplitFit::Cpu &cpu = m_model->fit().cpu;
    m_cpuRow->setLayers(LayerRanges::format(cpu.layers), QString());
    const int id = LayerSplit::Cpu;
    const QList<FitBar::Part> parts{
        {tr("input weights"), cpu.inputWeights, DeviceColors::graphColor(id).lighter(115)},
        {tr("weights"), cpu.weights, DeviceColors::color(id)},
        {tr("KV cache"), cpu.cache, DeviceColors::cacheColor(id)},
        {tr("compute graph"), cpu.graph, DeviceColors::graphColor(id)},
    };
    const QString tip = tr("Needs: input weights %1 + weights %2 + KV cache %3 + graph %4 = %5\n"
                           "System memory: %6 free of %7, swap %8 free")
                            .arg(bytes(cpu.inputWeights), bytes(cpu.weights), bytes(cpu.cache),
                                 bytes(cpu.graph), bytes(cpu.need()), bytes(cpu.systemFree),
                                 bytes(cpu.systemTotal), bytes(cpu.systemSwap));
    m_cpuRow->setFit(parts, cpu.systemFree, cpu.systemSwap, tip);
    m_cpuRow->setError(cpu.refusal.isEmpty()
                           ? QString()
                           : tr("ollama would refuse to load: \u201c%1\u201d").arg(cpu.refusal));
}

void DeviceRowsPanel::onRangesEdited(int device, const QString &ranges)
{
    DeviceSplitRow *row = m_rows.value(device);
    QString error;
    if (!m_model->setDeviceLayers(device, ranges, &error)) {
        if (row)
            row->setError(error);
        return;
    }
    if (row) {
        row->setError(QString());
        updateRow(row);
    }
}

} // namespace vramscope
