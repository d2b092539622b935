#include "devicetablemodel.h"
#include "gpuoccupancy.h"
#include "hosttokens.h"
#include "mainwindow.h"
#include "modeltablemodel.h"
#include "poller.h"
#include "serveprocess.h"
#include "settingsstore.h"
#include "sourcelistmodel.h"
#include "workspace.h"

#include <QFile>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vramscope;

// One window watching two real `vramscope serve` processes on
// two loopback ports as vramscope hosts: rows from both, each marked by its
// host; one killed (its rows stale, the other's live) and restarted on the
// same port (live again, nothing lost); a token from the tokens file, and
// a tokens file others may read refused.
class TestVramscopeHost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoHostsOneWindow();
    void tokenFromTheTokensFile();
    void tokensFileReadableByOthersRefused();

private:
    QTemporaryDir m_config;
};

namespace {

const QString Binary = QStringLiteral(VRAMSCOPE_BINARY);
constexpr int WaitMs = 60000;

QStringList fixtures(const QString &listen)
{
    return {u"--listen"_s,
            listen,
            u"--no-discovery"_s,
            u"--root"_s,
            QStringLiteral(VRAMSCOPE_TEST_DATA "/roots/amd-two-gpus"),
            u"--log"_s,
            QStringLiteral(VRAMSCOPE_TEST_DATA "/logs/llamaserver_two_gpus_partial.log")};
}

// The device rows a source supplies, and how many of them are marked stale.
QList<int> rowsOf(const DeviceTableModel *devices, const SourceId &id)
{
    QList<int> rows;
    for (int row = 0; row < devices->rowCount(); ++row) {
        if (devices->rowSource(row) == id.key())
            rows.append(row);
    }
    return rows;
}

bool allStale(const DeviceTableModel *devices, const SourceId &id, bool stale)
{
    const QList<int> rows = rowsOf(devices, id);
    return !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), [devices, stale](int row) {
        return devices->data(devices->index(row, 0), DeviceTableModel::StaleRole).toBool() == stale;
    });
}

} // namespace

void TestVramscopeHost::initTestCase()
{
    QVERIFY(QFile::exists(Binary));
    QVERIFY(m_config.isValid());
    // The tokens file of this test only.
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
}

void TestVramscopeHost::twoHostsOneWindow()
{
    ServeProcess first;
    ServeProcess second;
    QVERIFY2(first.start(Binary, fixtures(u"127.0.0.1:0"_s)), qPrintable(first.error()));
    QVERIFY2(second.start(Binary, fixtures(u"127.0.0.1:0"_s)), qPrintable(second.error()));

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    Workspace window(&network);
    MainWindow shown(&window, SettingsStore(SettingsStore::Mode::Ignore));
    shown.show();
    const std::chrono::milliseconds interval(300);
    SourceId one;
    SourceId two;
    QString error;
    QVERIFY2(window.addSource(u"vramscope"_s, first.address(), false, interval,
                              Workspace::Origin::User, &error, &one),
             qPrintable(error));
    QVERIFY2(window.addSource(u"vramscope"_s, second.address(), false, interval,
                              Workspace::Origin::User, &error, &two),
             qPrintable(error));
    const DeviceTableModel *devices = window.deviceModel();
    // Four GPUs on each host (the AMD tree's two, the log's two), each its
    // own row though both hosts see the same GPUs: a GPU of another machine
    // never merges with one seen elsewhere.
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(devices, one).size(), 4, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(devices, two).size(), 4, WaitMs);
    QCOMPARE(devices->rowCount(), 8);
    const QString host = QHostInfo::localHostName();
    for (const SourceId &id : {one, two}) {
        for (const int row : rowsOf(devices, id)) {
            QVERIFY2(devices->device(row).description.endsWith(u" @ "_s + host),
                     qPrintable(devices->device(row).description));
            QCOMPARE(devices->data(devices->index(row, DeviceTableModel::Source)).toString(),
                     id.address);
        }
    }
    // The log's resident model, once per host, named for its host.
    const ModelTableModel *models = window.modelTable();
    QTRY_COMPARE_WITH_TIMEOUT(models->rowCount(), 2, WaitMs);
    for (int row = 0; row < models->rowCount(); ++row)
        QVERIFY(models->row(row).name.endsWith(u" @ "_s + host));
    // What the window's tables show.
    const auto *deviceTable = shown.findChild<QTableView *>(u"deviceTable"_s);
    const auto *modelTable = shown.findChild<QTableView *>(u"modelTable"_s);
    QVERIFY(deviceTable && modelTable);
    QCOMPARE(deviceTable->model()->rowCount(), 8);
    QCOMPARE(modelTable->model()->rowCount(), 2);
    for (int row = 0; row < modelTable->model()->rowCount(); ++row)
        QVERIFY(modelTable->model()->index(row, 0).data().toString().endsWith(u" @ "_s + host));
    // Its weights, KV cache and graph in that host's bars: on the log's two GPUs.
    for (const SourceId &id : {one, two}) {
        int withModel = 0;
        for (const int row : rowsOf(devices, id))
            withModel += window.occupancy()->models(devices->rowKey(row)).size();
        QCOMPARE(withModel, 2);
    }

    // One host goes away: its rows stay, stale; the other's stay live.
    const quint16 port = second.port();
    second.kill();
    QTRY_VERIFY_WITH_TIMEOUT(allStale(devices, two, true), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(window.poller()->status(two).state, SourceState::Unreachable, WaitMs);
    QVERIFY(allStale(devices, one, false));
    QCOMPARE(window.poller()->status(one).state, SourceState::Ok);
    QCOMPARE(devices->rowCount(), 8);

    // Back on the same port: live again, with every row.
    QVERIFY2(second.start(Binary, fixtures(u"127.0.0.1:"_s + QString::number(port))),
             qPrintable(second.error()));
    QTRY_COMPARE_WITH_TIMEOUT(window.poller()->status(two).state, SourceState::Ok, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(allStale(devices, two, false), WaitMs);
    QCOMPARE(devices->rowCount(), 8);
    QCOMPARE(models->rowCount(), 2);
}

void TestVramscopeHost::tokenFromTheTokensFile()
{
    const QByteArray token = "host-token-0123456789abcdef";
    QTemporaryDir dir;
    const QString tokenFile = dir.filePath(u"token"_s);
    QFile file(tokenFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(token);
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    ServeProcess serve;
    QVERIFY2(
        serve.start(Binary, fixtures(u"127.0.0.1:0"_s) + QStringList{u"--token-file"_s, tokenFile}),
        qPrintable(serve.error()));

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QString error;
    {
        // No token for it yet: 401, said so.
        Workspace window(&network);
        SourceId id;
        QVERIFY(window.addSource(u"vramscope"_s, serve.address(), false, {},
                                 Workspace::Origin::User, &error, &id));
        QTRY_VERIFY_WITH_TIMEOUT(window.poller()->status(id).state != SourceState::Connecting,
                                 WaitMs);
        QVERIFY(window.poller()->status(id).state != SourceState::Ok);
        QVERIFY2(window.poller()->status(id).message.contains(u"401"_s),
                 qPrintable(window.poller()->status(id).message));
    }
    QDir().mkpath(QFileInfo(HostTokens::defaultPath()).path());
    QFile tokens(HostTokens::defaultPath());
    QVERIFY(tokens.open(QIODevice::WriteOnly));
    tokens.write("# host tokens\n" + serve.address().toUtf8() + ' ' + token + '\n');
    tokens.close();
    QVERIFY(tokens.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    Workspace window(&network);
    SourceId id;
    QVERIFY(window.addSource(u"vramscope"_s, serve.address(), false, {}, Workspace::Origin::User,
                             &error, &id));
    QTRY_COMPARE_WITH_TIMEOUT(window.poller()->status(id).state, SourceState::Ok, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(window.deviceModel(), id).size(), 4, WaitMs);
    // The token never reaches the settings: only kind and address are kept.
    for (const SavedSource &saved : window.userSources())
        QVERIFY(!saved.address.contains(QString::fromUtf8(token)));
}

void TestVramscopeHost::tokensFileReadableByOthersRefused()
{
    QDir().mkpath(QFileInfo(HostTokens::defaultPath()).path());
    QFile tokens(HostTokens::defaultPath());
    QVERIFY(tokens.open(QIODevice::WriteOnly));
    tokens.write("127.0.0.1:1 some-token-0123456789\n");
    tokens.close();
    QVERIFY(tokens.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ReadOther));
    QNetworkAccessManager network;
    Workspace window(&network);
    SourceId id;
    QString error;
    QVERIFY(window.addSource(u"vramscope"_s, u"127.0.0.1:1"_s, false, {}, Workspace::Origin::User,
                             &error, &id));
    QTRY_COMPARE_WITH_TIMEOUT(window.poller()->status(id).state, SourceState::Error, WaitMs);
    QVERIFY2(window.poller()->status(id).message.contains(u"chmod 600"_s),
             qPrintable(window.poller()->status(id).message));
}

QTEST_MAIN(TestVramscopeHost)
#include "tst_vramscopehost.moc"
