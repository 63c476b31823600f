#include "hostingtestkit.h"

#include "server/hosting/hostingassets.h"
#include "server/hosting/hostingdraft.h"
#include "server/store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>

using namespace hostingtest;
using namespace stitchlocal;

// Files as a browser gets them from /hosting/{client_app_id}/..., and drafts: an admin holding a
// draft changes the draft, not the served files, until the draft is applied.
class tst_HostingServe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void serving_data();
    void serving();
    void hostileServedPaths_data();
    void hostileServedPaths();
    void headAndConditional();
    void redirect();
    void wrongMethod();
    void writesRecordDeployments();
    void draftIsolation();
    void draftDiscard();
    void demoFiles();

private:
    QString insertDraft(const QString &adminId);
    int deployments();
    QJsonArray listAs(const QString &token)
    {
        return f.client.send("GET", f.assets() + "?recursive=true", token).array();
    }
    QStringList pathsAs(const QString &token)
    {
        QStringList paths;
        for (const QJsonValue &entry : listAs(token))
            paths.append(entry.toObject().value("path").toString());
        return paths;
    }

    Fixture f;
    QSqlDatabase m_sql;
    Store m_store; //!< a second connection to the server's store, as the drafts area holds one
};

void tst_HostingServe::initTestCase()
{
    QVERIFY(f.dir.isValid());
    QVERIFY(f.start());
    m_sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hosting-test"));
    m_sql.setDatabaseName(f.dir.filePath(QStringLiteral("stitch-local.sqlite")));
    QVERIFY(m_sql.open());
    QString error;
    bool created = true;
    QVERIFY2(m_store.open(f.dir.path(), &error, &created), qPrintable(error));
    QVERIFY(!created);

    const QList<QPair<QString, QByteArray>> files {
        { "/index.html", "<h1>home</h1>" }, { "/css/site.css", "body {}" },
        { "/js/app.js", "let a = 1;" },     { "/img/logo.png", QByteArray("\x89PNG\r\n\x1a\n", 8) },
        { "/docs/index.html", "docs" },     { "/data.unknownext", "?" },
    };
    for (const auto &file : files)
        QCOMPARE(
            f.client.upload(f.assets(), f.dev.access, meta(file.first, file.second), file.second)
                .status,
            204);
    QCOMPARE(f.client
                 .upload(f.assets(), f.dev.access,
                         meta("/typed.css", "x", contentType("text/x-custom")), "x")
                 .status,
             204);
}

void tst_HostingServe::cleanupTestCase()
{
    m_sql.close();
    m_sql = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("hosting-test"));
}

void tst_HostingServe::serving_data()
{
    QTest::addColumn<QString>("path"); //!< after /hosting/{client_app_id}
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("root") << "/" << 200 << QByteArray("text/html") << QByteArray("<h1>home</h1>");
    QTest::newRow("no trailing slash")
        << "" << 200 << QByteArray("text/html") << QByteArray("<h1>home</h1>");
    QTest::newRow("folder index") << "/docs/" << 200 << QByteArray("text/html")
                                  << QByteArray("docs");
    QTest::newRow("css") << "/css/site.css" << 200 << QByteArray("text/css")
                         << QByteArray("body {}");
    QTest::newRow("js") << "/js/app.js" << 200 << QByteArray("application/javascript")
                        << QByteArray("let a = 1;");
    QTest::newRow("png") << "/img/logo.png" << 200 << QByteArray("image/png")
                         << QByteArray("\x89PNG\r\n\x1a\n", 8);
    QTest::newRow("unknown extension")
        << "/data.unknownext" << 200 << QByteArray("application/octet-stream") << QByteArray("?");
    QTest::newRow("attribute wins")
        << "/typed.css" << 200 << QByteArray("text/x-custom") << QByteArray("x");
    QTest::newRow("encoded") << "/css/site%2Ecss" << 200 << QByteArray("text/css")
                             << QByteArray("body {}");
    QTest::newRow("unknown file") << "/nope.html" << 404 << QByteArray() << QByteArray();
    QTest::newRow("folder without index") << "/css/" << 404 << QByteArray() << QByteArray();
    QTest::newRow("encoded NUL") << "/index.html%00" << 400 << QByteArray() << QByteArray();
}

void tst_HostingServe::serving()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, body);
    const Answer answer = f.client.send("GET", f.served(path), QString());
    QCOMPARE(answer.status, status);
    if (status != 200) {
        QVERIFY(answer.isJsonError());
        return;
    }
    QCOMPARE(answer.body, body);
    QCOMPARE(answer.header("Content-Type"), type);
    QCOMPARE(answer.header("ETag"), '"' + md5(body).toLatin1() + '"');

    QCOMPARE(
        f.client
            .send("GET", f.client.root.toString() + "/hosting/nosuchapp-abcde" + path, QString())
            .status,
        status == 400 ? 400 : 404);
}

void tst_HostingServe::hostileServedPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("dot dot") << "/css/../index.html";
    QTest::newRow("encoded dot dot") << "/css/%2E%2E/index.html";
    QTest::newRow("above the app") << "/%2e%2e/%2e%2e/etc/passwd";
    QTest::newRow("double slash") << "//index.html";
    QTest::newRow("encoded backslash") << "/css%5Csite.css";
    QTest::newRow("encoded newline") << "/index.html%0AX:%20y";
}

void tst_HostingServe::hostileServedPaths()
{
    // Written on a raw socket: QNetworkAccessManager would resolve the dot segments itself.
    QFETCH(QString, path);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, f.server->port());
    socket.write("GET /hosting/" + f.clientAppId.toLatin1() + path.toLatin1()
                 + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    QByteArray response;
    QTRY_VERIFY_WITH_TIMEOUT((response += socket.readAll()).contains("\r\n"), 10000);
    QVERIFY2(response.startsWith("HTTP/1.1 400"), response.constData());
}

void tst_HostingServe::headAndConditional()
{
    const Answer head = f.client.send("HEAD", f.served("/css/site.css"), QString());
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.header("Content-Length"), QByteArray("7"));
    QCOMPARE(head.header("ETag"), '"' + md5("body {}").toLatin1() + '"');
    // The connection stays usable after a HEAD: no stray body bytes were sent.
    QCOMPARE(f.client.send("GET", f.served("/css/site.css"), QString()).body,
             QByteArray("body {}"));
    QCOMPARE(f.client.send("HEAD", f.served("/nope.css"), QString()).status, 404);

    const QByteArray etag = '"' + md5("body {}").toLatin1() + '"';
    const Answer cached = f.client.send("GET", f.served("/css/site.css"), QString(), QByteArray(),
                                        QByteArray(), { { "If-None-Match", etag } });
    QCOMPARE(cached.status, 304);
    QVERIFY(cached.body.isEmpty());
    const Answer stale = f.client.send("GET", f.served("/css/site.css"), QString(), QByteArray(),
                                       QByteArray(), { { "If-None-Match", "\"0123\"" } });
    QCOMPARE(stale.status, 200);
}

void tst_HostingServe::redirect()
{
    const QJsonArray attrs { QJsonObject { { "name", "Website-Redirect-Location" },
                                           { "value", "/index.html" } } };
    QCOMPARE(
        f.client.upload(f.assets(), f.dev.access, meta("/old.html", "old", attrs), "old").status,
        204);
    QNetworkAccessManager nam;
    nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(QUrl(f.served("/old.html")))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 301);
    QCOMPARE(reply->rawHeader("Location"), QByteArray("/index.html"));
}

void tst_HostingServe::wrongMethod()
{
    for (const QByteArray &verb : { QByteArray("POST"), QByteArray("PUT"), QByteArray("DELETE") }) {
        const Answer answer
            = f.client.send(verb, f.served("/index.html"), f.dev.access, "x", "text/plain");
        QCOMPARE(answer.status, 405);
        QCOMPARE(answer.header("Allow"), QByteArray("GET, HEAD"));
    }
    QCOMPARE(f.client.send("GET", f.served("/index.html"), QString()).body,
             QByteArray("<h1>home</h1>"));
}

int tst_HostingServe::deployments()
{
    QSqlQuery query(m_sql);
    if (!query.exec(
            QStringLiteral("SELECT COUNT(*) FROM deployments WHERE app_id = '%1'").arg(f.appId))
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString tst_HostingServe::insertDraft(const QString &adminId)
{
    const QString id = QStringLiteral("%1")
                           .arg(QRandomGenerator::global()->generate64(), 24, 16, QLatin1Char('0'))
                           .right(24);
    QSqlQuery query(m_sql);
    query.prepare(
        QStringLiteral("INSERT INTO drafts(id, app_id, admin_id, created) VALUES(?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(f.appId);
    query.addBindValue(adminId);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    return query.exec() ? id : QString();
}

void tst_HostingServe::writesRecordDeployments()
{
    const int before = deployments();
    QVERIFY(before >= 0);
    QCOMPARE(f.client.upload(f.assets(), f.dev.access, meta("/deploy.txt", "d"), "d").status, 204);
    QCOMPARE(deployments(), before + 1);
    QCOMPARE(f.client.send("DELETE", f.assets() + "/asset?path=/deploy.txt", f.dev.access).status,
             204);
    QCOMPARE(deployments(), before + 2);
    // A refused write records nothing.
    QCOMPARE(f.client.upload(f.assets(), f.dev.access, meta("/deploy.txt", "other"), "d").status,
             400);
    QCOMPARE(deployments(), before + 2);
}

void tst_HostingServe::draftIsolation()
{
    const QString draft = insertDraft(f.dev.userId);
    QVERIFY(!draft.isEmpty());
    const QStringList deployedPaths = pathsAs(f.mate.access);
    const int deployed = deployments();

    // In the draft: add one file, replace one, delete one, and add then delete another.
    QCOMPARE(f.client.upload(f.assets(), f.dev.access, meta("/new.html", "new"), "new").status,
             204);
    QCOMPARE(
        f.client.upload(f.assets(), f.dev.access, meta("/css/site.css", "body { x }"), "body { x }")
            .status,
        204);
    QCOMPARE(f.client.send("DELETE", f.assets() + "/asset?path=/js/app.js", f.dev.access).status,
             204);
    QCOMPARE(f.client.upload(f.assets(), f.dev.access, meta("/tmp.txt", "t"), "t").status, 204);
    QCOMPARE(f.client.send("DELETE", f.assets() + "/asset?path=/tmp.txt", f.dev.access).status,
             204);
    QCOMPARE(deployments(), deployed);

    // The draft holder sees the draft; everyone else, and the browser, the deployed files.
    const QStringList draftPaths = pathsAs(f.dev.access);
    QVERIFY(draftPaths.contains("/new.html"));
    QVERIFY(!draftPaths.contains("/js/app.js"));
    QVERIFY(!draftPaths.contains("/tmp.txt"));
    QCOMPARE(f.client.send("GET", f.assets() + "/asset?path=/css/site.css", f.dev.access)
                 .object()
                 .value("hash")
                 .toString(),
             md5("body { x }"));
    QCOMPARE(pathsAs(f.mate.access), deployedPaths);
    QCOMPARE(f.client.send("GET", f.assets() + "/asset?path=/new.html", f.mate.access).status, 404);
    QCOMPARE(f.client.send("GET", f.served("/new.html"), QString()).status, 404);
    QCOMPARE(f.client.send("GET", f.served("/css/site.css"), QString()).body,
             QByteArray("body {}"));
    QCOMPARE(f.client.send("GET", f.served("/js/app.js"), QString()).status, 200);

    const QJsonObject diff = hostingDraftDiff(m_store, draft);
    QCOMPARE(diff.value("added").toArray(), QJsonArray({ "/new.html" }));
    QCOMPARE(diff.value("deleted").toArray(), QJsonArray({ "/js/app.js" }));
    QCOMPARE(diff.value("modified").toArray(), QJsonArray({ "/css/site.css" }));

    QVERIFY(m_store.write([&] { return applyHostingDraft(m_store, f.appId, draft); }));
    QCOMPARE(f.client.send("GET", f.served("/new.html"), QString()).body, QByteArray("new"));
    QCOMPARE(f.client.send("GET", f.served("/css/site.css"), QString()).body,
             QByteArray("body { x }"));
    QCOMPARE(f.client.send("GET", f.served("/js/app.js"), QString()).status, 404);
    QCOMPARE(pathsAs(f.mate.access), pathsAs(f.dev.access));
    const QJsonObject empty { { "added", QJsonArray() },
                              { "deleted", QJsonArray() },
                              { "modified", QJsonArray() } };
    QCOMPARE(hostingDraftDiff(m_store, draft), empty);

    QSqlQuery query(m_sql);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM drafts WHERE id = '%1'").arg(draft)));
}

void tst_HostingServe::draftDiscard()
{
    const QString draft = insertDraft(f.dev.userId);
    QVERIFY(!draft.isEmpty());
    const QJsonArray deployed = listAs(f.mate.access);
    QCOMPARE(f.client.upload(f.assets(), f.dev.access, meta("/discarded.txt", "d"), "d").status,
             204);
    QCOMPARE(f.client
                 .json("POST", f.assets(), f.dev.access,
                       { { "move_from", "/index.html" }, { "move_to", "/home.html" } })
                 .status,
             204);
    QCOMPARE(hostingDraftDiff(m_store, draft).value("added").toArray(),
             QJsonArray({ "/discarded.txt", "/home.html" }));
    QCOMPARE(hostingDraftDiff(m_store, draft).value("deleted").toArray(),
             QJsonArray({ "/index.html" }));

    QVERIFY(discardHostingDraft(m_store, draft));
    QCOMPARE(hostingDraftDiff(m_store, draft).value("added").toArray(), QJsonArray());
    QCOMPARE(listAs(f.dev.access), deployed);
    QCOMPARE(f.client.send("GET", f.served("/"), QString()).body, QByteArray("<h1>home</h1>"));
    QCOMPARE(f.client.send("GET", f.served("/discarded.txt"), QString()).status, 404);
    QSqlQuery query(m_sql);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM drafts WHERE id = '%1'").arg(draft)));
}

void tst_HostingServe::demoFiles()
{
    // The demo app's files, written straight into the core table, list and serve like uploads.
    Fixture demo;
    QVERIFY(demo.start(1800, true));
    const QJsonArray apps
        = demo.client
              .send("GET", QStringLiteral("/groups/%1/apps").arg(demo.group), demo.dev.access)
              .array();
    QString demoApp;
    for (const QJsonValue &app : apps) {
        if (app.toObject().value("_id").toString() != demo.appId)
            demoApp = app.toObject().value("_id").toString();
    }
    QVERIFY(!demoApp.isEmpty());
    const QJsonArray files
        = demo.client
              .send("GET",
                    QStringLiteral("/groups/%1/apps/%2/hosting/assets?recursive=true")
                        .arg(demo.group, demoApp),
                    demo.dev.access)
              .array();
    QCOMPARE(files.size(), 2);
    for (const QJsonValue &file : files) {
        const QJsonObject entry = file.toObject();
        const Answer served = demo.client.send("GET", entry.value("url").toString(), QString());
        QCOMPARE(served.status, 200);
        QCOMPARE(md5(served.body), entry.value("hash").toString());
        QCOMPARE(qint64(served.body.size()), entry.value("size").toInteger());
        QCOMPARE(QString::fromUtf8(served.header("Content-Type")),
                 attributeValue(entry.value("attrs").toArray(), "Content-Type"));
    }
}

QTEST_GUILESS_MAIN(tst_HostingServe)
#include "tst_hostingserve.moc"
