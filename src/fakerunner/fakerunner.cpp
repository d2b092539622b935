#include "fakerunner.h"

#include "ollamaversion.h"
#include "wireformat.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace vramscope {

FakeRunner::FakeRunner(const Scenario &scenario, QObject *parent)
    : QObject(parent), m_scenario(scenario), m_modelName(scenario.modelName)
{
    m_clock.start();
    const std::optional<OllamaVersion> version =
        OllamaVersion::parse(scenario.ollamaVersion, nullptr);
    m_llamaServer = version && version->era() == OllamaVersion::Era::LlamaServer;
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, &FakeRunner::expire);
    if (scenario.loadAfter) {
        m_autoLoadTimer.setSingleShot(true);
        connect(&m_autoLoadTimer, &QTimer::timeout, this, &FakeRunner::loadNow);
        m_autoLoadTimer.start(qRound64(*scenario.loadAfter * 1000));
    }
}

FakeRunner::Phase FakeRunner::phase() const
{
    if (!m_committed)
        return Phase::Launched;
    return progress() < 1.0 ? Phase::Loading : Phase::Ready;
}

double FakeRunner::progress() const
{
    if (!m_committed)
        return 0;
    const double elapsed = double(m_clock.elapsed() - m_loadStartMs) / 1000.0;
    return std::clamp(elapsed / m_scenario.loadSeconds, 0.0, 1.0);
}

RunnerHealth FakeRunner::health() const
{
    switch (phase()) {
    case Phase::Launched:
        return {RunnerHealth::Status::Launched, 0};
    case Phase::Loading:
        return {RunnerHealth::Status::LoadingModel, float(progress())};
    case Phase::Ready:
        break;
    }
    return {RunnerHealth::Status::Ready, 1};
}

QList<DeviceInfo> FakeRunner::devices() const
{
    QList<DeviceInfo> devices = m_scenario.devices;
    const double done = progress();
    for (DeviceInfo &device : devices) {
        for (const DeviceMemory &gpu : m_committedMemory.gpus) {
            if (gpu.deviceId != device.deviceId)
                continue;
            const auto used = quint64(std::llround(double(gpu.size()) * done));
            device.freeMemory = device.freeMemory > used ? device.freeMemory - used : 0;
        }
    }
    return devices;
}

HttpResponse FakeRunner::answer(const HttpRequest &request)
{
    if (m_llamaServer)
        return llamaServerAnswer(request);
    const bool get = request.method == "GET";
    if (request.path == "/info")
        return get ? HttpResponse::json(WireFormat::toBytes(WireFormat::toJson(devices())))
                   : HttpResponse::error(405, QByteArrayLiteral("Method Not Allowed"));
    if (request.path == "/health")
        return get ? HttpResponse::json(WireFormat::toBytes(WireFormat::toJson(health())))
                   : HttpResponse::error(405, QByteArrayLiteral("Method Not Allowed"));
    if (request.path == "/load")
        return request.method == "POST"
                   ? load(request.body)
                   : HttpResponse::error(405, QByteArrayLiteral("Method Not Allowed"));
    return HttpResponse::error(404, QByteArrayLiteral("404 page not found"));
}

HttpResponse FakeRunner::load(const QByteArray &body)
{
    const std::optional<LoadRequest> request = WireFormat::readLoadRequest(body, nullptr);
    if (!request)
        return HttpResponse::error(400, QByteArrayLiteral("bad request"));
    // ollama's runner takes /load only before a model is committed.
    if (phase() != Phase::Launched)
        return HttpResponse::error(500, QByteArrayLiteral("model already loaded"));
    if (request->operation == LoadRequest::Operation::Close)
        return HttpResponse::json(WireFormat::toBytes(WireFormat::toJson(LoadResponse{true, {}})));

    QString error;
    const QList<DeviceInfo> now = devices();
    const std::optional<BackendMemory> memory = m_scenario.model.memoryFor(*request, now, &error);
    if (!memory)
        return HttpResponse::error(500, error.toUtf8());
    const bool fits = SimulatedModel::fits(*memory, now);
    if (fits && request->operation == LoadRequest::Operation::Commit)
        commit(*memory);
    return HttpResponse::json(WireFormat::toBytes(WireFormat::toJson(LoadResponse{fits, *memory})));
}

void FakeRunner::commit(const BackendMemory &memory)
{
    m_autoLoadTimer.stop();
    m_committed = true;
    m_committedMemory = memory;
    m_loadStartMs = m_clock.elapsed();
    // Only behind an ollama server does a model expire; a QTimer cannot wait
    // past 24 days, which counts as forever here.
    const double expiresAfter = m_scenario.loadSeconds + m_scenario.keepAliveSeconds;
    if (!m_scenario.ollamaVersion.isEmpty() && m_scenario.keepAliveSeconds >= 0 &&
        expiresAfter * 1000 < double(std::numeric_limits<int>::max()))
        m_expiryTimer.start(int(std::llround(expiresAfter * 1000)));
}

void FakeRunner::expire()
{
    m_expired = true;
    emit expired();
}

HttpResponse FakeRunner::llamaServerAnswer(const HttpRequest &request) const
{
    if (request.method != "GET")
        return HttpResponse::error(405, QByteArrayLiteral("Method Not Allowed"));
    const Phase now = phase();
    // llama-server answers 503 on every endpoint until its model is loaded.
    const HttpResponse loading{
        503,
        QByteArrayLiteral("application/json; charset=utf-8"),
        {},
        QByteArrayLiteral(
            R"({"error":{"code":503,"message":"Loading model","type":"unavailable_error"}})")};
    const int slotContext =
        m_scenario.loadRequest.kvSize / qMax(1, m_scenario.loadRequest.parallel);
    if (request.path == "/health")
        return now == Phase::Ready ? HttpResponse::json(QByteArrayLiteral(R"({"status":"ok"})"))
                                   : loading;
    if (request.path == "/props") {
        if (now != Phase::Ready)
            return loading;
        QJsonObject settings;
        settings.insert(QLatin1StringView("n_ctx"), slotContext);
        QJsonObject props;
        props.insert(QLatin1StringView("default_generation_settings"), settings);
        props.insert(QLatin1StringView("total_slots"), qMax(1, m_scenario.loadRequest.parallel));
        props.insert(QLatin1StringView("model_path"), blobPath());
        props.insert(QLatin1StringView("build_info"), QStringLiteral("b6000-vramscope-fake"));
        props.insert(QLatin1StringView("modalities"),
                     QJsonObject{{QStringLiteral("vision"), false}});
        props.insert(QLatin1StringView("is_sleeping"), false);
        return HttpResponse::json(WireFormat::toBytes(props));
    }
    if (request.path == "/slots") {
        if (now != Phase::Ready)
            return loading;
        QJsonArray slotList;
        for (int id = 0; id < qMax(1, m_scenario.loadRequest.parallel); ++id) {
            QJsonObject slot;
            slot.insert(QLatin1StringView("id"), id);
            slot.insert(QLatin1StringView("n_ctx"), slotContext);
            slot.insert(QLatin1StringView("is_processing"), m_busy && id == 0);
            slotList.append(slot);
        }
        return HttpResponse::json(WireFormat::toBytes(slotList));
    }
    return HttpResponse::error(404, QByteArrayLiteral("File Not Found"));
}

void FakeRunner::setModelName(const QString &name)
{
    m_modelName = name;
}

QString FakeRunner::digest() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(m_modelName.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString FakeRunner::blobDigest() const
{
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray("blob:" + m_modelName.toUtf8()),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

QString FakeRunner::blobPath() const
{
    return u"/usr/share/ollama/.ollama/models/blobs/sha256-" + blobDigest();
}

std::optional<RunningModel> FakeRunner::runningModel(const QDateTime &now) const
{
    if (!m_committed || m_expired)
        return std::nullopt;
    RunningModel model;
    model.name = m_modelName;
    model.model = m_modelName;
    model.digest = digest();
    for (const DeviceMemory &gpu : m_committedMemory.gpus)
        model.sizeVram += gpu.size();
    model.size = model.sizeVram + m_committedMemory.cpu.size() + m_committedMemory.inputWeights;
    model.contextLength = m_scenario.loadRequest.kvSize / qMax(1, m_scenario.loadRequest.parallel);
    // As ollama: while loading, now + keep-alive; once idle, from when it became so
    // (the end of the load: the earlier of the two).
    const QDateTime ready =
        now.addMSecs(m_loadStartMs + qint64(m_scenario.loadSeconds * 1000) - m_clock.elapsed());
    const QDateTime idleSince = qMin(now, ready);
    model.expiresAt = m_scenario.keepAliveSeconds < 0
                          ? idleSince.addMSecs(std::numeric_limits<qint64>::max() / 1000000)
                          : idleSince.addMSecs(qint64(m_scenario.keepAliveSeconds * 1000));
    model.details.format = QStringLiteral("gguf");
    model.details.family = QStringLiteral("llama");
    model.details.families = {QStringLiteral("llama")};
    model.details.parameterSize = QStringLiteral("8.0B");
    model.details.quantizationLevel = QStringLiteral("Q4_K_M");
    return model;
}

QString FakeRunner::loadNow()
{
    if (phase() != Phase::Launched)
        return QStringLiteral("model already loaded");
    QString error;
    const QList<DeviceInfo> now = devices();
    const std::optional<BackendMemory> memory =
        m_scenario.model.memoryFor(m_scenario.loadRequest, now, &error);
    if (!memory)
        return error;
    if (!SimulatedModel::fits(*memory, now))
        return QStringLiteral("the scenario's split does not fit in free memory");
    commit(*memory);
    return QString();
}

std::optional<Fault> FakeRunner::faultFor(const QString &path) const
{
    for (const Fault &fault : m_manualFaults) {
        if (fault.appliesTo(path))
            return fault;
    }
    double seconds = double(m_clock.elapsed()) / 1000.0;
    if (m_scenario.faultPeriod > 0)
        seconds = std::fmod(seconds, m_scenario.faultPeriod);
    for (const Fault &fault : m_scenario.faults) {
        if (fault.appliesTo(path) && fault.isActiveAt(seconds))
            return fault;
    }
    return std::nullopt;
}

void FakeRunner::setFault(const Fault &fault)
{
    m_manualFaults.removeIf([&fault](const Fault &f) { return f.path() == fault.path(); });
    m_manualFaults.append(fault);
}

void FakeRunner::clearFaults()
{
    m_manualFaults.clear();
}

} // namespace vramscope
