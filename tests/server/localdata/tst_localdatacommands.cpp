// The MongoDB service's commands: in functions (context.services.get(...).db(...).collection(...),
// as the system user) and through the client API as the SDKs' remote MongoDB client sends them;
// BSON types round-tripping as Extended JSON; bad input answered with the service's errors.

#include "localdatatestkit.h"

using namespace localdatatest;

class tst_LocalDataCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_world.start()); }

    void commandsInFunctions_data();
    void commandsInFunctions();
    void bsonRoundTrips();
    void badInputInFunctions_data();
    void badInputInFunctions();
    void clientApiCommands();
    void clientApiRefusals();

private:
    World m_world;
};

// Each row: a function body run as system on a fresh collection, and what it returns (JSON).
void tst_LocalDataCommands::commandsInFunctions_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    const QString seed = QStringLiteral(
        "const c = context.services.get('mongodb-atlas').db('fn').collection(name);"
        "await c.insertMany([{_id: 1, n: 1, tag: 'a'}, {_id: 2, n: 2, tag: 'b'},"
        " {_id: 3, n: 3, tag: 'a'}]);");
    const auto row = [&](const char *name, const QString &body, const char *expected) {
        QTest::newRow(name) << seed + body << QString::fromUtf8(expected);
    };
    row("find sort skip limit projection",
        QStringLiteral("return (await c.find({tag: 'a'}, {n: 1, _id: 0}).sort({n: -1}).toArray())"
                       ".concat(await c.find({}).sort({n: 1}).skip(1).limit(1).toArray());"),
        R"([{"n":3},{"n":1},{"_id":2,"n":2,"tag":"b"}])");
    row("findOne and count",
        QStringLiteral("return [await c.findOne({n: {$gt: 1}}), await c.count({tag: 'a'}),"
                       " await c.countDocuments(), await c.findOne({n: 9})];"),
        R"([{"_id":2,"n":2,"tag":"b"},2,3,null])");
    row("insertOne answers the id",
        QStringLiteral("const r = await c.insertOne({_id: 'x', n: 4}); return [r.insertedId,"
                       " await c.count()];"),
        R"(["x",4])");
    row("updateOne with operators",
        QStringLiteral("const r = await c.updateOne({_id: 1}, {$inc: {n: 10}, $set: {s: 'y'},"
                       " $push: {list: 1}}); return [r, await c.findOne({_id: 1})];"),
        R"([{"matchedCount":1,"modifiedCount":1},{"_id":1,"n":11,"tag":"a","s":"y","list":[1]}])");
    row("updateMany",
        QStringLiteral("const r = await c.updateMany({tag: 'a'}, {$set: {tag: 'c'}});"
                       " return [r, await c.count({tag: 'c'})];"),
        R"([{"matchedCount":2,"modifiedCount":2},2])");
    row("upsert",
        QStringLiteral(
            "const r = await c.updateOne({k: 'new'}, {$set: {v: 1}, $setOnInsert: {w: 2}},"
            " {upsert: true}); const d = await c.findOne({k: 'new'});"
            " return [r.matchedCount, r.upsertedId !== undefined, d.k, d.v, d.w];"),
        R"([0,true,"new",1,2])");
    row("deleteOne and deleteMany",
        QStringLiteral("return [await c.deleteOne({tag: 'a'}), await c.deleteMany({}),"
                       " await c.count()];"),
        R"([{"deletedCount":1},{"deletedCount":2},0])");
    row("findOneAndUpdate",
        QStringLiteral(
            "return [await c.findOneAndUpdate({_id: 2}, {$inc: {n: 1}}),"
            " await c.findOneAndUpdate({_id: 2}, {$inc: {n: 1}}, {returnNewDocument: true,"
            " projection: {n: 1}})];"),
        R"([{"_id":2,"n":2,"tag":"b"},{"_id":2,"n":4}])");
    row("findOneAndReplace",
        QStringLiteral(
            "return [await c.findOneAndReplace({_id: 3}, {z: 1}, {returnNewDocument: true}),"
            " await c.findOne({_id: 3})];"),
        R"([{"_id":3,"z":1},{"_id":3,"z":1}])");
    row("findOneAndDelete",
        QStringLiteral("return [await c.findOneAndDelete({tag: 'a'}, {sort: {n: -1}}),"
                       " await c.count()];"),
        R"([{"_id":3,"n":3,"tag":"a"},2])");
    row("aggregate",
        QStringLiteral("return await c.aggregate([{$group: {_id: '$tag', total: {$sum: '$n'}}},"
                       " {$sort: {_id: 1}}]).toArray();"),
        R"([{"_id":"a","total":4},{"_id":"b","total":2}])");
}

void tst_LocalDataCommands::commandsInFunctions()
{
    QFETCH(QString, body);
    QFETCH(QString, expected);
    static int counter = 0;
    const QString source = QStringLiteral("exports = async function () { const name = 'c%1'; %2 };")
                               .arg(++counter)
                               .arg(body);
    const QJsonObject run = m_world.run(source);
    QVERIFY2(run.value(QStringLiteral("error_code")).toString().isEmpty(),
             qPrintable(QJsonDocument(run).toJson()));
    // Compared as relaxed JSON: numbers as numbers.
    const QJsonDocument want = QJsonDocument::fromJson(expected.toUtf8());
    const QJsonValue result = run.value(QStringLiteral("result"));
    // Canonical numbers back to plain ones for the comparison.
    std::function<QJsonValue(const QJsonValue &)> relax = [&](const QJsonValue &v) -> QJsonValue {
        if (v.isArray()) {
            QJsonArray out;
            for (const QJsonValue &x : v.toArray())
                out.append(relax(x));
            return out;
        }
        if (!v.isObject())
            return v;
        const QJsonObject o = v.toObject();
        if (o.size() == 1
            && (o.contains(QStringLiteral("$numberDouble"))
                || o.contains(QStringLiteral("$numberInt"))
                || o.contains(QStringLiteral("$numberLong"))))
            return o.constBegin().value().toString().toDouble();
        QJsonObject out;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            out.insert(it.key(), relax(it.value()));
        return out;
    };
    QCOMPARE(relax(result).toVariant(), want.array().toVariantList());
}

void tst_LocalDataCommands::bsonRoundTrips()
{
    const QJsonObject run = m_world.run(QStringLiteral(
        "exports = async function () {"
        "  const c = context.services.get('mongodb-atlas').db('fn').collection('bson');"
        "  const id = new BSON.ObjectId();"
        "  await c.insertOne({_id: id, when: new Date(86400000), price: "
        "BSON.Decimal128.fromString('9.99'),"
        "                     blob: new BSON.Binary('aGk=', 0)});"
        "  const back = await c.findOne({_id: new BSON.ObjectId(id.toHexString())});"
        "  return {same: back._id.equals(id), isDate: back.when instanceof Date,"
        "          when: back.when.getTime(), price: back.price.toString(),"
        "          blob: back.blob.toString('base64'), doc: back};"
        "};"));
    QVERIFY2(run.value(QStringLiteral("error_code")).toString().isEmpty(),
             qPrintable(QJsonDocument(run).toJson()));
    const QJsonObject result = run.value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("same")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("isDate")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("price")).toString(), QStringLiteral("9.99"));
    QCOMPARE(result.value(QStringLiteral("blob")).toString(), QStringLiteral("aGk="));
    const QJsonObject doc = result.value(QStringLiteral("doc")).toObject();
    QVERIFY(doc.value(QStringLiteral("_id")).toObject().contains(QStringLiteral("$oid")));
    QCOMPARE(doc.value(QStringLiteral("price")).toObject(),
             (QJsonObject { { QStringLiteral("$numberDecimal"), QStringLiteral("9.99") } }));
    QCOMPARE(doc.value(QStringLiteral("when"))
                 .toObject()
                 .value(QStringLiteral("$date"))
                 .toObject()
                 .value(QStringLiteral("$numberLong"))
                 .toString(),
             QStringLiteral("86400000"));
    QCOMPARE(doc.value(QStringLiteral("blob"))
                 .toObject()
                 .value(QStringLiteral("$binary"))
                 .toObject()
                 .value(QStringLiteral("base64"))
                 .toString(),
             QStringLiteral("aGk="));
}

void tst_LocalDataCommands::badInputInFunctions_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("unknown query operator")
        << QStringLiteral("c.find({a: {$bogus: 1}}).toArray()") << QStringLiteral("MongoDBError")
        << QStringLiteral("$bogus");
    QTest::newRow("unknown top-level operator")
        << QStringLiteral("c.findOne({$where2: 1})") << QStringLiteral("MongoDBError")
        << QStringLiteral("$where2");
    QTest::newRow("malformed filter")
        << QStringLiteral("c.find('not a document').toArray()") << QStringLiteral("MongoDBError")
        << QStringLiteral("must be a document");
    QTest::newRow("update operator on the wrong type")
        << QStringLiteral("c.updateOne({_id: 's'}, {$inc: {text: 1}})")
        << QStringLiteral("MongoDBError") << QStringLiteral("non-numeric");
    QTest::newRow("unknown update operator")
        << QStringLiteral("c.updateOne({_id: 's'}, {$frobnicate: {a: 1}})")
        << QStringLiteral("MongoDBError") << QStringLiteral("$frobnicate");
    QTest::newRow("update without operators")
        << QStringLiteral("c.updateOne({_id: 's'}, {a: 1})") << QStringLiteral("MongoDBError")
        << QStringLiteral("atomic operators");
    QTest::newRow("duplicate _id") << QStringLiteral("c.insertOne({_id: 's'})")
                                   << QStringLiteral("DuplicateKey") << QStringLiteral("E11000");
    QTest::newRow("document over 16 MB")
        << QStringLiteral("c.insertOne({big: 'x'.repeat(17 * 1024 * 1024)})")
        << QStringLiteral("MongoDBError") << QStringLiteral("16777216");
    QTest::newRow("changing _id") << QStringLiteral("c.updateOne({_id: 's'}, {$set: {_id: 't'}})")
                                  << QStringLiteral("MongoDBError") << QStringLiteral("immutable");
}

void tst_LocalDataCommands::badInputInFunctions()
{
    QFETCH(QString, call);
    QFETCH(QString, code);
    QFETCH(QString, words);
    const QJsonObject run = m_world.run(
        QStringLiteral(
            "exports = async function () {"
            "  const c = context.services.get('mongodb-atlas').db('fn').collection('bad');"
            "  if (!(await c.findOne({_id: 's'}))) await c.insertOne({_id: 's', text: 'x'});"
            "  try { await %1; return 'no error'; }"
            "  catch (e) { return {code: e.code, message: e.message}; }"
            "};")
            .arg(call));
    QVERIFY2(run.value(QStringLiteral("error_code")).toString().isEmpty(),
             qPrintable(QJsonDocument(run).toJson()));
    const QJsonObject error = run.value(QStringLiteral("result")).toObject();
    QVERIFY2(error.value(QStringLiteral("code")).toString() == code,
             QJsonDocument(run).toJson().left(2000).constData());
    QVERIFY2(error.value(QStringLiteral("message")).toString().contains(words),
             qPrintable(error.value(QStringLiteral("message")).toString()));
    // The data process is still there.
    QCOMPARE(m_world.local("GET", QStringLiteral("databases")).status, 200);
}

// Without a rule an end user gets nothing: a rule that lets everyone do everything comes first.
void tst_LocalDataCommands::clientApiCommands()
{
    QCOMPARE(
        m_world
            .admin("POST", QStringLiteral("/services/%1/rules").arg(m_world.serviceId),
                   { { QStringLiteral("database"), QStringLiteral("db") },
                     { QStringLiteral("collection"), QStringLiteral("items") },
                     { QStringLiteral("roles"),
                       QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("all") },
                                                  { QStringLiteral("apply_when"), QJsonObject() },
                                                  { QStringLiteral("read"), true },
                                                  { QStringLiteral("write"), true },
                                                  { QStringLiteral("insert"), true },
                                                  { QStringLiteral("delete"), true } } } } })
            .status,
        201);
    const Tokens user = m_world.anonymous();
    const QJsonObject oid { { QStringLiteral("$oid"),
                              QStringLiteral("5f00000000000000000000c1") } };
    Answer answer = m_world.command(
        user.access, QStringLiteral("insertOne"),
        { { QStringLiteral("document"),
            QJsonObject { { QStringLiteral("_id"), oid }, { QStringLiteral("n"), int32(1) } } } });
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object().value(QStringLiteral("insertedId")).toObject(), oid);
    answer
        = m_world.command(user.access, QStringLiteral("insertMany"),
                          { { QStringLiteral("documents"),
                              QJsonArray { QJsonObject { { QStringLiteral("n"), int32(2) } },
                                           QJsonObject { { QStringLiteral("n"), int32(3) } } } } });
    QCOMPARE(answer.object().value(QStringLiteral("insertedIds")).toArray().size(), 2);
    answer = m_world.command(
        user.access, QStringLiteral("find"),
        { { QStringLiteral("query"),
            QJsonObject {
                { QStringLiteral("n"), QJsonObject { { QStringLiteral("$gte"), int32(2) } } } } },
          { QStringLiteral("project"), QJsonObject { { QStringLiteral("_id"), 0 } } },
          { QStringLiteral("sort"), QJsonObject { { QStringLiteral("n"), -1 } } },
          { QStringLiteral("limit"), int32(5) } });
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.array(),
             (QJsonArray { QJsonObject { { QStringLiteral("n"), int32(3) } },
                           QJsonObject { { QStringLiteral("n"), int32(2) } } }));
    answer = m_world.command(user.access, QStringLiteral("count"),
                             { { QStringLiteral("query"), QJsonObject() } });
    QCOMPARE(QJsonDocument::fromJson("[" + answer.body + "]").array().at(0).toObject(), int32(3));
    answer = m_world.command(
        user.access, QStringLiteral("updateOne"),
        { { QStringLiteral("query"), QJsonObject { { QStringLiteral("_id"), oid } } },
          { QStringLiteral("update"),
            QJsonObject { { QStringLiteral("$set"),
                            QJsonObject { { QStringLiteral("n"), int32(7) } } } } } });
    QCOMPARE(answer.object().value(QStringLiteral("matchedCount")).toObject(), int32(1));
    QCOMPARE(answer.object().value(QStringLiteral("modifiedCount")).toObject(), int32(1));
    answer = m_world.command(
        user.access, QStringLiteral("findOne"),
        { { QStringLiteral("query"), QJsonObject { { QStringLiteral("_id"), oid } } } });
    QCOMPARE(answer.object().value(QStringLiteral("n")).toObject(), int32(7));
    answer = m_world.command(
        user.access, QStringLiteral("aggregate"),
        { { QStringLiteral("pipeline"),
            QJsonArray { QJsonObject { { QStringLiteral("$count"), QStringLiteral("all") } } } } });
    QCOMPARE(answer.array().at(0).toObject().value(QStringLiteral("all")).toObject(), int32(3));
    answer = m_world.command(user.access, QStringLiteral("deleteMany"),
                             { { QStringLiteral("query"), QJsonObject() } });
    QCOMPARE(answer.object().value(QStringLiteral("deletedCount")).toObject(), int32(3));

    // Every call wrote a SERVICE_FUNCTION entry naming the command and what the rules decided.
    const QList<QJsonObject> entries = m_world.logs(QStringLiteral("SERVICE_FUNCTION"));
    QVERIFY(entries.size() >= 8);
    QVERIFY(!entries.first().value(QStringLiteral("rules")).toArray().isEmpty());
}

void tst_LocalDataCommands::clientApiRefusals()
{
    const Tokens user = m_world.anonymous();
    // No rule on this namespace.
    Answer answer = m_world.command(user.access, QStringLiteral("find"),
                                    { { QStringLiteral("collection"), QStringLiteral("norule") },
                                      { QStringLiteral("query"), QJsonObject() } });
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.errorCode(), QStringLiteral("NoMatchingRuleFound"));
    answer = m_world.command(user.access, QStringLiteral("find"), {}, QStringLiteral("nosuch"));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("ServiceNotFound"));
    answer = m_world.command(user.access, QStringLiteral("dropDatabase"), {});
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("ServiceCommandNotFound"));
    answer = m_world.command(QString(), QStringLiteral("find"), {});
    QCOMPARE(answer.status, 401);
}

QTEST_GUILESS_MAIN(tst_LocalDataCommands)
#include "tst_localdatacommands.moc"
