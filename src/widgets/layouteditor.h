#pragma once

#include "backendmemory.h"
#include "deviceinfo.h"
#include "endpoint.h"
#include "fitsettings.h"
#include "layoutsettings.h"
#include "runnerclient.h"
#include "runnerhealth.h"
#include "systeminfo.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QUndoStack;

namespace Ui {
class LayoutEditor;
}

namespace vramscope {

class DeviceSplitRow;
class LayerAssignmentModel;
class RunnerFit;
struct LayoutPlan;

// The layer-assignment editor: try how a model's layers could be spread
// over the GPUs and see at once whether it fits. A strip of layers coloured
// by device, per-device ranges in ollama's notation, the whole list's text,
// count and hash, fit bars against what ollama leaves available, ollama's
// own plan with its reasons, and a runner's measurement of the split.
// Self-contained: the main window feeds it devices, memory and a runner and
// docks it where it likes.
class LayoutEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LayoutEditor(QWidget *parent = nullptr);
    ~LayoutEditor() override;

    // The devices of the endpoint the split is for (its /info), with a label
    // naming the endpoint. Calling it on every poll is cheap: the same
    // devices with new free memory keep the split and its history.
    void setDevices(const QString &endpointLabel, const QList<DeviceInfo> &devices);
    // The memory report in use: the layer count and the bytes per layer.
    void setMemory(const BackendMemory &memory);
    // System memory for the CPU's share (default: this machine's).
    void setSystem(const SystemInfo &system);
    // The runner "Fit on runner" asks, through the app's shared manager.
    void setRunner(QNetworkAccessManager *manager, const Endpoint &endpoint);
    void clearRunner();
    // The runner's latest /health from the poller: fitting needs "launched".
    void setRunnerHealth(const RunnerHealth &health);

    // What ollama does before it loads: measures the current split on the
    // runner (which reports the model's layers), plans like ollama with that
    // report, and measures the plan so the memory in use is the plan's own.
    // "Plan like ollama" does this by itself while no report is known.
    void planOnRunner();

    // For the main window's File menu; both report in place and return
    // whether they succeeded.
    bool openFile(const QString &path);
    bool savePlan(const QString &path);

    LayerAssignmentModel *model() const { return m_model; }
    // For the main window's Edit menu.
    QUndoStack *undoStack() const;

signals:
    // The current split's memory as a runner would report it (weights and
    // cache per layer on the device holding it, graphs, input weights):
    // the dashboard's stacked bars show the same breakdown.
    void splitMemoryChanged(const vramscope::BackendMemory &memory);

private:
    void refresh();
    void rebuildRows();
    void updateRow(DeviceSplitRow *row);
    void updateCpuRow();
    void updateRunnerState();
    void showMessage(const QString &text, bool error);

    void assign(const QList<int> &layers, int device);
    void onRangesEdited(int device, const QString &ranges);
    void onPaste();
    void onLayerCountChanged(int count);
    void onSettingsChanged();
    void onPlan();
    void onFit();
    void onFitFinished();
    void onOpen();
    void onSave();
    void copyText();
    void copyNumGpu();
    void copyEnvironment();

    // A runner is set, launched (or not heard from yet) and not being asked.
    bool canFit() const;
    LayoutSettings layoutSettings() const;
    FitSettings fitSettings() const;
    void showSettings(const LayoutSettings &layout, const FitSettings &fit);
    QString explanationHtml(const LayoutPlan &plan) const;

    std::unique_ptr<Ui::LayoutEditor> m_ui;
    LayerAssignmentModel *m_model;
    QString m_endpointLabel;
    QList<DeviceSplitRow *> m_rows;
    DeviceSplitRow *m_cpuRow = nullptr;
    QList<DeviceId> m_rowIds; // the devices the rows were made for
    std::optional<RunnerClient> m_runner;
    std::optional<RunnerHealth> m_health;
    QPointer<RunnerFit> m_fit;
    // Where planOnRunner() is: the measurement of the split, then of the plan.
    enum class AutoPlan
    {
        Idle,
        MeasureSplit,
        MeasurePlan
    };
    AutoPlan m_autoPlan = AutoPlan::Idle;
};

} // namespace vramscope
