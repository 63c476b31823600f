// The MongoDB service's rules for end users: roles chosen by apply_when, document and field
// permissions, filters, the schema; system runs bypass them; a denial is the service's error and
// the log entry says which rule decided; a rule that cannot be parsed is refused when saved.

#include "localdatatestkit.h"

using namespace localdatatest;

class tst_LocalDataRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void ownerMayInsert();
    void insertDeniedByRole();
    void schemaRejectsInsert();
    void otherUsersSeeOnlyReadableFields();
    void filterHidesDocuments();
    void updateAndDeleteDenied();
    void functionsRunAsTheUser();
    void systemRunsBypassRules();
    void unparsableRulesRefused_data();
    void unparsableRulesRefused();

private:
    Answer insert(const Tokens &who, const QJsonObject &document)
    {
        return m_world.command(who.access, QStringLiteral("insertOne"),
                               { { QStringLiteral("collection"), QStringLiteral("notes") },
                                 { QStringLiteral("document"), document } });
    }
    QJsonArray findAll(const Tokens &who)
    {
        return m_world
            .command(who.access, QStringLiteral("find"),
                     { { QStringLiteral("collection"), QStringLiteral("notes") },
                       { QStringLiteral("query"), QJsonObject() },
                       { QStringLiteral("sort"), QJsonObject { { QStringLiteral("title"), 1 } } } })
            .array();
    }

    World m_world;
    Tokens m_alice;
    Tokens m_bob;
};

void tst_LocalDataRules::initTestCase()
{
    QVERIFY(m_world.start());
    const QJsonObject rule {
        { QStringLiteral("database"), QStringLiteral("db") },
        { QStringLiteral("collection"), QStringLiteral("notes") },
        { QStringLiteral("roles"),
          QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("owner") },
                                     { QStringLiteral("apply_when"),
                                       QJsonObject { { QStringLiteral("owner"),
                                                       QStringLiteral("%%user.id") } } },
                                     { QStringLiteral("read"), true },
                                     { QStringLiteral("write"), true },
                                     { QStringLiteral("insert"), true },
                                     { QStringLiteral("delete"), true } },
                       QJsonObject {
                           { QStringLiteral("name"), QStringLiteral("reader") },
                           { QStringLiteral("apply_when"),
                             QJsonObject { { QStringLiteral("%%true"), true } } },
                           { QStringLiteral("fields"),
                             QJsonObject { { QStringLiteral("title"),
                                             QJsonObject { { QStringLiteral("read"), true } } } } },
                           { QStringLiteral("insert"), false },
                           { QStringLiteral("delete"), false } } } },
        { QStringLiteral("filters"),
          QJsonArray { QJsonObject {
              { QStringLiteral("name"), QStringLiteral("visible") },
              { QStringLiteral("apply_when"), QJsonObject { { QStringLiteral("%%true"), true } } },
              { QStringLiteral("query"),
                QJsonObject { { QStringLiteral("hidden"),
                                QJsonObject { { QStringLiteral("$ne"), true } } } } } } } },
        { QStringLiteral("schema"),
          QJsonObject { { QStringLiteral("properties"),
                          QJsonObject { { QStringLiteral("title"),
                                          QJsonObject { { QStringLiteral("bsonType"),
                                                          QStringLiteral("string") } } } } },
                        { QStringLiteral("required"), QJsonArray { QStringLiteral("title") } } } },
    };
    const Answer saved
        = m_world.admin("POST", QStringLiteral("/services/%1/rules").arg(m_world.serviceId), rule);
    QVERIFY2(saved.status == 201, saved.body.constData());
    m_alice = m_world.anonymous();
    m_bob = m_world.anonymous();
    QVERIFY(!m_alice.userId.isEmpty() && !m_bob.userId.isEmpty());
}

void tst_LocalDataRules::ownerMayInsert()
{
    const Answer answer = insert(m_alice,
                                 { { QStringLiteral("owner"), m_alice.userId },
                                   { QStringLiteral("title"), QStringLiteral("a") },
                                   { QStringLiteral("secret"), QStringLiteral("s") } });
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.object().contains(QStringLiteral("insertedId")));
}

void tst_LocalDataRules::insertDeniedByRole()
{
    const Answer answer = insert(m_alice,
                                 { { QStringLiteral("owner"), m_bob.userId },
                                   { QStringLiteral("title"), QStringLiteral("b") } });
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.errorCode(), QStringLiteral("NoMatchingRuleFound"));
    QCOMPARE(answer.object().value(QStringLiteral("error")).toString(),
             QStringLiteral("insert not permitted"));
    const QList<QJsonObject> entries = m_world.logs(QStringLiteral("SERVICE_FUNCTION"));
    QVERIFY(!entries.isEmpty());
    const QJsonObject entry = entries.first();
    QCOMPARE(entry.value(QStringLiteral("error_code")).toString(),
             QStringLiteral("NoMatchingRuleFound"));
    QVERIFY2(entry.value(QStringLiteral("rules"))
                 .toArray()
                 .at(0)
                 .toString()
                 .contains(QLatin1String("rule 'db.notes': role 'reader' denied insert")),
             QJsonDocument(entry).toJson().constData());
}

void tst_LocalDataRules::schemaRejectsInsert()
{
    const Answer answer = insert(
        m_alice, { { QStringLiteral("owner"), m_alice.userId }, { QStringLiteral("title"), 5 } });
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), QStringLiteral("SchemaValidationFailedWrite"));
    QVERIFY(answer.object()
                .value(QStringLiteral("error"))
                .toString()
                .contains(QLatin1String("title must be of type string")));
    QCOMPARE(insert(m_alice, { { QStringLiteral("owner"), m_alice.userId } }).errorCode(),
             QStringLiteral("SchemaValidationFailedWrite"));
}

void tst_LocalDataRules::otherUsersSeeOnlyReadableFields()
{
    const QJsonArray mine = findAll(m_alice);
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.at(0).toObject().value(QStringLiteral("secret")).toString(), QStringLiteral("s"));
    const QJsonArray theirs = findAll(m_bob);
    QCOMPARE(theirs.size(), 1);
    const QJsonObject seen = theirs.at(0).toObject();
    QCOMPARE(seen.value(QStringLiteral("title")).toString(), QStringLiteral("a"));
    QVERIFY(seen.contains(QStringLiteral("_id")));
    QVERIFY(!seen.contains(QStringLiteral("secret")));
    QVERIFY(!seen.contains(QStringLiteral("owner")));
}

void tst_LocalDataRules::filterHidesDocuments()
{
    QCOMPARE(
        m_world
            .local("POST", QStringLiteral("insert"),
                   { { QStringLiteral("database"), QStringLiteral("db") },
                     { QStringLiteral("collection"), QStringLiteral("notes") },
                     { QStringLiteral("documents"),
                       QJsonArray { QJsonObject { { QStringLiteral("owner"), m_alice.userId },
                                                  { QStringLiteral("title"), QStringLiteral("h") },
                                                  { QStringLiteral("hidden"), true } } } } })
            .status,
        201);
    QCOMPARE(findAll(m_alice).size(), 1);
    const QList<QJsonObject> entries = m_world.logs(QStringLiteral("SERVICE_FUNCTION"));
    QVERIFY(!entries.isEmpty());
    const QJsonObject entry = entries.first();
    QVERIFY(entry.value(QStringLiteral("rules"))
                .toArray()
                .at(0)
                .toString()
                .contains(QLatin1String("filter 'visible' applied")));
}

void tst_LocalDataRules::updateAndDeleteDenied()
{
    const QJsonObject query { { QStringLiteral("title"), QStringLiteral("a") } };
    Answer answer = m_world.command(
        m_bob.access, QStringLiteral("updateOne"),
        { { QStringLiteral("collection"), QStringLiteral("notes") },
          { QStringLiteral("query"), query },
          { QStringLiteral("update"),
            QJsonObject {
                { QStringLiteral("$set"),
                  QJsonObject { { QStringLiteral("title"), QStringLiteral("mine") } } } } } });
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.object().value(QStringLiteral("error")).toString(),
             QStringLiteral("update not permitted"));
    answer = m_world.command(m_bob.access, QStringLiteral("deleteOne"),
                             { { QStringLiteral("collection"), QStringLiteral("notes") },
                               { QStringLiteral("query"), query } });
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.object().value(QStringLiteral("error")).toString(),
             QStringLiteral("delete not permitted"));
    // The owner may.
    answer = m_world.command(m_alice.access, QStringLiteral("updateOne"),
                             { { QStringLiteral("collection"), QStringLiteral("notes") },
                               { QStringLiteral("query"), query },
                               { QStringLiteral("update"),
                                 QJsonObject { { QStringLiteral("$set"),
                                                 QJsonObject { { QStringLiteral("secret"),
                                                                 QStringLiteral("t") } } } } } });
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object().value(QStringLiteral("modifiedCount")).toObject(), int32(1));
}

void tst_LocalDataRules::functionsRunAsTheUser()
{
    const Answer function = m_world.admin(
        "POST", QStringLiteral("/functions"),
        { { QStringLiteral("name"), QStringLiteral("addNote") },
          { QStringLiteral("private"), false },
          { QStringLiteral("source"),
            QStringLiteral(
                "exports = async function (owner) {"
                "  const notes = context.services.get('mongodb-atlas').db('db')"
                "    .collection('notes');"
                "  try { await notes.insertOne({owner, title: 'f'}); return 'inserted'; }"
                "  catch (e) { return e.message; }"
                "};") } });
    QCOMPARE(function.status, 201);
    const auto call = [&](const QString &owner) {
        return m_world.probe
            .send(
                "POST",
                QStringLiteral("//api/client/v2.0/app/%1/functions/call").arg(m_world.clientAppId),
                m_alice.access,
                QJsonDocument(QJsonObject { { QStringLiteral("name"), QStringLiteral("addNote") },
                                            { QStringLiteral("arguments"), QJsonArray { owner } } })
                    .toJson(QJsonDocument::Compact))
            .body;
    };
    QCOMPARE(call(m_bob.userId), QByteArray("\"insert not permitted\""));
    QCOMPARE(call(m_alice.userId), QByteArray("\"inserted\""));
    const QList<QJsonObject> entries = m_world.logs(QStringLiteral("FUNCTION"));
    QVERIFY(!entries.isEmpty());
    const QJsonObject entry = entries.first();
    QVERIFY2(entry.value(QStringLiteral("rules"))
                 .toArray()
                 .at(0)
                 .toString()
                 .contains(QLatin1String("role 'owner' allowed insert")),
             QJsonDocument(entry).toJson().constData());
}

void tst_LocalDataRules::systemRunsBypassRules()
{
    const QJsonObject run = m_world.run(QStringLiteral(
        "exports = async function () {"
        "  const notes = context.services.get('mongodb-atlas').db('db').collection('notes');"
        "  await notes.insertOne({owner: 'nobody', title: 7});"
        "  return notes.count({owner: 'nobody'});"
        "};"));
    QVERIFY2(run.value(QStringLiteral("error_code")).toString().isEmpty(),
             QJsonDocument(run).toJson().constData());
    // A function's numbers are doubles (WIRE.md "Functions").
    QCOMPARE(run.value(QStringLiteral("result")).toObject(),
             (QJsonObject { { QStringLiteral("$numberDouble"), QStringLiteral("1") } }));
}

void tst_LocalDataRules::unparsableRulesRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("code");
    QTest::newRow("not JSON") << QByteArray(
        "{\"database\": \"db\",\n \"collection\": \"x\",\n \"roles\": [}")
                              << QStringLiteral("line 3") << QStringLiteral("InvalidParameter");
    QTest::newRow("unknown operator")
        << QByteArray(R"({"database": "db", "collection": "x", "roles": [{"name": "r",
                      "apply_when": {"owner": {"$eqq": "%%user.id"}}}]})")
        << QStringLiteral("roles[0].apply_when.owner.$eqq: unknown operator $eqq")
        << QStringLiteral("InvalidRule");
    QTest::newRow("unknown expansion")
        << QByteArray(R"({"database": "db", "collection": "x", "roles": [{"name": "r",
                      "read": {"owner": "%%usr.id"}}]})")
        << QStringLiteral("roles[0].read.owner: unknown expansion %%usr.id")
        << QStringLiteral("InvalidRule");
    QTest::newRow("bad filter") << QByteArray(
        R"({"database": "db", "collection": "x", "filters": [{"query": 5}]})")
                                << QStringLiteral("filters[0].query: must be an object")
                                << QStringLiteral("InvalidRule");
}

void tst_LocalDataRules::unparsableRulesRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, position);
    QFETCH(QString, code);
    const Answer answer = m_world.probe.send(
        "POST", m_world.app(QStringLiteral("/services/%1/rules").arg(m_world.serviceId)),
        m_world.dev.access, body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), code);
    QVERIFY2(answer.object().value(QStringLiteral("error")).toString().contains(position),
             answer.body.constData());
}

QTEST_GUILESS_MAIN(tst_LocalDataRules)
#include "tst_localdatarules.moc"
