#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace vramscope {

// The bearer tokens of vramscope hosts in the platform's keychain (the
// Secret Service on Linux: GNOME Keyring, KWallet), through QtKeychain: one
// entry per host, under the service "vramscope" and the host's HOST:PORT.
// Every call answers asynchronously, since a keychain may first ask the user
// to unlock it; where there is no keychain (no session bus, no Secret
// Service) it answers with an error and the caller uses HostTokens' file.
class HostTokenKeychain
{
public:
    static constexpr QLatin1StringView Service{"vramscope"};

    // What a read, store or removal came to.
    struct Result
    {
        bool ok = false;       // done; for a read, token holds the token
        bool notFound = false; // the keychain works but has no entry for the host
        QByteArray token;
        QString error; // why not, when neither ok nor notFound
    };
    using Done = std::function<void(const Result &)>;

    // done runs later, in context's thread, unless context is gone by then.
    static void read(const QString &address, QObject *context, Done done);
    static void store(const QString &address, const QByteArray &token, QObject *context, Done done);
    static void remove(const QString &address, QObject *context, Done done);
};

} // namespace vramscope
