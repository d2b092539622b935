#include "binaryrun.h"
#include "hosttokens.h"
#include "poller.h"
#include "serveprocess.h"
#include "workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vramscope;

// Where a window keeps another host's token: `vramscope token` and the
// vramscope host source, with the platform keychain and without. ctest runs
// this twice: as tst_hosttokens with no session bus (no keychain: the
// tokens file), and as tst_hosttokens_keychain under with-keyring.sh, a
// session bus of its own with a real, unlocked GNOME Keyring on it
// (VRAMSCOPE_TEST_KEYRING=1).
class TestHostTokens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fileKeepsOtherLines();
    void fileIsTheOwnersOnly();
    void fileReadableByOthersRefused();
    void setWithoutKeychainUsesTheFile();
    void badTokenRefused();
    void keychainHoldsTheToken();
    void keychainBeforeTheFile();
    void hostWithoutItsTokenSaysWhereToPutIt();

private:
    bool withKeychain() const { return qEnvironmentVariableIsSet("VRAMSCOPE_TEST_KEYRING"); }
    BinaryRun token(const QStringList &arguments, const QByteArray &input = {}) const;
    // A serve on loopback that asks for the token; empty on failure.
    bool startServe(ServeProcess *serve, const QByteArray &token);
    // The state and message a window's vramscope host source comes to.
    QPair<SourceState, QString> watch(const QString &address);

    QTemporaryDir m_home;
    QString m_tokens;
};

namespace {

const QString Binary = QStringLiteral(VRAMSCOPE_BINARY);
constexpr int WaitMs = 60000;
const QByteArray Token = "token-for-this-test-0123456789";

QByteArray fileText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestHostTokens::initTestCase()
{
    QVERIFY(QFile::exists(Binary));
    QVERIFY(m_home.isValid());
    // The tokens file of this test only, for it and the binaries it runs.
    qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
    m_tokens = HostTokens::defaultPath();
    QVERIFY(m_tokens.startsWith(m_home.path()));
}

void TestHostTokens::init()
{
    QFile::remove(m_tokens);
}

BinaryRun TestHostTokens::token(const QStringList &arguments, const QByteArray &input) const
{
    return BinaryRun::run(Binary, QStringList{u"token"_s} + arguments, BinaryRun::environment(),
                          input);
}

void TestHostTokens::fileKeepsOtherLines()
{
    const HostTokens file;
    QString error;
    QVERIFY(file.store(u"a:1"_s, "first", &error));
    QVERIFY(file.store(u"b:2"_s, "second", &error));
    // By hand: a comment and another host.
    QFile edit(m_tokens);
    QVERIFY(edit.open(QIODevice::Append));
    edit.write("# the lab box\nc:3 third\n");
    edit.close();
    QVERIFY2(file.store(u"a:1"_s, "replaced", &error), qPrintable(error));
    QCOMPARE(fileText(m_tokens),
             QByteArray("b:2 second\n# the lab box\nc:3 third\na:1 replaced\n"));
    QCOMPARE(file.tokenFor(u"a:1"_s, &error), QByteArray("replaced"));
    QCOMPARE(file.tokenFor(u"c:3"_s, &error), QByteArray("third"));
    bool removed = false;
    QVERIFY(file.remove(u"b:2"_s, &removed, &error));
    QVERIFY(removed);
    QVERIFY(file.remove(u"nowhere:4"_s, &removed, &error));
    QVERIFY(!removed);
    QCOMPARE(fileText(m_tokens), QByteArray("# the lab box\nc:3 third\na:1 replaced\n"));
    QCOMPARE(file.tokenFor(u"b:2"_s, &error), QByteArray());
}

void TestHostTokens::fileIsTheOwnersOnly()
{
    QString error;
    QVERIFY2(HostTokens().store(u"a:1"_s, "first", &error), qPrintable(error));
    QCOMPARE(QFile::permissions(m_tokens) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestHostTokens::fileReadableByOthersRefused()
{
    QString error;
    QVERIFY(HostTokens().store(u"a:1"_s, "first", &error));
    QVERIFY(QFile::setPermissions(m_tokens, QFile::permissions(m_tokens) | QFileDevice::ReadOther));
    QVERIFY(!HostTokens().store(u"a:1"_s, "second", &error));
    QVERIFY2(error.contains(u"chmod 600"_s), qPrintable(error));
    // Nothing written to it.
    QCOMPARE(fileText(m_tokens), QByteArray("a:1 first\n"));
}

void TestHostTokens::setWithoutKeychainUsesTheFile()
{
    if (withKeychain())
        QSKIP("with a keychain; tst_hosttokens runs this without one");
    const BinaryRun set = token({u"set"_s, u"gpubox:9877"_s}, Token + '\n');
    QCOMPARE(set.exitCode, 0);
    QVERIFY2(set.out.startsWith(u"stored the token for gpubox:9877 in "_s + m_tokens +
                                u" (no keychain: "_s),
             qPrintable(set.out + set.err));
    QCOMPARE(fileText(m_tokens), QByteArray("gpubox:9877 " + Token + '\n'));
    QCOMPARE(QFile::permissions(m_tokens) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    // A window uses it.
    ServeProcess serve;
    QVERIFY(startServe(&serve, Token));
    QString error;
    QVERIFY(HostTokens().store(serve.address(), Token, &error));
    QCOMPARE(watch(serve.address()).first, SourceState::Ok);

    const BinaryRun removed = token({u"remove"_s, u"gpubox:9877"_s, u"--json"_s});
    QCOMPARE(removed.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(removed.out.toUtf8()).object();
    QCOMPARE(json.value(u"removed_from_file"_s).toBool(), true);
    QCOMPARE(json.value(u"removed_from_keychain"_s).toBool(), false);
    QCOMPARE(fileText(m_tokens), serve.address().toUtf8() + ' ' + Token + '\n');
}

void TestHostTokens::badTokenRefused()
{
    const BinaryRun spaces = token({u"set"_s, u"gpubox:9877"_s}, "two words\n");
    QCOMPARE(spaces.exitCode, 2);
    QVERIFY2(spaces.err.contains(u"without spaces"_s), qPrintable(spaces.err));
    const BinaryRun empty = token({u"set"_s, u"gpubox:9877"_s}, "");
    QCOMPARE(empty.exitCode, 2);
    const BinaryRun badAddress = token({u"set"_s, u"gpubox"_s}, Token);
    QCOMPARE(badAddress.exitCode, 2);
    QVERIFY2(badAddress.err.startsWith(u"vramscope token: gpubox: "_s), qPrintable(badAddress.err));
    const BinaryRun badAction = token({u"show"_s, u"gpubox:9877"_s});
    QCOMPARE(badAction.exitCode, 2);
    QVERIFY(!QFile::exists(m_tokens));
}

void TestHostTokens::keychainHoldsTheToken()
{
    if (!withKeychain())
        QSKIP("no keychain here; tst_hosttokens_keychain runs this with GNOME Keyring");
    const BinaryRun set = token({u"set"_s, u"gpubox:9877"_s, u"--json"_s}, Token + '\n');
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(set.out.toUtf8()).object().value(u"stored_in"_s).toString(),
             u"keychain"_s);
    // Not in the file, and in the Secret Service as another program sees it.
    QVERIFY(!QFile::exists(m_tokens));
    QProcess lookup;
    lookup.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"user"_s, u"gpubox:9877"_s});
    QVERIFY(lookup.waitForFinished(WaitMs));
    const QByteArray found = lookup.readAllStandardOutput() + lookup.readAllStandardError();
    QVERIFY2(found.contains(QByteArray("secret = " + Token)), found.constData());
    QVERIFY2(found.contains("attribute.server = vramscope"), found.constData());

    const BinaryRun removed = token({u"remove"_s, u"gpubox:9877"_s});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(removed.out, u"removed the token for gpubox:9877 from the keychain\n"_s);
    const BinaryRun again = token({u"remove"_s, u"gpubox:9877"_s});
    QCOMPARE(again.out, u"no token for gpubox:9877 was stored\n"_s);
}

void TestHostTokens::keychainBeforeTheFile()
{
    if (!withKeychain())
        QSKIP("no keychain here; tst_hosttokens_keychain runs this with GNOME Keyring");
    ServeProcess serve;
    QVERIFY(startServe(&serve, Token));
    // A stale token in the file; the right one in the keychain wins.
    QString error;
    QVERIFY(HostTokens().store(serve.address(), "stale-token-9876543210", &error));
    QCOMPARE(token({u"set"_s, serve.address()}, Token).exitCode, 0);
    QCOMPARE(watch(serve.address()).first, SourceState::Ok);
    // Removed from both, then a stale one in the file alone: tried, and refused.
    QCOMPARE(token({u"remove"_s, serve.address()}).exitCode, 0);
    QVERIFY(!QFile::exists(m_tokens) || !fileText(m_tokens).contains("stale"));
    QVERIFY(HostTokens().store(serve.address(), "stale-token-9876543210", &error));
    const QPair<SourceState, QString> refused = watch(serve.address());
    QVERIFY(refused.first != SourceState::Ok);
    QVERIFY2(refused.second.endsWith(u"the token from "_s + m_tokens + u" was refused"_s),
             qPrintable(refused.second));
}

void TestHostTokens::hostWithoutItsTokenSaysWhereToPutIt()
{
    ServeProcess serve;
    QVERIFY(startServe(&serve, Token));
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    Workspace window(&network);
    SourceId id;
    QString error;
    QVERIFY(window.addSource(u"vramscope"_s, serve.address(), false, std::chrono::milliseconds(300),
                             Workspace::Origin::User, &error, &id));
    QTRY_VERIFY_WITH_TIMEOUT(window.poller()->status(id).state != SourceState::Connecting, WaitMs);
    const QString message = window.poller()->status(id).message;
    QVERIFY2(message.contains(u"401"_s), qPrintable(message));
    QVERIFY2(message.contains(u"store it with 'vramscope token set "_s + serve.address() + u"'"_s),
             qPrintable(message));
    QCOMPARE(message.contains(u"no keychain"_s), !withKeychain());

    // Stored while the window watches: its next round uses it.
    QCOMPARE(token({u"set"_s, serve.address()}, Token).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(window.poller()->status(id).state, SourceState::Ok, WaitMs);
}

bool TestHostTokens::startServe(ServeProcess *serve, const QByteArray &token)
{
    const QString path = m_home.filePath(u"serve-token"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(token) != token.size())
        return false;
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!serve->start(Binary, {u"--listen"_s, u"127.0.0.1:0"_s, u"--no-discovery"_s, u"--root"_s,
                               QStringLiteral(VRAMSCOPE_TEST_DATA "/roots/amd-two-gpus"),
                               u"--token-file"_s, path})) {
        qWarning("%s", qPrintable(serve->error()));
        return false;
    }
    return true;
}

QPair<SourceState, QString> TestHostTokens::watch(const QString &address)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    Workspace window(&network);
    SourceId id;
    QString error;
    if (!window.addSource(u"vramscope"_s, address, false, {}, Workspace::Origin::User, &error, &id))
        return {SourceState::Error, error};
    if (!QTest::qWaitFor(
            [&] { return window.poller()->status(id).state != SourceState::Connecting; }, WaitMs))
        return {SourceState::Connecting, u"no round ended"_s};
    return {window.poller()->status(id).state, window.poller()->status(id).message};
}

QTEST_GUILESS_MAIN(TestHostTokens)
#include "tst_hosttokens.moc"
