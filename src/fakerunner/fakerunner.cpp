#include "fakerunner.h"

#include "wireformat.h"

#include <QJsonArray>

#include <cmath>

namespace vramscope {

FakeRunner::FakeRunner(const Scenario &scenario, QObject *parent)
    : QObject(parent), m_scenario(scenario)
{
    m_clock.start();
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
