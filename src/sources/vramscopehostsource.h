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

    // manager is the application's shared one; it must outlive this. The
    // host's token, when it needs one, is looked up in the keychain, else in
    // the file at tokensPath (HostTokens): before the first round, and again
    // after the host refused it (401), so that a token stored meanwhile is
    // used at once.
    VramscopeHostSource(QNetworkAccessManager *manager, const Endpoint &endpoint,
                        const QString &tokensPath, QObject *parent = nullptr);
    ~VramscopeHostSource() override;

    bool isBusy() const override { return m_call || m_failing || m_lookingUp; }
    void poll(const RequestLimits &limits) override;

    // The host's GPUs as device rows of this window: their id qualified by
    // the host's address, no PCI address, the host named in the description.
    static QList<DeviceInfo> devicesOf(const HostSnapshot &snapshot, const QString &address);

private:
    // Where the token in use came from, for the message when it is refused.
    enum class TokenOrigin
    {
        Unknown, // not looked up yet, or refused since
        Keychain,
        File,
        None, // neither has one
    };

    void lookUpToken(const RequestLimits &limits);
    void tokenFromTheFile(const QString &keychainError, const RequestLimits &limits);
    void request(const RequestLimits &limits);
    void onFinished();
    // The round's end, asynchronously, as every round ends.
    void failLater(SourceState state, const QString &message);
    // What to add to a 401's message: where the refused token came from.
    QString refusedTokenHint() const;

    QNetworkAccessManager *m_manager;
    QString m_tokensPath;
    QByteArray m_token;
    TokenOrigin m_tokenOrigin = TokenOrigin::Unknown;
    QString m_keychainError; // why the last look-up found no keychain
    QPointer<RunnerCall> m_call;
    bool m_failing = false;
    bool m_lookingUp = false;
    // Tells a keychain answer that came after its deadline from a later one.
    int m_lookUp = 0;
};

} // namespace vramscope
