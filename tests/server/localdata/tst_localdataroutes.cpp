// The local data routes of a MongoDB service (admin-only extension): list, find, insert, replace,
// delete, import (JSON array and JSON lines, a bad line refused or skipped), who may call them,
// and documents kept across a restart of the server.

#include "localdatatestkit.h"

using namespace localdatatest;

class tst_LocalDataRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_world.start()); }

    void featureListed();
    void insertFindReplaceDelete();
    void duplicateIdInsertsNothing();
    void findChecksItsBody();
    void importJsonLinesWithABadLine();
    void importJsonArray();
    void refusesWithoutAdmin();
    void refusesOtherServices();
    void keptAcrossRestart();
    void tornLastWriteIsCut();

private:
    World m_world;
};

void tst_LocalDataRoutes::featureListed()
{
    const Answer answer = m_world.probe.get(QStringLiteral("/local/features"), m_world.dev.access);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.object()
                .value(QStringLiteral("features"))
                .toArray()
                .contains(QStringLiteral("local-data")));
}

void tst_LocalDataRoutes::insertFindReplaceDelete()
{
    const QJsonObject oid { { QStringLiteral("$oid"),
                              QStringLiteral("5f00000000000000000000aa") } };
    Answer inserted = m_world.local(
        "POST", QStringLiteral("insert"),
        { { QStringLiteral("database"), QStringLiteral("shop") },
          { QStringLiteral("collection"), QStringLiteral("orders") },
          { QStringLiteral("documents"),
            QJsonArray {
                QJsonObject { { QStringLiteral("_id"), oid },
                              { QStringLiteral("n"), int32(1) },
                              { QStringLiteral("when"),
                                QJsonObject { { QStringLiteral("$date"),
                                                QJsonObject { { QStringLiteral("$numberLong"),
                                                                QStringLiteral("1000") } } } } } },
                QJsonObject { { QStringLiteral("n"), int32(2) } },
                QJsonObject { { QStringLiteral("n"), int32(3) } } } } });
    QCOMPARE(inserted.status, 201);
    const QJsonArray ids = inserted.object().value(QStringLiteral("insertedIds")).toArray();
    QCOMPARE(ids.size(), 3);
    QCOMPARE(ids.at(0).toObject(), oid);

    const Answer found
        = m_world.local("POST", QStringLiteral("find"),
                        { { QStringLiteral("database"), QStringLiteral("shop") },
                          { QStringLiteral("collection"), QStringLiteral("orders") },
                          { QStringLiteral("filter"),
                            QJsonObject { { QStringLiteral("n"),
                                            QJsonObject { { QStringLiteral("$gte"), 2 } } } } },
                          { QStringLiteral("sort"), QJsonObject { { QStringLiteral("n"), -1 } } },
                          { QStringLiteral("limit"), 1 } });
    QCOMPARE(found.status, 200);
    QCOMPARE(found.object().value(QStringLiteral("count")).toInt(), 2);
    const QJsonArray documents = found.object().value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.at(0).toObject().value(QStringLiteral("n")).toObject(), int32(3));

    // Canonical Extended JSON back: the date as {$date: {$numberLong}}.
    const QJsonObject first
        = m_world
              .local(
                  "POST", QStringLiteral("find"),
                  { { QStringLiteral("database"), QStringLiteral("shop") },
                    { QStringLiteral("collection"), QStringLiteral("orders") },
                    { QStringLiteral("filter"), QJsonObject { { QStringLiteral("_id"), oid } } } })
              .object()
              .value(QStringLiteral("documents"))
              .toArray()
              .at(0)
              .toObject();
    QCOMPARE(first.value(QStringLiteral("when"))
                 .toObject()
                 .value(QStringLiteral("$date"))
                 .toObject()
                 .value(QStringLiteral("$numberLong"))
                 .toString(),
             QStringLiteral("1000"));

    const Answer replaced = m_world.local(
        "POST", QStringLiteral("replace"),
        { { QStringLiteral("database"), QStringLiteral("shop") },
          { QStringLiteral("collection"), QStringLiteral("orders") },
          { QStringLiteral("id"), oid },
          { QStringLiteral("document"), QJsonObject { { QStringLiteral("n"), int32(10) } } } });
    QCOMPARE(replaced.status, 200);
    QCOMPARE(replaced.object().value(QStringLiteral("matchedCount")).toInt(), 1);
    QCOMPARE(replaced.object().value(QStringLiteral("modifiedCount")).toInt(), 1);
    const Answer missing
        = m_world.local("POST", QStringLiteral("replace"),
                        { { QStringLiteral("database"), QStringLiteral("shop") },
                          { QStringLiteral("collection"), QStringLiteral("orders") },
                          { QStringLiteral("id"), QStringLiteral("nope") },
                          { QStringLiteral("document"), QJsonObject() } });
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), QStringLiteral("DocumentNotFound"));

    const Answer deleted = m_world.local(
        "POST", QStringLiteral("delete"),
        { { QStringLiteral("database"), QStringLiteral("shop") },
          { QStringLiteral("collection"), QStringLiteral("orders") },
          { QStringLiteral("ids"), QJsonArray { oid, ids.at(1), QStringLiteral("absent") } } });
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.object().value(QStringLiteral("deletedCount")).toInt(), 2);

    const QJsonArray databases = m_world.local("GET", QStringLiteral("databases")).array();
    QJsonObject shop;
    for (const QJsonValue &database : databases) {
        if (database.toObject().value(QStringLiteral("name")).toString() == QLatin1String("shop"))
            shop = database.toObject();
    }
    QCOMPARE(shop.value(QStringLiteral("collections")).toArray(),
             (QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("orders") },
                                         { QStringLiteral("count"), 1 } } }));
}

void tst_LocalDataRoutes::duplicateIdInsertsNothing()
{
    const QJsonObject body { { QStringLiteral("database"), QStringLiteral("dup") },
                             { QStringLiteral("collection"), QStringLiteral("c") },
                             { QStringLiteral("documents"),
                               QJsonArray { QJsonObject { { QStringLiteral("_id"), 1 } },
                                            QJsonObject { { QStringLiteral("_id"), 2 } },
                                            QJsonObject { { QStringLiteral("_id"), 1 } } } } };
    const Answer answer = m_world.local("POST", QStringLiteral("insert"), body);
    QCOMPARE(answer.status, 409);
    QCOMPARE(answer.errorCode(), QStringLiteral("DuplicateKey"));
    const Answer found = m_world.local("POST", QStringLiteral("find"),
                                       { { QStringLiteral("database"), QStringLiteral("dup") },
                                         { QStringLiteral("collection"), QStringLiteral("c") } });
    QCOMPARE(found.object().value(QStringLiteral("count")).toInt(), 0);
}

void tst_LocalDataRoutes::findChecksItsBody()
{
    QCOMPARE(m_world
                 .local("POST", QStringLiteral("find"),
                        { { QStringLiteral("database"), QStringLiteral("db") } })
                 .status,
             400);
    QCOMPARE(m_world
                 .local("POST", QStringLiteral("find"),
                        { { QStringLiteral("database"), QStringLiteral("db") },
                          { QStringLiteral("collection"), QStringLiteral("c") },
                          { QStringLiteral("limit"), 1001 } })
                 .status,
             400);
    const Answer unknownOperator
        = m_world.local("POST", QStringLiteral("find"),
                        { { QStringLiteral("database"), QStringLiteral("db") },
                          { QStringLiteral("collection"), QStringLiteral("c") },
                          { QStringLiteral("filter"),
                            QJsonObject { { QStringLiteral("a"),
                                            QJsonObject { { QStringLiteral("$nope"), 1 } } } } } });
    QCOMPARE(unknownOperator.status, 400);
    QCOMPARE(unknownOperator.errorCode(), QStringLiteral("MongoDBError"));
    QVERIFY(unknownOperator.object()
                .value(QStringLiteral("error"))
                .toString()
                .contains(QLatin1String("$nope")));
}

void tst_LocalDataRoutes::importJsonLinesWithABadLine()
{
    const QByteArray file
        = "{\"a\": 1}\n{\"a\": {\"$numberInt\": \"2\"}}\n{not json\n\n{\"a\": 4}\n";
    const QString path = m_world.app(QStringLiteral("/services/%1/local/import?database=imp&"
                                                    "collection=lines")
                                         .arg(m_world.serviceId));
    const Answer refused = m_world.probe.send("POST", path, m_world.dev.access, file);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), QStringLiteral("InvalidImport"));
    const QJsonArray lines = refused.object().value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
    const QJsonObject query { { QStringLiteral("database"), QStringLiteral("imp") },
                              { QStringLiteral("collection"), QStringLiteral("lines") } };
    QCOMPARE(m_world.local("POST", QStringLiteral("find"), query)
                 .object()
                 .value(QStringLiteral("count"))
                 .toInt(),
             0);

    const Answer skipped = m_world.probe.send("POST", path + QStringLiteral("&skip_bad_lines=true"),
                                              m_world.dev.access, file);
    QCOMPARE(skipped.status, 200);
    QCOMPARE(skipped.object().value(QStringLiteral("imported")).toInt(), 3);
    QCOMPARE(skipped.object()
                 .value(QStringLiteral("skipped"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("line"))
                 .toInt(),
             3);
    QCOMPARE(m_world.local("POST", QStringLiteral("find"), query)
                 .object()
                 .value(QStringLiteral("count"))
                 .toInt(),
             3);
}

void tst_LocalDataRoutes::importJsonArray()
{
    const QByteArray file = "[{\"_id\": {\"$oid\": \"5f00000000000000000000ab\"}, \"x\": true},"
                            " {\"x\": false}]";
    const Answer imported = m_world.probe.send(
        "POST",
        m_world.app(QStringLiteral("/services/%1/local/import?database=imp&collection=array")
                        .arg(m_world.serviceId)),
        m_world.dev.access, file);
    QCOMPARE(imported.status, 200);
    QCOMPARE(imported.object().value(QStringLiteral("imported")).toInt(), 2);
    QVERIFY(imported.object().value(QStringLiteral("skipped")).toArray().isEmpty());
}

void tst_LocalDataRoutes::refusesWithoutAdmin()
{
    const QString path
        = m_world.app(QStringLiteral("/services/%1/local/databases").arg(m_world.serviceId));
    QCOMPARE(m_world.probe.get(path).status, 401);
    // An end user's token is no admin's.
    const Tokens user = m_world.anonymous();
    QVERIFY(!user.access.isEmpty());
    QCOMPARE(m_world.probe.get(path, user.access).status, 401);
}

void tst_LocalDataRoutes::refusesOtherServices()
{
    const Answer unknown = m_world.local("GET", QStringLiteral("databases"), {},
                                         QStringLiteral("5f0000000000000000000000"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("ServiceNotFound"));
    const QString http = m_world.newService(QStringLiteral("web"), QStringLiteral("http"));
    QVERIFY(!http.isEmpty());
    const Answer wrongType = m_world.local("GET", QStringLiteral("databases"), {}, http);
    QCOMPARE(wrongType.status, 400);
    QCOMPARE(wrongType.errorCode(), QStringLiteral("InvalidServiceType"));
}

void tst_LocalDataRoutes::keptAcrossRestart()
{
    const QJsonObject query { { QStringLiteral("database"), QStringLiteral("keep") },
                              { QStringLiteral("collection"), QStringLiteral("c") } };
    QJsonObject insert = query;
    insert.insert(QStringLiteral("documents"),
                  QJsonArray { QJsonObject { { QStringLiteral("_id"), QStringLiteral("a") },
                                             { QStringLiteral("v"), 1 } },
                               QJsonObject { { QStringLiteral("_id"), QStringLiteral("b") },
                                             { QStringLiteral("v"), 2 } } });
    QCOMPARE(m_world.local("POST", QStringLiteral("insert"), insert).status, 201);
    QJsonObject remove = query;
    remove.insert(QStringLiteral("ids"), QJsonArray { QStringLiteral("a") });
    QCOMPARE(m_world.local("POST", QStringLiteral("delete"), remove).status, 200);

    QVERIFY(m_world.start()); // the same data folder
    const QJsonObject found = m_world.local("POST", QStringLiteral("find"), query).object();
    QCOMPARE(found.value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(found.value(QStringLiteral("documents"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("_id"))
                 .toString(),
             QStringLiteral("b"));
}

// A crash in the middle of an append leaves half a line: the next start cuts it off, and the
// documents written before it are all there.
void tst_LocalDataRoutes::tornLastWriteIsCut()
{
    const QJsonObject query { { QStringLiteral("database"), QStringLiteral("torn") },
                              { QStringLiteral("collection"), QStringLiteral("c") } };
    QJsonObject insert = query;
    insert.insert(
        QStringLiteral("documents"),
        QJsonArray { QJsonObject { { QStringLiteral("_id"), QStringLiteral("whole") } } });
    QCOMPARE(m_world.local("POST", QStringLiteral("insert"), insert).status, 201);
    m_world.server.reset();
    QFile log(QStringLiteral("%1/localdata/%2/%3/torn/c.log")
                  .arg(m_world.dataDir(), m_world.appId, m_world.serviceId));
    QVERIFY2(log.open(QIODevice::Append), qPrintable(log.fileName()));
    log.write(R"({"w":[{"i":{"_id":"half","x":)");
    log.close();

    QVERIFY(m_world.start());
    QCOMPARE(m_world.local("POST", QStringLiteral("find"), query)
                 .object()
                 .value(QStringLiteral("count"))
                 .toInt(),
             1);
    insert.insert(
        QStringLiteral("documents"),
        QJsonArray { QJsonObject { { QStringLiteral("_id"), QStringLiteral("after") } } });
    QCOMPARE(m_world.local("POST", QStringLiteral("insert"), insert).status, 201);
    QVERIFY(m_world.start());
    QCOMPARE(m_world.local("POST", QStringLiteral("find"), query)
                 .object()
                 .value(QStringLiteral("count"))
                 .toInt(),
             2);
}

QTEST_GUILESS_MAIN(tst_LocalDataRoutes)
#include "tst_localdataroutes.moc"
