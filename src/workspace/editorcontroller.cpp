#include "editorcontroller.h"

#include "layerassignmentmodel.h"
#include "planfile.h"
#include "poller.h"
#include "runnersource.h"
#include "systeminfo.h"

#include <QFileInfo>
#include <QUndoStack>

namespace vramscope {

EditorController::EditorController(Poller *poller, QObject *parent)
    : QObject(parent), m_poller(poller), m_model(new LayerAssignmentModel(this))
{
    m_model->setSystem(SystemInfo::current());
    connect(poller, &Poller::reported, this, &EditorController::onReport);
    connect(m_model, &LayerAssignmentModel::fitChanged, this, &EditorController::publishBreakdown);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EditorController::publishBreakdown);
}

EditorController::~EditorController() = default;

void EditorController::follow(const SourceId &id)
{
    if (m_target == Target::Source && m_source == id)
        return;
    cancelMeasurement();
    const PollSource *source = m_poller->source(id);
    m_target = source ? Target::Source : Target::None;
    m_source = source ? id : SourceId();
    m_targetLabel = source ? source->label() : QString();
    if (source)
        m_model->setDevices(m_poller->report(id).devices.value_or(QList<DeviceInfo>()));
    emit targetChanged();
    emit runnerChanged();
}

void EditorController::unfollow()
{
    if (m_target != Target::Source)
        return;
    cancelMeasurement();
    m_target = Target::None;
    m_source = SourceId();
    m_targetLabel.clear();
    emit targetChanged();
    emit runnerChanged();
}

std::optional<SourceId> EditorController::followed() const
{
    if (m_target != Target::Source)
        return std::nullopt;
    return m_source;
}

void EditorController::onReport(const SourceId &id, const SourceReport &report)
{
    if (m_target != Target::Source || id != m_source)
        return;
    // The same devices with new free memory keep the split and its history.
    if (report.devices)
        m_model->setDevices(*report.devices);
    if (report.activity)
        emit runnerChanged();
}

bool EditorController::hasRunner() const
{
    return m_target == Target::Source &&
           qobject_cast<const RunnerSource *>(m_poller->source(m_source)) != nullptr;
}

QString EditorController::runnerLabel() const
{
    return hasRunner() ? m_targetLabel : QString();
}

std::optional<SourceActivity> EditorController::runnerActivity() const
{
    if (!hasRunner())
        return std::nullopt;
    return m_poller->report(m_source).activity;
}

bool EditorController::canMeasure() const
{
    const std::optional<SourceActivity> activity = runnerActivity();
    const bool launched = !activity || activity->phase == SourceActivity::Phase::Idle;
    return hasRunner() && launched && !m_measurement;
}

void EditorController::measure()
{
    const auto *runner =
        hasRunner() ? qobject_cast<const RunnerSource *>(m_poller->source(m_source)) : nullptr;
    if (!runner || m_measurement)
        return;
    const LoadRequest request = m_measureSettings.request(m_model->gpuLayers());
    m_measurement = new SplitMeasurement(runner->client(), request, this);
    connect(m_measurement, &SplitMeasurement::finished, this, &EditorController::onMeasured);
    emit measurementStarted(
        tr("Asking %1 what %2 needs\u2026").arg(m_targetLabel, request.gpuLayers.toString()));
    m_measurement->start();
    emit runnerChanged();
}

void EditorController::onMeasured()
{
    SplitMeasurement *measurement = m_measurement;
    QString text = measurement->message();
    if (measurement->memory()) {
        QString error;
        if (!m_model->setMemory(*measurement->memory(), &error))
            text += u' ' + error;
    }
    const SplitMeasurement::Outcome outcome = measurement->outcome();
    const bool measured = measurement->memory().has_value();
    measurement->deleteLater();
    m_measurement = nullptr;
    emit measurementFinished(outcome, text);
    emit runnerChanged();

    // planOnRunner(): plan with what the runner reported, then measure the
    // plan itself, as ollama does before it loads.
    const AutoPlan step = std::exchange(m_autoPlan, AutoPlan::Idle);
    if (step == AutoPlan::MeasureSplit && measured) {
        plan();
        m_autoPlan = AutoPlan::MeasurePlan;
        measure();
    }
}

void EditorController::cancelMeasurement()
{
    if (!m_measurement)
        return;
    // Deleting it aborts the request: its answer is for devices no longer shown.
    m_measurement->disconnect(this);
    delete m_measurement;
    m_measurement = nullptr;
    m_autoPlan = AutoPlan::Idle;
    emit measurementFinished(SplitMeasurement::Outcome::Failed,
                             tr("Measurement cancelled: the editor shows other devices now."));
}

void EditorController::planOnRunner()
{
    if (!canMeasure())
        return;
    m_autoPlan = AutoPlan::MeasureSplit;
    measure();
}

void EditorController::plan()
{
    if (!m_model->memory() && canMeasure()) {
        planOnRunner();
        return;
    }
    QString error;
    const std::optional<LayoutPlan> result = m_model->planLikeOllama(&error);
    if (result)
        emit planned(*result);
    else
        emit planFailed(error);
}

bool EditorController::openFile(const QString &path)
{
    QString error;
    const std::optional<PlanFile> file = PlanFile::open(path, &error);
    if (!file) {
        emit message(error, true);
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    // Devices from a file stay until the user picks a source again: a poll
    // must not replace them or clear their history.
    const auto pinTo = [this](const QString &label) {
        cancelMeasurement();
        m_target = Target::File;
        m_source = SourceId();
        m_targetLabel = label;
        emit targetChanged();
        emit runnerChanged();
    };
    switch (file->kind) {
    case PlanFile::Kind::Plan:
        if (!m_model->reset(file->devices, file->memory, file->system, file->layout,
                            file->layerCount, file->split, &error)) {
            emit message(tr("%1: %2").arg(path, error), true);
            return false;
        }
        m_measureSettings = file->fit;
        pinTo(file->endpoint.isEmpty() ? name : file->endpoint);
        emit message(tr("Opened the plan %1.").arg(name), false);
        return true;
    case PlanFile::Kind::Devices:
        m_model->setDevices(file->devices);
        pinTo(name);
        emit message(tr("Opened %1: %n device(s).", nullptr, int(file->devices.size())).arg(name),
                     false);
        return true;
    case PlanFile::Kind::Memory:
    case PlanFile::Kind::FitAnswer:
        if (!m_model->setMemory(file->memory, &error)) {
            emit message(tr("%1: %2").arg(path, error), true);
            return false;
        }
        emit message(
            tr("Opened %1: a memory report of %n layer(s).", nullptr, file->layerCount).arg(name),
            false);
        return true;
    }
    return false;
}

bool EditorController::savePlan(const QString &path)
{
    PlanFile plan;
    plan.endpoint = m_targetLabel;
    plan.devices = m_model->devices();
    plan.memory = m_model->memory();
    plan.system = m_model->system();
    plan.layerCount = m_model->layerCount();
    plan.split = m_model->gpuLayers();
    plan.layout = m_model->settings();
    plan.fit = m_measureSettings;
    QString error;
    if (!plan.save(path, &error)) {
        emit message(error, true);
        return false;
    }
    m_model->undoStack()->setClean();
    emit message(tr("Saved the plan to %1.").arg(path), false);
    return true;
}

void EditorController::publishBreakdown()
{
    const BackendMemory &memory = m_model->fit().memory;
    if (m_publishedBreakdown == memory)
        return;
    m_publishedBreakdown = memory;
    emit breakdownChanged(memory);
}

} // namespace vramscope
