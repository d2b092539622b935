#include "tokencommand.h"

#include "endpoint.h"
#include "hosttokenkeychain.h"
#include "hosttokens.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace vramscope {

namespace {

// A keychain may wait for the user to unlock it; past this, the file is used.
constexpr int KeychainWaitMs = 60000;

// Runs one keychain job to its end, or to the wait's end (an error then).
HostTokenKeychain::Result
waitFor(const std::function<void(QObject *, const HostTokenKeychain::Done &)> &start)
{
    QEventLoop loop;
    HostTokenKeychain::Result result;
    result.error = QStringLiteral("the keychain did not answer within %1 s (is it locked?)")
                       .arg(KeychainWaitMs / 1000);
    start(&loop, [&](const HostTokenKeychain::Result &answer) {
        result = answer;
        loop.quit();
    });
    QTimer::singleShot(KeychainWaitMs, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

// A token as `vramscope serve` and the tokens file take it: one word of
// visible ASCII.
bool isToken(const QByteArray &token)
{
    return !token.isEmpty() &&
           std::all_of(token.cbegin(), token.cend(), [](char c) { return c > ' ' && c < 127; });
}

} // namespace

QString TokenCommand::name() const
{
    return QStringLiteral("token");
}

QString TokenCommand::summary() const
{
    return QStringLiteral("Keep the token of another machine's `vramscope serve` for the window: "
                          "in the keychain, else in a file only you may read.");
}

void TokenCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("set (the token from standard input or --from) "
                                                "or remove."));
    parser.addPositionalArgument(QStringLiteral("HOST:PORT"),
                                 QStringLiteral("The host's `vramscope serve`, as the window "
                                                "watches it."));
    parser.addOption({QStringLiteral("from"),
                      QStringLiteral("Read the token from this file instead of standard input."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("no-keychain"),
         QStringLiteral("Use only the tokens file (%1).").arg(HostTokens::defaultPath())});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
}

int TokenCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return badInput(err, QStringLiteral("expected 'set HOST:PORT' or 'remove HOST:PORT'"));
    QString error;
    // The address as the window keeps it, so that both find the same entry.
    const std::optional<Endpoint> endpoint =
        Endpoint::parse(positional[1], Endpoint::RemotePolicy::AllowRemote, &error);
    if (!endpoint)
        return badInput(err, positional[1] + u": " + error);
    if (positional[0] == u"set")
        return set(endpoint->toString(), parser, out, err);
    if (positional[0] == u"remove")
        return remove(endpoint->toString(), parser, out, err);
    return badInput(err, u"unknown action '" + positional[0] + u"': expected set or remove");
}

int TokenCommand::set(const QString &address, const QCommandLineParser &parser, QTextStream &out,
                      QTextStream &err)
{
    QByteArray token;
    if (parser.isSet(QStringLiteral("from"))) {
        const std::optional<QByteArray> text = readFile(parser.value(QStringLiteral("from")), err);
        if (!text)
            return BadInput;
        token = text->trimmed();
    } else {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return badInput(err, QStringLiteral("cannot read standard input"));
        token = input.readLine(4096).trimmed();
    }
    if (!isToken(token))
        return badInput(err, QStringLiteral("expected the token on one line, visible characters "
                                            "without spaces"));

    QString keychainError = QStringLiteral("--no-keychain");
    if (!parser.isSet(QStringLiteral("no-keychain"))) {
        const HostTokenKeychain::Result stored =
            waitFor([&](QObject *context, const HostTokenKeychain::Done &done) {
                HostTokenKeychain::store(address, token, context, done);
            });
        if (stored.ok) {
            if (parser.isSet(QStringLiteral("json")))
                printJson(out,
                          QJsonObject{{QStringLiteral("address"), address},
                                      {QStringLiteral("stored_in"), QStringLiteral("keychain")}});
            else
                out << "stored the token for " << address << " in the keychain\n";
            return Success;
        }
        keychainError = stored.error;
    }
    const HostTokens file;
    QString error;
    if (!file.store(address, token, &error))
        return badInput(err, error);
    if (parser.isSet(QStringLiteral("json")))
        printJson(out, QJsonObject{{QStringLiteral("address"), address},
                                   {QStringLiteral("stored_in"), QStringLiteral("file")},
                                   {QStringLiteral("path"), file.path()},
                                   {QStringLiteral("keychain_error"), keychainError}});
    else
        out << "stored the token for " << address << " in " << file.path()
            << " (no keychain: " << keychainError << ")\n";
    return Success;
}

int TokenCommand::remove(const QString &address, const QCommandLineParser &parser, QTextStream &out,
                         QTextStream &err)
{
    const bool useKeychain = !parser.isSet(QStringLiteral("no-keychain"));
    bool fromKeychain = false;
    QString keychainError = QStringLiteral("--no-keychain");
    if (useKeychain) {
        // Read first: the Secret Service answers a removal of nothing as done.
        HostTokenKeychain::Result result =
            waitFor([&](QObject *context, const HostTokenKeychain::Done &done) {
                HostTokenKeychain::read(address, context, done);
            });
        if (result.ok) {
            result = waitFor([&](QObject *context, const HostTokenKeychain::Done &done) {
                HostTokenKeychain::remove(address, context, done);
            });
            fromKeychain = result.ok;
        }
        keychainError = result.ok || result.notFound ? QString() : result.error;
    }
    const HostTokens file;
    bool fromFile = false;
    QString error;
    if (!file.remove(address, &fromFile, &error))
        return badInput(err, error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("address"), address},
                      {QStringLiteral("removed_from_keychain"), fromKeychain},
                      {QStringLiteral("removed_from_file"), fromFile},
                      {QStringLiteral("path"), file.path()}};
        if (!keychainError.isEmpty())
            o.insert(QLatin1StringView("keychain_error"), keychainError);
        printJson(out, o);
        return Success;
    }
    if (fromKeychain)
        out << "removed the token for " << address << " from the keychain\n";
    if (fromFile)
        out << "removed the token for " << address << " from " << file.path() << '\n';
    if (!fromKeychain && !fromFile)
        out << "no token for " << address << " was stored\n";
    if (useKeychain && !keychainError.isEmpty())
        err << "vramscope token: the keychain could not be reached: " << keychainError << '\n';
    return Success;
}

} // namespace vramscope
