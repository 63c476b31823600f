// Crash safety: a real stitch-local takes bursts of concurrent writes from several clients and is
// killed with SIGKILL in the middle of them. After a restart over the same data folder the store
// opens cleanly, passes SQLite's integrity check, and holds every write that was acknowledged.
#include "servertestkit.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace servertest;

namespace {
const QString kKey = QStringLiteral("crash-key");
const QString kSecret = QStringLiteral("crash-secret");
const QString kGroup = QStringLiteral("5f00000000000000000000c1");
constexpr int kClients = 4;
constexpr int kInFlightPerClient = 4;
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgedWritesSurviveKill9();

private:
    bool startServer(QProcess &process, const QString &dataDir, QUrl *root);
};

bool TestCrashSafety::startServer(QProcess &process, const QString &dataDir, QUrl *root)
{
    process.start(QStringLiteral(STITCH_LOCAL_BINARY),
                  { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                    QStringLiteral("--data"), dataDir, QStringLiteral("--admin-key"),
                    kKey + u':' + kSecret + u':' + kGroup });
    QSignalSpy ready(&process, &QProcess::readyReadStandardOutput);
    while (!process.canReadLine()) {
        if (!ready.wait(20000))
            return false;
    }
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    if (!line.startsWith(QLatin1String("listening on ")))
        return false;
    *root = QUrl(line.mid(13));
    return root->isValid();
}

void TestCrashSafety::acknowledgedWritesSurviveKill9()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess server;
    QUrl root;
    QVERIFY(startServer(server, dir.path(), &root));
    Probe probe(root);
    const Tokens tokens = probe.login(QStringLiteral("mongodb-cloud"), kKey, kSecret);
    QVERIFY(!tokens.access.isEmpty());
    const QString appId
        = probe
              .post(QStringLiteral("/groups/%1/apps").arg(kGroup),
                    { { QStringLiteral("name"), QStringLiteral("crash") } }, tokens.access)
              .object()
              .value(QStringLiteral("_id"))
              .toString();
    QVERIFY(!appId.isEmpty());

    // Several clients, each keeping a few writes in flight; a write counts once it answered 201.
    QUrl valuesUrl = root;
    valuesUrl.setPath(
        QStringLiteral("/api/admin/v3.0/groups/%1/apps/%2/values").arg(kGroup, appId));
    QStringList acknowledged;
    int sent = 0;
    bool killed = false;
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    std::function<void(QNetworkAccessManager *)> sendOne = [&](QNetworkAccessManager *nam) {
        if (killed || sent >= 2000) // bounded in count, whatever happens
            return;
        const QString name = QStringLiteral("v%1").arg(sent++);
        QNetworkRequest request(valuesUrl);
        request.setRawHeader("Authorization", "Bearer " + tokens.access.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("name"), name },
                                                            { QStringLiteral("value"), name } })
                                    .toJson(QJsonDocument::Compact);
        QNetworkReply *reply = nam->post(request, body);
        connect(reply, &QNetworkReply::finished, this, [&, reply, nam, name] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                acknowledged.append(name);
            sendOne(nam);
        });
    };
    for (int c = 0; c < kClients; ++c) {
        clients.push_back(std::make_unique<QNetworkAccessManager>());
        for (int i = 0; i < kInFlightPerClient; ++i)
            sendOne(clients.back().get());
    }
    // Kill it while writes are still coming: after some have been acknowledged, not at a quiet
    // moment between bursts.
    QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= 150, 60000);
    server.kill(); // SIGKILL: no clean shutdown, no chance to flush anything
    killed = true;
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::CrashExit);
    const QStringList acknowledgedBeforeKill = acknowledged;
    qInfo("sent %d writes, %lld acknowledged before the kill", sent,
          qlonglong(acknowledgedBeforeKill.size()));
    QVERIFY(sent > acknowledgedBeforeKill.size()); // some were in flight when it died
    clients.clear();

    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dir.filePath(QStringLiteral("stitch-local.sqlite")));
        QVERIFY(db.open());
        QSqlQuery check(db);
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    QProcess restarted;
    QVERIFY(startServer(restarted, dir.path(), &root));
    probe.setRoot(root);
    const Tokens again = probe.login(QStringLiteral("mongodb-cloud"), kKey, kSecret);
    QVERIFY(!again.access.isEmpty());
    const Answer list
        = probe.get(QStringLiteral("/groups/%1/apps/%2/values").arg(kGroup, appId), again.access);
    QCOMPARE(list.status, 200);
    QSet<QString> stored;
    const QJsonArray values = list.array();
    for (const QJsonValue &value : values)
        stored.insert(value.toObject().value(QStringLiteral("name")).toString());
    for (const QString &name : acknowledgedBeforeKill)
        QVERIFY2(stored.contains(name),
                 qPrintable(name + QStringLiteral(" was acknowledged, then lost")));
    restarted.terminate();
    QVERIFY(restarted.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
