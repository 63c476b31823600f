// The read caches behind every authenticated request (token, admin, app, draft, resources) must
// never answer from before a change: this server's writes, a write it rolled back, another
// connection's commits to the same file, a session ended.
#include "servertestkit.h"
#include "storetestkit.h"

#include "server/configstore.h"
#include "server/logwriter.h"
#include "server/store.h"

#include <QtTest>

using namespace stitchlocal;
using namespace servertest;

class tst_StoreCache : public QObject
{
    Q_OBJECT

private slots:
    void rolledBackWriteLeavesNothingBehind();
    void otherConnectionsCommitsAreSeen();
    void serverAnswersFollowEveryChange();
};

namespace {

Resource value(const QString &id, const QString &name)
{
    return { QStringLiteral("value"), id, QString(), name,
             QJsonObject { { QStringLiteral("_id"), id },
                           { QStringLiteral("name"), name },
                           { QStringLiteral("value"), 1 },
                           { QStringLiteral("private"), false } } };
}

QStringList names(const QList<Resource> &resources)
{
    QStringList list;
    for (const Resource &resource : resources)
        list.append(resource.name);
    return list;
}

} // namespace

void tst_StoreCache::rolledBackWriteLeavesNothingBehind()
{
    QTemporaryDir dir;
    Store store;
    QString error;
    bool created = false;
    QVERIFY2(store.open(dir.path(), &error, &created), qPrintable(error));
    const AppRecord app = sampleApp();
    QVERIFY(store.write([&] { return store.insertApp(app); }));
    QCOMPARE(store.resources(app.id, QStringLiteral("value")).size(), 0); // now cached

    QStringList seenInside;
    const bool written = store.write([&] {
        if (!store.putResource(app.id, value(QStringLiteral("v1"), QStringLiteral("phantom"))))
            return false;
        seenInside = names(store.resources(app.id, QStringLiteral("value")));
        return false; // then the write fails and is rolled back
    });
    QVERIFY(!written);
    QCOMPARE(seenInside, QStringList { QStringLiteral("phantom") });
    QCOMPARE(store.resources(app.id, QStringLiteral("value")).size(), 0);

    QVERIFY(store.write([&] {
        return store.putResource(app.id, value(QStringLiteral("v2"), QStringLiteral("kept")));
    }));
    QCOMPARE(names(store.resources(app.id, QStringLiteral("value"))),
             QStringList { QStringLiteral("kept") });
    // A log entry leaves the caches be (every function run writes one), and the change after it
    // is seen all the same, even one made outside Store::write (autocommit).
    QVERIFY(appendLog(store, app.id, { { QStringLiteral("type"), QStringLiteral("FUNCTION") } }));
    QVERIFY(store.putResource(app.id, value(QStringLiteral("v3"), QStringLiteral("loose"))));
    QCOMPARE(names(store.resources(app.id, QStringLiteral("value"))),
             QStringList({ QStringLiteral("kept"), QStringLiteral("loose") }));
}

void tst_StoreCache::otherConnectionsCommitsAreSeen()
{
    QTemporaryDir dir;
    Store mine;
    Store theirs;
    QString error;
    bool created = false;
    QVERIFY2(mine.open(dir.path(), &error, &created), qPrintable(error));
    QVERIFY2(theirs.open(dir.path(), &error, &created), qPrintable(error));
    const AppRecord app = sampleApp();
    QVERIFY(!mine.app(app.id)); // "no such app" is cached too
    QCOMPARE(mine.resources(app.id, QStringLiteral("value")).size(), 0);

    QVERIFY(theirs.write([&] {
        return theirs.insertApp(app)
            && theirs.putResource(app.id, value(QStringLiteral("v1"), QStringLiteral("theirs")));
    }));
    QVERIFY(mine.app(app.id));
    QCOMPARE(names(mine.resources(app.id, QStringLiteral("value"))),
             QStringList { QStringLiteral("theirs") });

    // Pinned for one request, the commits of others are looked for when the pin is set.
    mine.pinForeignVersion();
    QCOMPARE(mine.resources(app.id, QStringLiteral("value")).size(), 1);
    mine.unpinForeignVersion();
    QVERIFY(theirs.putResource(app.id, value(QStringLiteral("v2"), QStringLiteral("later"))));
    mine.pinForeignVersion();
    QCOMPARE(mine.resources(app.id, QStringLiteral("value")).size(), 2);
    mine.unpinForeignVersion();
}

void tst_StoreCache::serverAnswersFollowEveryChange()
{
    QTemporaryDir dir;
    ServerOptions options = loopbackOptions(dir.path());
    options.demo = true;
    options.admins = { apiKey(QStringLiteral("cachekey"), QStringLiteral("cache-secret")) };
    QString error;
    const auto server = startServer(options, &error);
    QVERIFY2(server, qPrintable(error));
    Probe probe(server->rootUrl());
    const Tokens tokens = probe.login(QStringLiteral("mongodb-cloud"), QStringLiteral("cachekey"),
                                      QStringLiteral("cache-secret"));
    const QString group = probe.groupOf(tokens.access);
    const QString appId = probe.firstAppOf(group, tokens.access);
    const QString values = QStringLiteral("/groups/%1/apps/%2/values").arg(group, appId);
    const QStringList before = namesOf(probe.get(values, tokens.access).array());

    // This server's own write.
    const Answer made = probe.post(
        values,
        { { QStringLiteral("name"), QStringLiteral("made_here") }, { QStringLiteral("value"), 2 } },
        tokens.access);
    QCOMPARE(made.status, 201);
    QVERIFY(namesOf(probe.get(values, tokens.access).array()).contains(QStringLiteral("made_here")));
    const QString madeId = made.object().value(QStringLiteral("_id")).toString();
    QCOMPARE(probe.send("DELETE", values + u'/' + madeId, tokens.access).status, 204);
    QCOMPARE(probe.get(values + u'/' + madeId, tokens.access).status, 404);
    QCOMPARE(namesOf(probe.get(values, tokens.access).array()), before);

    // Another connection's commit, as a second process on the same folder would make it.
    {
        Store other;
        bool created = false;
        QVERIFY2(other.open(dir.path(), &error, &created), qPrintable(error));
        ConfigStore config(other);
        QCOMPARE(config.insert(appId,
                               value(QStringLiteral("6b0bc25569597cca4344aa99"),
                                     QStringLiteral("made_elsewhere")),
                               QString()),
                 ConfigStore::Status::Ok);
    }
    QVERIFY(
        namesOf(probe.get(values, tokens.access).array()).contains(QStringLiteral("made_elsewhere")));

    // A session ended: its access token is refused at once, though it was just accepted.
    QCOMPARE(probe.get(values, tokens.access).status, 200);
    QCOMPARE(probe.send("DELETE", QStringLiteral("/auth/session"), tokens.refresh).status, 204);
    QCOMPARE(probe.get(values, tokens.access).status, 401);
}

QTEST_GUILESS_MAIN(tst_StoreCache)
#include "tst_storecache.moc"
