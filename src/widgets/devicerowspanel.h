#pragma once

#include "deviceid.h"

#include <QWidget>

class QVBoxLayout;

namespace vramscope {

class DeviceSplitRow;
class LayerAssignmentModel;

// The layer editor's rows: one per device and one for the CPU, each with
// its layers as editable ranges, its part in ollama's notation and its fit
// bar against the room ollama leaves. Rebuilt when the devices change,
// updated in place otherwise.
class DeviceRowsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DeviceRowsPanel(QWidget *parent = nullptr);

    void setModel(LayerAssignmentModel *model);
    // Brings every row up to date with the model (and rebuilds them when
    // the devices are others).
    void refresh();
    // The ranges fields, in device order: for the editor's tab order.
    QList<QWidget *> focusChain() const;

signals:
    // The user dropped layers on a row.
    void assignRequested(const QList<int> &layers, int device);
    // The rows were made anew (other devices).
    void rowsRebuilt();

private:
    void rebuild();
    void updateRow(DeviceSplitRow *row);
    void updateCpuRow();
    void onRangesEdited(int device, const QString &ranges);

    LayerAssignmentModel *m_model = nullptr;
    QVBoxLayout *m_layout;
    QList<DeviceSplitRow *> m_rows;
    DeviceSplitRow *m_cpuRow = nullptr;
    QList<DeviceId> m_rowIds; // the devices the rows were made for
};

} // namespace vramscope
