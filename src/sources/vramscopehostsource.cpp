#include "vramscopehostsource.h"

#include "hostsnapshotjson.h"
#include "runnercall.h"
#include "serveranswer.h"

#include <QTimer>

namespace vramscope {

VramscopeHostSource::VramscopeHostSource(QNetworkAccessManager *manager, const Endpoint &endpoint,
                                         const QByteArray &token, const QString &tokenProblem,
                                         QObject *parent)
    : EndpointSource(Kind, endpoint, parent), m_manager(manager), m_token(token),
      m_tokenProblem(tokenProblem)
{
}

VramscopeHostSource::~VramscopeHostSource()
{
    delete m_call;
}

void VramscopeHostSource::poll(const RequestLimits &limits)
{
    if (isBusy())
        return;
    startRound();
    if (!m_tokenProblem.isEmpty()) {
        // Asynchronously, as every round ends.
        m_failing = true;
        QTimer::singleShot(0, this, [this] {
            m_failing = false;
            emit roundFinished(SourceState::Error, m_tokenProblem);
        });
        return;
    }
    RunnerRequest request = RunnerRequest::get(QStringLiteral("/api/snapshot"));
    request.bearerToken = m_token;
    const Endpoint endpoint =
        Endpoint::parse(id().address, Endpoint::RemotePolicy::AllowRemote, nullptr)
            .value_or(Endpoint());
    m_call = new RunnerCall(m_manager, endpoint, request, limits, this);
    connect(m_call, &RunnerCall::finished, this, &VramscopeHostSource::onFinished);
}

void VramscopeHostSource::onFinished()
{
    RunnerCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();
    RunnerResult failure;
    const std::optional<QByteArray> body = ServerAnswer::body(*call, {200}, &failure);
    if (!body) {
        emit roundFinished(failure.state, failure.message);
        return;
    }
    WireError error;
    const std::optional<HostSnapshot> snapshot = HostSnapshotJson::fromJson(*body, &error);
    if (!snapshot) {
        const RunnerResult bad = ServerAnswer::badBody(*call, error.toString());
        emit roundFinished(bad.state, bad.message);
        return;
    }
    SourceReport report;
    report.devices = devicesOf(*snapshot, id().address);
    report.host = *snapshot;
    SourceActivity activity;
    activity.phase =
        snapshot->models.isEmpty() ? SourceActivity::Phase::Idle : SourceActivity::Phase::Ready;
    //: vramscope on HOST · 2 GPUs · 1 model loaded
    activity.text = tr("vramscope on %1").arg(snapshot->host) + u" \u00b7 " +
                    tr("%n GPU(s)", nullptr, int(snapshot->gpus.size())) + u" \u00b7 " +
                    tr("%n model(s) loaded", nullptr, int(snapshot->models.size()));
    report.activity = activity;
    emit reported(report);
    emit roundFinished(SourceState::Ok, QString());
}

QList<DeviceInfo> VramscopeHostSource::devicesOf(const HostSnapshot &snapshot,
                                                 const QString &address)
{
    QList<DeviceInfo> devices;
    QHash<QString, int> perLibrary;
    for (const HostSnapshot::Gpu &gpu : snapshot.gpus) {
        DeviceInfo device;
        device.deviceId = {address + u'/' + gpu.gpu, gpu.library};
        device.name = gpu.library + QString::number(perLibrary[gpu.library]++);
        //: A GPU of another machine: "NVIDIA GeForce RTX 4090 @ gpubox"
        device.description = tr("%1 @ %2").arg(gpu.name, snapshot.host);
        device.totalMemory = gpu.total;
        device.freeMemory = gpu.free;
        device.computeMajor = -1;
        device.computeMinor = -1;
        devices.append(device);
    }
    return devices;
}

} // namespace vramscope
