// The Local profile's server, loaded from libstitch-local-server.so (src/app/localservermodule.h):
// it starts, takes its admin's fresh key, is reused by a second start, remembers its group; and a
// module that is missing, not a library, or another library altogether gives a clear error.
#include "consolefixture.h"

#include <app/localprofilestarter.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray ModuleDirVariable = "STITCH_LOCAL_MODULE_DIR";

//! Points the module search at dir for the life of the object, then back at the build's copy.
class ModuleDirOverride
{
public:
    explicit ModuleDirOverride(const QString &dir)
        : m_saved(qgetenv(ModuleDirVariable))
    {
        qputenv(ModuleDirVariable, dir.toLocal8Bit());
    }
    ~ModuleDirOverride() { qputenv(ModuleDirVariable, m_saved); }

private:
    QByteArray m_saved;
};

struct Started
{
    QUrl rootUrl;
    QString admin;
    QString secret;
};

//! Starts the starter and waits for ready(); fails the test on failed() or a time-out.
Started startAndWait(LocalProfileStarter &starter)
{
    QSignalSpy ready(&starter, &LocalProfileStarter::ready);
    QSignalSpy failed(&starter, &LocalProfileStarter::failed);
    starter.start();
    const bool ended
        = QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 30000);
    if (!ended || ready.isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("no ready(): %1")
                                    .arg(failed.isEmpty() ? QStringLiteral("timed out")
                                                          : failed.first().first().toString())),
                     __FILE__, __LINE__);
        return {};
    }
    const QList<QVariant> args = ready.first();
    return { args.at(0).toUrl(), args.at(1).toString(), args.at(2).toString() };
}

//! Starts a starter that looks for its module in dir only and waits for failed(); returns its
//! message (empty when it did not fail, or when it still counts itself as starting afterwards).
QString failureWithModuleDir(const QString &dir)
{
    const ModuleDirOverride lookIn(dir);
    LocalProfileStarter starter;
    starter.setDataDir(dir + QStringLiteral("/data"));
    QSignalSpy ready(&starter, &LocalProfileStarter::ready);
    QSignalSpy failed(&starter, &LocalProfileStarter::failed);
    starter.start();
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 30000))
        return QString();
    if (failed.isEmpty() || starter.isStarting() || starter.isRunning())
        return QString();
    return failed.first().first().toString();
}

//! The admin login of the Admin API with the API key the starter made.
int loginStatus(const Started &server)
{
    QNetworkAccessManager network;
    QNetworkRequest request(server.rootUrl.resolved(
        QUrl(QStringLiteral("/api/admin/v3.0/auth/providers/mongodb-cloud/login"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QJsonObject body { { QStringLiteral("username"), server.admin },
                             { QStringLiteral("apiKey"), server.secret } };
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000)) {
        delete reply;
        return -1; // no answer in time
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}
} // namespace

class TestLocalProfileStarter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void startsTheModuleServerWithAFreshKey();
    void secondStartReusesTheRunningServer();
    void missingModuleSaysWhereItLooked();
    void moduleThatIsNoLibraryIsRefused();
    void libraryWithoutTheEntryIsRefused();
    void destroyedWhileLoadingStopsCleanly();
};

void TestLocalProfileStarter::initTestCase()
{
    ConsoleFixture::isolateSettings(QStringLiteral("tst_localprofilestarter"));
    QVERIFY2(!qEnvironmentVariableIsEmpty(ModuleDirVariable),
             "tests/common/localmoduledir.cpp sets the build's module folder");
}

void TestLocalProfileStarter::startsTheModuleServerWithAFreshKey()
{
    QTemporaryDir data;
    LocalProfileStarter starter;
    starter.setDataDir(data.path());
    const Started server = startAndWait(starter);
    QCOMPARE(server.rootUrl.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(server.rootUrl.port() > 0);
    QVERIFY(starter.isRunning());
    QCOMPARE(server.admin, starter.adminName());
    QCOMPARE(server.secret.size(), 64); // 32 random bytes in hex
    QCOMPARE(loginStatus(server), 200);
    Started wrongKey = server;
    wrongKey.secret = QString(64, QLatin1Char('0'));
    QCOMPARE(loginStatus(wrongKey), 401);
    // The group is no secret: kept, so the demo app turns up in the same group next time.
    QCOMPARE(QSettings().value(QStringLiteral("local/groupId")).toString().size(), 24);
    // The store is in the folder it was given.
    QVERIFY(QFile::exists(data.filePath(QStringLiteral("stitch-local.sqlite"))));
}

void TestLocalProfileStarter::secondStartReusesTheRunningServer()
{
    QTemporaryDir data;
    LocalProfileStarter starter;
    starter.setDataDir(data.path());
    const Started first = startAndWait(starter);
    const Started second = startAndWait(starter);
    QCOMPARE(second.rootUrl, first.rootUrl);
    QCOMPARE(second.secret, first.secret);
    QCOMPARE(loginStatus(second), 200);
}

void TestLocalProfileStarter::missingModuleSaysWhereItLooked()
{
    QTemporaryDir empty;
    const QString error = failureWithModuleDir(empty.path());
    QVERIFY2(error.contains(QLatin1String("not installed")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("libstitch-local-server.so")), qPrintable(error));
    QVERIFY2(error.contains(empty.path()), qPrintable(error));
}

void TestLocalProfileStarter::moduleThatIsNoLibraryIsRefused()
{
    QTemporaryDir dir;
    QFile fake(dir.filePath(QStringLiteral("libstitch-local-server.so")));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("<html>not a library</html>");
    fake.close();
    const QString error = failureWithModuleDir(dir.path());
    QVERIFY2(error.startsWith(QLatin1String("The built-in local server could not be loaded")),
             qPrintable(error));
}

void TestLocalProfileStarter::libraryWithoutTheEntryIsRefused()
{
    // A real shared library under the module's name, one without the entry and without state of
    // its own to disturb when a second copy loads: zlib, which Qt itself needs.
    QTemporaryDir dir;
    const QString zlib
        = QLibraryInfo::path(QLibraryInfo::LibrariesPath) + QStringLiteral("/libz.so.1");
    QVERIFY2(QFile::exists(zlib), qPrintable(zlib));
    QVERIFY(QFile::copy(zlib, dir.filePath(QStringLiteral("libstitch-local-server.so"))));
    const QString error = failureWithModuleDir(dir.path());
    QVERIFY2(error.contains(QLatin1String("is from another version of Stitch Console")),
             qPrintable(error));
}

void TestLocalProfileStarter::destroyedWhileLoadingStopsCleanly()
{
    // Closing the window at once: the destructor waits for the loader, then stops the server.
    QTemporaryDir data;
    for (int i = 0; i < 3; ++i) {
        auto starter = std::make_unique<LocalProfileStarter>();
        starter->setDataDir(data.path());
        starter->start();
        QVERIFY(starter->isStarting());
        starter.reset();
    }
    // The store is free again: a new server opens it and serves.
    LocalProfileStarter again;
    again.setDataDir(data.path());
    QCOMPARE(loginStatus(startAndWait(again)), 200);
}

QTEST_MAIN(TestLocalProfileStarter)
#include "tst_localprofilestarter.moc"
