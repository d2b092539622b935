#include "vramscopehostsource.h"

#include "hostsnapshotjson.h"
#include "hosttokenkeychain.h"
#include "hosttokens.h"
#include "runnercall.h"
#include "serveranswer.h"

#include <QTimer>

namespace vramscope {

VramscopeHostSource::VramscopeHostSource(QNetworkAccessManager *manager, const Endpoint &endpoint,
                                         const QString &tokensPath, QObject *parent)
    : EndpointSource(Kind, endpoint, parent), m_manager(manager), m_tokensPath(tokensPath)
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
    if (m_tokenOrigin == TokenOrigin::Unknown)
        lookUpToken(limits);
    else
        request(limits);
}

void VramscopeHostSource::lookUpToken(const RequestLimits &limits)
{
    m_lookingUp = true;
    const int lookUp = ++m_lookUp;
    HostTokenKeychain::read(id().address, this,
                            [this, lookUp, limits](const HostTokenKeychain::Result &result) {
                                if (!m_lookingUp || lookUp != m_lookUp)
                                    return;
                                if (!result.ok) {
                                    // Not found is no error: the file may have it.
                                    tokenFromTheFile(result.error, limits);
                                    return;
                                }
                                m_lookingUp = false;
                                m_token = result.token;
                                m_tokenOrigin = TokenOrigin::Keychain;
                                request(limits);
                            });
    // A keychain waiting for the user to unlock it holds no round for ever.
    QTimer::singleShot(limits.timeout, this, [this, lookUp, limits] {
        if (m_lookingUp && lookUp == m_lookUp)
            tokenFromTheFile(tr("the keychain did not answer within %1 s")
                                 .arg(QString::number(limits.timeout.count() / 1000.0, 'f', 1)),
                             limits);
    });
}

void VramscopeHostSource::tokenFromTheFile(const QString &keychainError,
                                           const RequestLimits &limits)
{
    m_lookingUp = false;
    QString problem;
    const std::optional<QByteArray> token =
        HostTokens(m_tokensPath).tokenFor(id().address, &problem);
    if (!token) {
        // Rather than ask without the token the user meant to give.
        failLater(SourceState::Error, problem);
        return;
    }
    m_keychainError = keychainError;
    m_token = *token;
    m_tokenOrigin = token->isEmpty() ? TokenOrigin::None : TokenOrigin::File;
    request(limits);
}

void VramscopeHostSource::request(const RequestLimits &limits)
{
    RunnerRequest request = RunnerRequest::get(QStringLiteral("/api/snapshot"));
    request.bearerToken = m_token;
    m_call = new RunnerCall(m_manager, endpoint(), request, limits, this);
    connect(m_call, &RunnerCall::finished, this, &VramscopeHostSource::onFinished);
}

void VramscopeHostSource::failLater(SourceState state, const QString &message)
{
    m_failing = true;
    QTimer::singleShot(0, this, [this, state, message] {
        m_failing = false;
        emit roundFinished(state, message);
    });
}

QString VramscopeHostSource::refusedTokenHint() const
{
    switch (m_tokenOrigin) {
    case TokenOrigin::Keychain:
        return tr("the token from the keychain was refused");
    case TokenOrigin::File:
        return tr("the token from %1 was refused").arg(m_tokensPath);
    case TokenOrigin::None:
    case TokenOrigin::Unknown:
        break;
    }
    if (!m_keychainError.isEmpty())
        //: %1 is HOST:PORT, %3 why there is no keychain
        return tr("no token for %1 in %2, and no keychain (%3); store it with 'vramscope token "
                  "set %1'")
            .arg(id().address, m_tokensPath, m_keychainError);
    //: %1 is HOST:PORT
    return tr("no token for %1 in the keychain or in %2; store it with 'vramscope token set %1'")
        .arg(id().address, m_tokensPath);
}

void VramscopeHostSource::onFinished()
{
    RunnerCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();
    RunnerResult failure;
    const std::optional<QByteArray> body = ServerAnswer::body(*call, {200}, &failure);
    if (!body) {
        if (failure.httpStatus == 401) {
            //: A host refused the request: "<what it answered>; <where the token came from>"
            failure.message = tr("%1; %2").arg(failure.message, refusedTokenHint());
            m_tokenOrigin = TokenOrigin::Unknown;
        }
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
