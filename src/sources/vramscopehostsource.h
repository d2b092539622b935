#pragma once

#include "endpointsource.h"
#include "hostsnapshot.h"
#include "runnercall.h"

#include <QPointer>

namespace vramscope {

// Another machine's `vramscope serve` as a source: each round reads its
// GET /api/snapshot (with its bearer token, when it has one) and reports
// the snapshot, its GPUs as devices of their own (named for that host, so
// that they never merge with this machine's), and an activity that names
// the host.
class VramscopeHostSource : public EndpointSource
{
    Q_OBJECT

public:
    // The kind in its SourceId.
    static constexpr QLatin1StringView Kind{"vramscope"};

    // manager is the application's shared one; it must outlive this.
    // tokenProblem, when not empty, is why no token could be read: each
    // round fails with it rather than asking without one.
    VramscopeHostSource(QNetworkAccessManager *manager, const Endpoint &endpoint,
                        const QByteArray &token, const QString &tokenProblem,
                        QObject *parent = nullptr);
    ~VramscopeHostSource() override;

    bool isBusy() const override { return m_call || m_failing; }
    void poll(const RequestLimits &limits) override;

    // The host's GPUs as device rows of this window: their id qualified by
    // the host's address, no PCI address, the host named in the description.
    static QList<DeviceInfo> devicesOf(const HostSnapshot &snapshot, const QString &address);

private:
    void onFinished();

    QNetworkAccessManager *m_manager;
    QByteArray m_token;
    QString m_tokenProblem;
    QPointer<RunnerCall> m_call;
    bool m_failing = false;
};

} // namespace vramscope
