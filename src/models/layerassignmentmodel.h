#pragma once

#include "backendmemory.h"
#include "deviceinfo.h"
#include "gpulayerslist.h"
#include "layersplit.h"
#include "layoutplan.h"
#include "layoutsettings.h"
#include "llamaservermodel.h"
#include "llamaserverplan.h"
#include "splitfit.h"
#include "systeminfo.h"

#include <QAbstractTableModel>

#include <optional>

class QUndoStack;

namespace vramscope {

// Which device holds each layer of a model: one row per layer, every edit on
// an undo stack. It also holds what the split is judged against (the
// devices, the memory report in use, which fixes the layer count and the
// bytes per layer, the system's memory and ollama's settings) and keeps the
// split's fit up to date. Raw values only: views format bytes and colours.
class LayerAssignmentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LayerColumn,   // the layer number
        DeviceColumn,  // the holder's name or "CPU"; edit with a device index (or -1)
        WeightsColumn, // bytes
        CacheColumn,   // bytes
        SizeColumn,    // weights + cache, bytes
        ColumnCount
    };
    enum Role
    {
        // The holder's index or LayerSplit::Cpu, in every column.
        DeviceIndexRole = Qt::UserRole + 1,
    };

    static constexpr int MaxLayers = GpuLayersList::MaxLayers;

    explicit LayerAssignmentModel(QObject *parent = nullptr);
    ~LayerAssignmentModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Inputs. They are not edits: where they leave the history meaningless
    // (other devices, another layer count) they clear it.
    // The same devices again (a poll with new free memory) keep split and history.
    void setDevices(const QList<DeviceInfo> &devices);
    // The report fixes the layer count; without one the user sets it.
    bool setMemory(const std::optional<BackendMemory> &memory, QString *error);
    void setSystem(const SystemInfo &system);
    void setSettings(const LayoutSettings &settings);
    // Everything at once (an opened plan); the history starts afresh.
    bool reset(const QList<DeviceInfo> &devices, const std::optional<BackendMemory> &memory,
               const SystemInfo &system, const LayoutSettings &settings, int layerCount,
               const GpuLayersList &split, QString *error);

    const QList<DeviceInfo> &devices() const { return m_devices; }
    const std::optional<BackendMemory> &memory() const { return m_memory; }
    const SystemInfo &system() const { return m_system; }
    const LayoutSettings &settings() const { return m_settings; }
    int layerCount() const { return m_split.layerCount(); }
    const LayerSplit &split() const { return m_split; }
    // The split in ollama's notation, with toString(), sum() and hashHex().
    GpuLayersList gpuLayers() const;
    const SplitFit &fit() const { return m_fit; }
    // A device's name ("CUDA0"), or "CPU" for LayerSplit::Cpu.
    QString deviceName(int device) const;

    // Edits, each one undoable. On bad input they change nothing, return
    // false and set *error to why.
    bool assign(const QList<int> &layers, int device, QString *error);
    // A device's layers as typed ("0-19, 25"). A layer another device holds
    // is an error, not a silent move.
    bool setDeviceLayers(int device, const QString &ranges, QString *error);
    // A list in ollama's notation, or a log line holding "GPULayers:...".
    // Without a memory report the layer count grows to hold it.
    bool pasteGpuLayers(const QString &text, QString *error);
    // Only without a memory report.
    bool setLayerCount(int count, QString *error);
    // Runs ollama's planner on the devices, the report and the settings and
    // takes its split. Returns the plan for its explanation and refusal.
    std::optional<LayoutPlan> planLikeOllama(QString *error);
    // The same by today's rules (ollama v0.30+ and llama.cpp's fit) for
    // this model's layers and compute buffers, with the settings' knobs.
    std::optional<LlamaServerPlan> planLikeLlamaServer(const LlamaServerModel &model,
                                                       QString *error);

    QUndoStack *undoStack() const { return m_undoStack; }

signals:
    // The layers' holders or the list's order changed.
    void splitChanged();
    // Devices, memory, system or settings changed.
    void inputChanged();
    // fit() changed: after either of the above.
    void fitChanged();

private:
    friend class AssignLayersCommand;
    friend class ReplaceSplitCommand;

    // For the undo commands: shows a split, rows and all.
    void applySplit(const LayerSplit &split);
    // Takes the split, inserting or removing rows and signalling changed
    // holders; the fit follows.
    void setSplitRows(const LayerSplit &split);
    void pushSplit(const LayerSplit &after, const QString &text);
    void recomputeFit();
    void emitRowsChanged(int first, int last, int firstColumn, int lastColumn);

    QList<DeviceInfo> m_devices;
    std::optional<BackendMemory> m_memory;
    SystemInfo m_system;
    LayoutSettings m_settings;
    LayerSplit m_split;
    SplitFit m_fit;
    QUndoStack *m_undoStack;
};

} // namespace vramscope
