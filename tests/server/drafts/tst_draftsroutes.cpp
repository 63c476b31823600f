// Drafts and deployments over HTTP: create, conflict, discard, isolation between admins, deploy,
// the list of deployments.

#include "draftsfixture.h"

using namespace draftstest;

class tst_DraftsRoutes : public QObject, protected DraftsFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createConflictAndDiscard();
    void otherAdminCannotTouch_data();
    void otherAdminCannotTouch();
    void deployThenList();
    void deploymentsLimit();
    void failedDeploy();
};

void tst_DraftsRoutes::initTestCase()
{
    startDraftsServer();
}

void tst_DraftsRoutes::createConflictAndDiscard()
{
    const QString app = newApp(QStringLiteral("conflict"));
    const QString drafts = path(app, QStringLiteral("/drafts"));
    QCOMPARE(m_probe.get(drafts, m_alice.access).array(), QJsonArray());

    const Answer created = m_probe.send("POST", drafts, m_alice.access);
    QCOMPARE(created.status, 201);
    const QJsonObject draft = created.object();
    const QString draftId = draft.value(QStringLiteral("_id")).toString();
    QCOMPARE(draftId.size(), 24);
    QCOMPARE(draft.value(QStringLiteral("user_id")).toString(), m_alice.userId);
    const QJsonObject appJson = draft.value(QStringLiteral("app")).toObject();
    QCOMPARE(appJson.value(QStringLiteral("_id")).toString(), app);
    QCOMPARE(appJson.value(QStringLiteral("name")).toString(), QStringLiteral("conflict"));
    QCOMPARE(appJson.value(QStringLiteral("group_id")).toString(), kGroup);

    const Answer again = m_probe.send("POST", drafts, m_alice.access);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("DraftAlreadyExists"));
    QCOMPARE(m_probe.get(drafts, m_alice.access).array(), QJsonArray { draft });
    QCOMPARE(m_probe.get(drafts + u'/' + draftId, m_alice.access).object(), draft);

    // Bob has a draft of his own next to Alice's, and lists only his.
    const Answer bobs = m_probe.send("POST", drafts, m_bob.access);
    QCOMPARE(bobs.status, 201);
    QCOMPARE(m_probe.get(drafts, m_bob.access).array(), QJsonArray { bobs.object() });

    QCOMPARE(m_probe.send("DELETE", drafts + u'/' + draftId, m_alice.access).status, 204);
    QCOMPARE(m_probe.get(drafts + u'/' + draftId, m_alice.access).status, 404);
    QCOMPARE(m_probe.send("DELETE", drafts + u'/' + draftId, m_alice.access).errorCode(),
             QStringLiteral("DraftNotFound"));
    QCOMPARE(m_probe.get(drafts, m_alice.access).array(), QJsonArray());
    QCOMPARE(m_probe.get(drafts, m_bob.access).array(), QJsonArray { bobs.object() });
    QCOMPARE(m_probe.send("POST", drafts, m_alice.access).status, 201);
}

void tst_DraftsRoutes::otherAdminCannotTouch_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("rest");
    QTest::newRow("get") << QByteArray("GET") << QString();
    QTest::newRow("delete") << QByteArray("DELETE") << QString();
    QTest::newRow("diff") << QByteArray("GET") << QStringLiteral("/diff");
    QTest::newRow("deploy") << QByteArray("POST") << QStringLiteral("/deployment");
}

void tst_DraftsRoutes::otherAdminCannotTouch()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, rest);
    const Answer answer = m_probe.send(
        verb, path(m_app, QStringLiteral("/drafts/%1").arg(m_aliceDraft) + rest), m_bob.access);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("DraftNotFound"));
    QCOMPARE(m_peek.draftIdFor(m_app, m_alice.userId), m_aliceDraft);
    QCOMPARE(deploymentCount(m_app), 1);
}

void tst_DraftsRoutes::deployThenList()
{
    const QString app = newApp(QStringLiteral("deploys"));
    // Bob writes without a draft: each write is a deployment of its own.
    QCOMPARE(
        m_config->insert(app,
                         doc(QStringLiteral("value"), QStringLiteral("0000000000000000000000d1"),
                             QStringLiteral("one")),
                         m_bob.userId),
        ConfigStore::Status::Ok);
    QCOMPARE(m_config->remove(app, QStringLiteral("value"),
                              QStringLiteral("0000000000000000000000d1"), m_bob.userId),
             ConfigStore::Status::Ok);
    const QString draft = newDraft(app, m_alice);
    QCOMPARE(m_config->insert(app, sumFunction(), m_alice.userId), ConfigStore::Status::Ok);
    QVERIFY(!m_config->get(app, QStringLiteral("function"), kFunctionId, m_bob.userId));

    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const Answer answer = m_probe.send(
        "POST", path(app, QStringLiteral("/drafts/%1/deployment").arg(draft)), m_alice.access);
    QCOMPARE(answer.status, 201);
    const QJsonObject deployment = answer.object();
    QCOMPARE(deployment.value(QStringLiteral("_id")).toString().size(), 24);
    QCOMPARE(deployment.value(QStringLiteral("app_id")).toString(), app);
    QCOMPARE(deployment.value(QStringLiteral("draft_id")).toString(), draft);
    QCOMPARE(deployment.value(QStringLiteral("user_id")).toString(), m_alice.userId);
    QCOMPARE(deployment.value(QStringLiteral("status")).toString(), QStringLiteral("successful"));
    QCOMPARE(deployment.value(QStringLiteral("status_error_message")).toString(), QString());
    QVERIFY(deployment.value(QStringLiteral("deployed_at")).toInteger() >= before);
    for (const char *field : { "origin", "commit", "diff_url" })
        QVERIFY2(deployment.value(QLatin1String(field)).isString(), field);

    // Applied for everyone, and the draft is gone.
    QCOMPARE(m_config->get(app, QStringLiteral("function"), kFunctionId, m_bob.userId)->name,
             QStringLiteral("sum"));
    QCOMPARE(m_probe.get(path(app, QStringLiteral("/drafts")), m_alice.access).array(),
             QJsonArray());
    QCOMPARE(
        m_probe.get(path(app, QStringLiteral("/drafts/%1/diff").arg(draft)), m_alice.access).status,
        404);

    const QJsonArray list
        = m_probe.get(path(app, QStringLiteral("/deployments")), m_alice.access).array();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).toObject(), deployment);
    for (int i = 1; i < list.size(); ++i) {
        const QJsonObject older = list.at(i).toObject();
        QCOMPARE(older.value(QStringLiteral("user_id")).toString(), m_bob.userId);
        QCOMPARE(older.value(QStringLiteral("draft_id")).toString(), QString());
        QVERIFY(older.value(QStringLiteral("deployed_at")).toInteger()
                <= list.at(i - 1).toObject().value(QStringLiteral("deployed_at")).toInteger());
    }
    const Answer one
        = m_probe.get(path(app,
                           QStringLiteral("/deployments/%1")
                               .arg(deployment.value(QStringLiteral("_id")).toString())),
                      m_bob.access);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.object(), deployment);
    // A deployment of another app is not found through this one.
    QCOMPARE(m_probe
                 .get(path(m_app,
                           QStringLiteral("/deployments/%1")
                               .arg(deployment.value(QStringLiteral("_id")).toString())),
                      m_alice.access)
                 .errorCode(),
             QStringLiteral("DeploymentNotFound"));
}

void tst_DraftsRoutes::deploymentsLimit()
{
    const QString app = newApp(QStringLiteral("many"));
    QString last;
    QVERIFY(m_peek.write([&] {
        for (int i = 0; i < 105; ++i) {
            last = m_peek.recordDeployment(app, m_bob.userId, QString());
            if (last.isEmpty())
                return false;
        }
        return true;
    }));
    const QJsonArray list
        = m_probe.get(path(app, QStringLiteral("/deployments")), m_alice.access).array();
    QCOMPARE(list.size(), 100);
    QCOMPARE(list.first().toObject().value(QStringLiteral("_id")).toString(), last);
}

void tst_DraftsRoutes::failedDeploy()
{
    const QString app = newApp(QStringLiteral("fails"));
    const QString draft = newDraft(app, m_alice);
    QCOMPARE(m_config->insert(app, sumFunction(), m_alice.userId), ConfigStore::Status::Ok);
    // Bob deploys a function of the same name first.
    const Resource bobs
        = doc(QStringLiteral("function"), QStringLiteral("0000000000000000000000b0"),
              QStringLiteral("sum"), { { QStringLiteral("source"), QStringLiteral("x") } });
    QCOMPARE(m_config->insert(app, bobs, m_bob.userId), ConfigStore::Status::Ok);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("UNIQUE constraint")));
    const Answer answer = m_probe.send(
        "POST", path(app, QStringLiteral("/drafts/%1/deployment").arg(draft)), m_alice.access);
    QCOMPARE(answer.status, 201);
    QCOMPARE(answer.object().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY2(answer.object()
                 .value(QStringLiteral("status_error_message"))
                 .toString()
                 .contains(QLatin1String("sum")),
             answer.body.constData());
    // Nothing of the draft applied; the draft stays to be fixed; the failure is listed.
    // Bob's function beside the api-key provider every app starts with.
    QCOMPARE(m_config->all(app, QString()).size(), 2);
    QCOMPARE(m_config->get(app, QStringLiteral("function"), bobs.id, QString())->doc, bobs.doc);
    QCOMPARE(m_peek.draftIdFor(app, m_alice.userId), draft);
    const QJsonArray list
        = m_probe.get(path(app, QStringLiteral("/deployments")), m_alice.access).array();
    QCOMPARE(list.first().toObject(), answer.object());
}

QTEST_GUILESS_MAIN(tst_DraftsRoutes)
#include "tst_draftsroutes.moc"
