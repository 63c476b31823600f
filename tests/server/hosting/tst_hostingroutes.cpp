#include "hostingtestkit.h"

using namespace hostingtest;

// The hosting Admin API routes on a real server: move, copy, delete, directories, the cache call,
// listing, and who may call each route (uploads and attributes: tst_hostingupload).
class tst_HostingRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void moveAndCopy();
    void moveCopyRefused_data();
    void moveCopyRefused();
    void deleteAndDirectories();
    void cache_data();
    void cache();
    void listing();
    void access_data();
    void access();
    void expiredToken();

private:
    QJsonArray listAll()
    {
        return f.client.send("GET", f.assets() + "?recursive=true", f.dev.access).array();
    }
    Fixture f;
};

void tst_HostingRoutes::initTestCase()
{
    QVERIFY(f.dir.isValid());
    QVERIFY(f.start());
}

void tst_HostingRoutes::moveAndCopy()
{
    QCOMPARE(f.client.upload(f.assets(), f.dev.access, meta("/mc/one.txt", "one"), "one").status,
             204);
    QCOMPARE(f.client
                 .json("POST", f.assets(), f.dev.access,
                       { { "copy_from", "/mc/one.txt" }, { "copy_to", "/mc/two.txt" } })
                 .status,
             204);
    QCOMPARE(f.client.send("GET", f.served("/mc/one.txt"), QString()).body, QByteArray("one"));
    QCOMPARE(f.client.send("GET", f.served("/mc/two.txt"), QString()).body, QByteArray("one"));

    QCOMPARE(f.client
                 .json("POST", f.assets(), f.dev.access,
                       { { "move_from", "/mc/two.txt" }, { "move_to", "/mc/three.txt" } })
                 .status,
             204);
    QCOMPARE(f.client.send("GET", f.assets() + "/asset?path=/mc/two.txt", f.dev.access).status,
             404);
    QCOMPARE(f.client.send("GET", f.served("/mc/two.txt"), QString()).status, 404);
    QCOMPARE(f.client.send("GET", f.served("/mc/three.txt"), QString()).body, QByteArray("one"));
    QCOMPARE(f.client.send("GET", f.assets() + "/asset?path=/mc/three.txt", f.dev.access)
                 .object()
                 .value("hash")
                 .toString(),
             md5("one"));

    // A directory moves with everything in it.
    QCOMPARE(f.client
                 .json("POST", f.assets(), f.dev.access,
                       { { "move_from", "/mc/" }, { "move_to", "/moved/" } })
                 .status,
             204);
    const QJsonArray moved
        = f.client.send("GET", f.assets() + "?recursive=true&prefix=/moved/", f.dev.access).array();
    QStringList paths;
    for (const QJsonValue &entry : moved)
        paths.append(entry.toObject().value("path").toString());
    QCOMPARE(paths, QStringList({ "/moved/one.txt", "/moved/three.txt" }));
    QVERIFY(f.client.send("GET", f.assets() + "?recursive=true&prefix=/mc/", f.dev.access)
                .array()
                .isEmpty());
}

void tst_HostingRoutes::moveCopyRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("malformed") << QByteArray("{\"move_from\": ") << 400;
    QTest::newRow("nothing") << QByteArray("{}") << 400;
    QTest::newRow("both modes") << QByteArray(
        "{\"move_from\": \"/k.txt\", \"move_to\": \"/l.txt\", \"copy_from\": \"/k.txt\", "
        "\"copy_to\": \"/m.txt\"}")
                                << 400;
    QTest::newRow("move without to") << QByteArray("{\"move_from\": \"/k.txt\"}") << 400;
    QTest::newRow("copy without from") << QByteArray("{\"copy_to\": \"/k2.txt\"}") << 400;
    QTest::newRow("to not a string")
        << QByteArray("{\"copy_from\": \"/k.txt\", \"copy_to\": 3}") << 400;
    QTest::newRow("file onto directory")
        << QByteArray("{\"copy_from\": \"/k.txt\", \"copy_to\": \"/d/\"}") << 400;
    QTest::newRow("directory into itself")
        << QByteArray("{\"move_from\": \"/d/\", \"move_to\": \"/d/e/\"}") << 400;
    QTest::newRow("unknown source")
        << QByteArray("{\"move_from\": \"/none.txt\", \"move_to\": \"/k3.txt\"}") << 404;
}

void tst_HostingRoutes::moveCopyRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QCOMPARE(f.client.upload(f.assets(), f.dev.access, meta("/k.txt", "k"), "k").status, 204);
    const QJsonArray before = listAll();
    const Answer answer = f.client.send("POST", f.assets(), f.dev.access, body, "application/json");
    QCOMPARE(answer.status, status);
    QVERIFY(answer.isJsonError());
    QCOMPARE(listAll(), before);
}

void tst_HostingRoutes::deleteAndDirectories()
{
    const QString asset = f.assets() + "/asset?path=";
    QCOMPARE(
        f.client.json("PUT", f.assets() + "/asset", f.dev.access, { { "path", "/docs/" } }).status,
        204);
    const QJsonObject dir = f.client.send("GET", asset + "/docs/", f.dev.access).object();
    QCOMPARE(dir.value("size").toInt(), 0);
    QCOMPARE(dir.value("hash").toString(), md5(QByteArray()));
    QCOMPARE(f.client.upload(f.assets(), f.dev.access, meta("/docs/a.txt", "a"), "a").status, 204);
    QCOMPARE(f.client.upload(f.assets(), f.dev.access, meta("/docs/sub/b.txt", "b"), "b").status,
             204);
    QCOMPARE(f.client.upload(f.assets(), f.dev.access, meta("/docsx.txt", "x"), "x").status, 204);

    QCOMPARE(f.client.send("DELETE", asset + "/docs/a.txt", f.dev.access).status, 204);
    QCOMPARE(f.client.send("GET", asset + "/docs/a.txt", f.dev.access).status, 404);
    QCOMPARE(f.client.send("GET", f.served("/docs/a.txt"), QString()).status, 404);
    const Answer again = f.client.send("DELETE", asset + "/docs/a.txt", f.dev.access);
    QCOMPARE(again.status, 404);
    QCOMPARE(again.errorCode(), QStringLiteral("AssetNotFound"));
    QCOMPARE(f.client.send("DELETE", f.assets() + "/asset", f.dev.access).errorCode(),
             QStringLiteral("MissingParameter"));

    // Deleting a directory takes what is under it, and nothing that merely shares its prefix.
    QCOMPARE(f.client.send("DELETE", asset + "/docs/", f.dev.access).status, 204);
    QVERIFY(f.client.send("GET", f.assets() + "?recursive=true&prefix=/docs/", f.dev.access)
                .array()
                .isEmpty());
    QCOMPARE(f.client.send("GET", asset + "/docsx.txt", f.dev.access).status, 200);
    QCOMPARE(f.client.json("PUT", f.assets() + "/asset", f.dev.access, { { "path", "/" } }).status,
             400);
}

void tst_HostingRoutes::cache_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code"); //!< empty: 204
    QTest::newRow("everything") << QByteArray("{\"invalidate\": true, \"path\": \"/*\"}")
                                << QString();
    QTest::newRow("folder") << QByteArray("{\"invalidate\": true, \"path\": \"/css/*\"}")
                            << QString();
    QTest::newRow("one file") << QByteArray("{\"invalidate\": true, \"path\": \"/index.html\"}")
                              << QString();
    QTest::newRow("false") << QByteArray("{\"invalidate\": false, \"path\": \"/*\"}") << QString();
    QTest::newRow("malformed") << QByteArray("{\"invalidate\"") << "InvalidParameter";
    QTest::newRow("no invalidate") << QByteArray("{\"path\": \"/*\"}") << "MissingParameter";
    QTest::newRow("invalidate string")
        << QByteArray("{\"invalidate\": \"yes\", \"path\": \"/*\"}") << "InvalidParameter";
    QTest::newRow("no path") << QByteArray("{\"invalidate\": true}") << "MissingParameter";
    QTest::newRow("hostile path") << QByteArray("{\"invalidate\": true, \"path\": \"/../*\"}")
                                  << "InvalidParameter";
}

void tst_HostingRoutes::cache()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const Answer answer
        = f.client.send("PUT", f.hosting() + "/cache", f.dev.access, body, "application/json");
    QCOMPARE(answer.status, code.isEmpty() ? 204 : 400);
    QCOMPARE(answer.errorCode(), code);
}

void tst_HostingRoutes::listing()
{
    const QStringList files { "/list/a.txt", "/list/b/c.txt", "/list/b/d/e.txt", "/listing.txt" };
    for (const QString &path : files)
        QCOMPARE(f.client.upload(f.assets(), f.dev.access, meta(path, path.toUtf8()), path.toUtf8())
                     .status,
                 204);
    QCOMPARE(f.client.json("PUT", f.assets() + "/asset", f.dev.access, { { "path", "/list/b/" } })
                 .status,
             204);
    const auto paths = [this](const QString &query) {
        QStringList found;
        const Answer answer = f.client.send("GET", f.assets() + query, f.dev.access);
        for (const QJsonValue &entry : answer.array())
            found.append(entry.toObject().value("path").toString());
        return answer.status == 200 ? found : QStringList { QString::number(answer.status) };
    };
    QCOMPARE(paths("?recursive=true&prefix=/list/"),
             QStringList({ "/list/a.txt", "/list/b/", "/list/b/c.txt", "/list/b/d/e.txt" }));
    QCOMPARE(paths("?recursive=true&prefix=/list"),
             QStringList({ "/list/a.txt", "/list/b/", "/list/b/c.txt", "/list/b/d/e.txt",
                           "/listing.txt" }));
    QCOMPARE(paths("?prefix=/list/"), QStringList({ "/list/a.txt", "/list/b/" }));
    QCOMPARE(paths("?recursive=false&prefix=/list/b/"),
             QStringList({ "/list/b/", "/list/b/c.txt" }));
    QCOMPARE(paths("?recursive=true&prefix=/nothing/"), QStringList());
    QCOMPARE(paths("?recursive=maybe"), QStringList({ "400" }));
    QCOMPARE(paths("?recursive=true&prefix=/a/../"), QStringList({ "400" }));
    const QStringList all = paths("?recursive=true");
    QVERIFY(all.contains("/listing.txt") && all.contains("/list/b/d/e.txt"));
    QStringList sorted = all;
    sorted.sort();
    QCOMPARE(all, sorted);
}

void tst_HostingRoutes::access_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("list") << QByteArray("GET") << "/assets?recursive=true" << QByteArray();
    QTest::newRow("move/copy") << QByteArray("POST") << "/assets"
                               << QByteArray(
                                      "{\"copy_from\": \"/k.txt\", \"copy_to\": \"/stolen.txt\"}");
    QTest::newRow("metadata") << QByteArray("GET") << "/assets/asset?path=/k.txt" << QByteArray();
    QTest::newRow("upload") << QByteArray("PUT") << "/assets/asset"
                            << QByteArray("{\"path\": \"/stolen/\"}");
    QTest::newRow("patch") << QByteArray("PATCH") << "/assets/asset?path=/k.txt"
                           << QByteArray("{\"attributes\": []}");
    QTest::newRow("delete") << QByteArray("DELETE") << "/assets/asset?path=/k.txt" << QByteArray();
    QTest::newRow("cache") << QByteArray("PUT") << "/cache"
                           << QByteArray("{\"invalidate\": true, \"path\": \"/*\"}");
}

void tst_HostingRoutes::access()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, body);
    QCOMPARE(f.client.upload(f.assets(), f.dev.access, meta("/k.txt", "k"), "k").status, 204);
    const QJsonArray before = listAll();
    const QString path = f.hosting() + suffix;
    const Answer none = f.client.send(verb, path, QString(), body, "application/json");
    QCOMPARE(none.status, 401);
    QCOMPARE(none.errorCode(), QStringLiteral("InvalidSession"));
    const Answer bogus
        = f.client.send(verb, path, QStringLiteral("not-a-token"), body, "application/json");
    QCOMPARE(bogus.status, 401);
    // Another admin's group, and this app under the outsider's own group: 404 either way.
    const Answer group = f.client.send(verb, path, f.outsider.access, body, "application/json");
    QCOMPARE(group.status, 404);
    QCOMPARE(group.errorCode(), QStringLiteral("GroupNotFound"));
    const QString ownGroup
        = QStringLiteral("/groups/%1/apps/%2/hosting").arg(f.otherGroup, f.appId) + suffix;
    const Answer app = f.client.send(verb, ownGroup, f.outsider.access, body, "application/json");
    QCOMPARE(app.status, 404);
    QCOMPARE(app.errorCode(), QStringLiteral("AppNotFound"));
    QCOMPARE(listAll(), before);
    // The same call with the right token works.
    const Answer allowed = f.client.send(verb, path, f.dev.access, body, "application/json");
    QVERIFY2(allowed.status == 200 || allowed.status == 204, allowed.body.constData());
}

void tst_HostingRoutes::expiredToken()
{
    Fixture shortLived;
    QVERIFY(shortLived.start(60));
    QCOMPARE(shortLived.client
                 .send("GET", shortLived.assets() + "?recursive=true", shortLived.dev.access)
                 .status,
             200);
    shortLived.clock.advanceSeconds(61);
    QCOMPARE(shortLived.client
                 .send("GET", shortLived.assets() + "?recursive=true", shortLived.dev.access)
                 .status,
             401);
    const QList<QPair<QByteArray, QString>> routes { { "GET", "/assets?recursive=true" },
                                                     { "POST", "/assets" },
                                                     { "GET", "/assets/asset?path=/a" },
                                                     { "PUT", "/assets/asset" },
                                                     { "PATCH", "/assets/asset?path=/a" },
                                                     { "DELETE", "/assets/asset?path=/a" },
                                                     { "PUT", "/cache" } };
    for (const auto &route : routes) {
        const Answer answer
            = shortLived.client.send(route.first, shortLived.hosting() + route.second,
                                     shortLived.dev.access, "{}", "application/json");
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.errorCode(), QStringLiteral("InvalidSession"));
    }
}

QTEST_GUILESS_MAIN(tst_HostingRoutes)
#include "tst_hostingroutes.moc"
