#include "editorcontroller.h"

#include "estimatememory.h"
#include "ggufreader.h"
#include "layerassignmentmodel.h"
#include "modelestimate.h"
#include "modelstore.h"
#include "planfile.h"
#include "poller.h"
#include "runnersource.h"
#include "systeminfo.h"
#include "units.h"

#include <QFileInfo>
#include <QUndoStack>

namespace vramscope {

EditorController::EditorController(Poller *poller, QObject *parent)
    : QObject(parent), m_poller(poller), m_model(new LayerAssignmentModel(this))
{
    m_model->setSystem(SystemInfo::current());
    m_modelRoots = ModelStore::defaultRoots();
    // An estimate lists every GPU: other devices want it built again.
    connect(m_model, &LayerAssignmentModel::inputChanged, this, [this] {
        QList<DeviceId> ids;
        for (const DeviceInfo &device : m_model->devices())
            ids.append(device.deviceId);
        if (m_modelFile && ids != m_estimatedFor)
            estimateModel();
    });
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
    // Any watched server's version decides the era, whichever runner or
    // GPUs the editor follows.
    if (report.ollama && report.ollama->version &&
        (!m_serverVersion || m_serverVersion->toString() != report.ollama->version->toString())) {
        m_serverVersion = report.ollama->version;
        emit serverVersionChanged();
    }
    if (report.serverLog)
        m_serverLog = report.serverLog;
    if (m_target != Target::Source || id != m_source)
        return;
    // The same devices with new free memory keep the split and its history.
    if (report.devices)
        m_model->setDevices(*report.devices);
    if (report.activity)
        emit runnerChanged();
}

void EditorController::setMeasureSettings(const MeasureSettings &settings)
{
    m_measureSettings = settings;
    if (m_modelFile)
        estimateModel();
}

bool EditorController::openModel(const QString &modelOrFile)
{
    QString error;
    const std::optional<QString> path = ModelStore::resolve(modelOrFile, m_modelRoots, &error);
    if (!path) {
        emit message(tr("Could not open the model %1: %2").arg(modelOrFile, error), true);
        return false;
    }
    WireError wireError;
    std::optional<GgufFile> file = GgufReader::readFile(*path, &wireError);
    if (!file) {
        emit message(tr("%1: %2").arg(*path, wireError.toString()), true);
        return false;
    }
    const std::optional<GgufFile> previous = std::exchange(m_modelFile, std::move(file));
    const QString previousLabel = std::exchange(m_modelLabel, modelOrFile);
    const QString previousPath = std::exchange(m_modelPath, *path);
    if (!estimateModel()) {
        m_modelFile = previous;
        m_modelLabel = previousLabel;
        m_modelPath = previousPath;
        return false;
    }
    emit message(tr("Estimated %1 (%2, %3) from its file: %n layer(s) with the output layer, "
                    "for %4 tokens of context x %5. An estimate: the compute graph especially "
                    "is rough; measure on a runner for real figures.",
                    nullptr, m_model->layerCount())
                     .arg(modelOrFile, m_modelFile->architecture(), m_modelFile->quantization())
                     .arg(m_measureSettings.contextSize)
                     .arg(m_measureSettings.parallel),
                 false);
    return true;
}

std::optional<ModelEstimate> EditorController::estimate(WireError *error) const
{
    EstimateSettings settings;
    settings.context = quint64(m_measureSettings.contextSize);
    settings.parallel = quint64(m_measureSettings.parallel);
    if (!m_measureSettings.kvCacheType.isEmpty())
        settings.kvCacheType = m_measureSettings.kvCacheType;
    return ModelEstimate::compute(*m_modelFile, settings, error);
}

bool EditorController::estimateModel()
{
    WireError error;
    const std::optional<ModelEstimate> estimate = this->estimate(&error);
    if (!estimate) {
        emit message(tr("Could not estimate %1: %2").arg(m_modelLabel, error.toString()), true);
        return false;
    }
    const QList<DeviceInfo> devices = m_model->devices();
    m_estimatedFor.clear();
    for (const DeviceInfo &device : devices)
        m_estimatedFor.append(device.deviceId);
    const BackendMemory memory = EstimateMemory::build(
        *estimate, devices,
        EstimateMemory::evenSplit(qsizetype(estimate->blockCount) + 1, devices.size()));
    QString why;
    if (!m_model->setMemory(memory, &why)) {
        emit message(why, true);
        return false;
    }
    return true;
}

QString EditorController::estimateAgainst(const BackendMemory &measured) const
{
    if (!m_modelFile)
        return QString();
    const std::optional<ModelEstimate> estimate = this->estimate();
    const qsizetype layers = measured.cpu.weights.size();
    if (!estimate || qsizetype(estimate->blockCount) + 1 != layers)
        return tr("The runner's model has %1 layers, the estimate of %2 %3: another model, so "
                  "the two are not compared.")
            .arg(layers)
            .arg(m_modelLabel)
            .arg(estimate ? qsizetype(estimate->blockCount) + 1 : 0);
    // The estimate for the very split the runner measured.
    QList<int> owners;
    for (int layer = 0; layer < layers; ++layer)
        owners.append(m_model->split().owner(layer));
    const BackendMemory estimated = EstimateMemory::build(*estimate, m_model->devices(), owners);
    QStringList lines;
    for (const DeviceInfo &device : m_model->devices()) {
        const DeviceMemory *mine = estimated.gpu(device.deviceId);
        const DeviceMemory *theirs = measured.gpu(device.deviceId);
        if (!mine || !theirs)
            continue;
        lines.append(tr("%1: measured %2 (graph %3), estimated %4 (graph %5)")
                         .arg(device.name, Units::humanBytes2(theirs->size()),
                              Units::humanBytes2(theirs->graph), Units::humanBytes2(mine->size()),
                              Units::humanBytes2(mine->graph)));
    }
    return tr("Against the estimate of %1: %2.")
        .arg(m_modelLabel, lines.join(QStringLiteral("; ")));
}

void EditorController::forgetModel()
{
    m_modelFile.reset();
    m_modelLabel.clear();
    m_modelPath.clear();
    m_estimatedFor.clear();
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
        // The runner's figures replace the estimate; the difference is shown.
        const QString comparison = estimateAgainst(*measurement->memory());
        if (!comparison.isEmpty())
            text += u'\n' + comparison;
        forgetModel();
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

OllamaVersion::Era EditorController::planEra() const
{
    const OllamaVersion::Era server =
        m_serverVersion ? m_serverVersion->era() : OllamaVersion::Era::Unknown;
    return server != OllamaVersion::Era::Unknown ? server : m_model->settings().era;
}

void EditorController::planLikeLlamaServer()
{
    if (!m_model->memory()) {
        emit planFailed(tr("Today's ollama plans from the model: open one, or a memory report."));
        return;
    }
    // The model file gives ollama's own prediction; a report only its totals.
    const std::optional<ModelEstimate> estimate =
        m_modelFile ? this->estimate() : std::optional<ModelEstimate>();
    LlamaServerModel input = estimate ? LlamaServerModel::fromEstimate(*estimate)
                                      : LlamaServerModel::fromBackendMemory(*m_model->memory());
    findLoggedLoad(estimate);
    if (m_logComparison)
        m_logComparison->takeGraphs(input, m_model->devices(), *m_serverLog);
    QString error;
    const std::optional<LlamaServerPlan> result = m_model->planLikeLlamaServer(input, &error);
    if (!result) {
        emit planFailed(error);
        return;
    }
    if (m_logComparison)
        m_logComparison->compare(*result, m_model->devices(), *m_serverLog);
    emit plannedLlamaServer(*result);
}

void EditorController::findLoggedLoad(const std::optional<ModelEstimate> &estimate)
{
    m_logComparison.reset();
    if (estimate && m_serverLog) {
        m_logComparison = LogComparison::find(m_modelPath, estimate->context, estimate->parallel,
                                              estimate->kvCacheType, *m_serverLog);
    }
}

void EditorController::plan()
{
    if (planEra() == OllamaVersion::Era::LlamaServer) {
        planLikeLlamaServer();
        return;
    }
    if (!m_model->memory() && canMeasure()) {
        planOnRunner();
        return;
    }
    QString error;
    const std::optional<LayoutPlan> result = m_model->planLikeOllama(&error);
    if (!result) {
        emit planFailed(error);
        return;
    }
    findLoggedLoad(m_modelFile ? estimate() : std::nullopt);
    if (m_logComparison)
        m_logComparison->compare(*result, m_model->devices(), *m_serverLog);
    emit planned(*result);
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
        forgetModel();
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
        forgetModel();
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
