// Every drafts and deployments route refuses a missing or expired token, another group, and ids
// that are not there, and changes nothing when it does.

#include "draftsfixture.h"

using namespace draftstest;

class tst_DraftsAccess : public QObject, protected DraftsFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownIds_data();
    void unknownIds();
    void unauthenticated_data();
    void unauthenticated();
    void otherGroup_data();
    void otherGroup();

private:
    static QStringList routeTemplates();

    QTemporaryDir m_shortDir;
    std::unique_ptr<LocalServer> m_shortServer; // token lifetimes run by m_shortClock
    Probe m_shortProbe;
    TestClock m_shortClock; //!< moved past dave's access token
    Tokens m_dave; // on the short-TTL server; his access token has expired
    QString m_daveGroup;
    QString m_daveApp;
    QString m_daveDraft;
    QString m_daveDeployment;
};

void tst_DraftsAccess::initTestCase()
{
    startDraftsServer();
    QString error;
    ServerOptions shortOptions = loopbackOptions(m_shortDir.path());
    shortOptions.tokenTtlSeconds = 60;
    shortOptions.clockMs = m_shortClock.source();
    shortOptions.admins = { user(QStringLiteral("dave"), QStringLiteral("d-pw")) };
    m_shortServer = servertest::startServer(shortOptions, &error);
    QVERIFY2(m_shortServer, qPrintable(error));
    m_shortProbe.setRoot(m_shortServer->rootUrl());
    m_dave = m_shortProbe.login(QStringLiteral("local"), QStringLiteral("dave"),
                                QStringLiteral("d-pw"));
    m_daveGroup = m_shortProbe.groupOf(m_dave.access);
    const QString apps = QStringLiteral("/groups/%1/apps").arg(m_daveGroup);
    m_daveApp = m_shortProbe
                    .post(apps, { { QStringLiteral("name"), QStringLiteral("d") } }, m_dave.access)
                    .object()
                    .value(QStringLiteral("_id"))
                    .toString();
    const QString drafts = apps + QStringLiteral("/%1/drafts").arg(m_daveApp);
    m_daveDraft = m_shortProbe.send("POST", drafts, m_dave.access)
                      .object()
                      .value(QStringLiteral("_id"))
                      .toString();
    m_daveDeployment = m_shortProbe
                           .send("POST", drafts + QStringLiteral("/%1/deployment").arg(m_daveDraft),
                                 m_dave.access)
                           .object()
                           .value(QStringLiteral("_id"))
                           .toString();
    m_daveDraft = m_shortProbe.send("POST", drafts, m_dave.access)
                      .object()
                      .value(QStringLiteral("_id"))
                      .toString();
    QVERIFY(!m_daveApp.isEmpty() && !m_daveDraft.isEmpty() && !m_daveDeployment.isEmpty());
    QCOMPARE(m_shortProbe.get(drafts, m_dave.access).status, 200);
    m_shortClock.advanceSeconds(61);
    QCOMPARE(m_shortProbe.get(drafts, m_dave.access).status, 401);
}

QStringList tst_DraftsAccess::routeTemplates()
{
    return { QStringLiteral("GET {app}/drafts"),
             QStringLiteral("POST {app}/drafts"),
             QStringLiteral("GET {app}/drafts/{draft}"),
             QStringLiteral("DELETE {app}/drafts/{draft}"),
             QStringLiteral("GET {app}/drafts/{draft}/diff"),
             QStringLiteral("POST {app}/drafts/{draft}/deployment"),
             QStringLiteral("GET {app}/deployments"),
             QStringLiteral("GET {app}/deployments/{deployment}") };
}

void tst_DraftsAccess::unknownIds_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("rest");
    QTest::addColumn<QString>("code");
    const QString draft = QStringLiteral("DraftNotFound");
    for (const char *id : { "000000000000000000000000", "not-an-id", "%2E%2E" }) {
        QTest::addRow("get draft %s", id)
            << QByteArray("GET") << QStringLiteral("/drafts/%1").arg(QLatin1String(id)) << draft;
        QTest::addRow("delete draft %s", id)
            << QByteArray("DELETE") << QStringLiteral("/drafts/%1").arg(QLatin1String(id)) << draft;
        QTest::addRow("diff %s", id)
            << QByteArray("GET") << QStringLiteral("/drafts/%1/diff").arg(QLatin1String(id))
            << draft;
        QTest::addRow("deploy %s", id)
            << QByteArray("POST") << QStringLiteral("/drafts/%1/deployment").arg(QLatin1String(id))
            << draft;
        QTest::addRow("deployment %s", id)
            << QByteArray("GET") << QStringLiteral("/deployments/%1").arg(QLatin1String(id))
            << QStringLiteral("DeploymentNotFound");
    }
}

void tst_DraftsAccess::unknownIds()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, rest);
    QFETCH(QString, code);
    const int before = deploymentCount(m_app);
    const Answer answer = m_probe.send(verb, path(m_app, rest), m_alice.access);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), code);
    QVERIFY(answer.isJsonError());
    QCOMPARE(m_peek.draftIdFor(m_app, m_alice.userId), m_aliceDraft);
    QCOMPARE(deploymentCount(m_app), before);
}

void tst_DraftsAccess::unauthenticated_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<bool>("expired");
    const QStringList routes = routeTemplates();
    for (const QString &route : routes) {
        QTest::addRow("%s, no token", qPrintable(route)) << route << false;
        QTest::addRow("%s, expired token", qPrintable(route)) << route << true;
    }
}

void tst_DraftsAccess::unauthenticated()
{
    QFETCH(QString, route);
    QFETCH(bool, expired);
    const QString verb = route.section(u' ', 0, 0);
    const QString target
        = route.section(u' ', 1)
              .replace(QStringLiteral("{app}"),
                       QStringLiteral("/groups/%1/apps/%2").arg(m_daveGroup, m_daveApp))
              .replace(QStringLiteral("{draft}"), m_daveDraft)
              .replace(QStringLiteral("{deployment}"), m_daveDeployment);
    const Answer answer
        = m_shortProbe.send(verb.toLatin1(), target, expired ? m_dave.access : QString());
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.errorCode(), QStringLiteral("InvalidSession"));
}

void tst_DraftsAccess::otherGroup_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<bool>("madeUpGroup");
    const QStringList routes = routeTemplates();
    for (const QString &route : routes) {
        QTest::addRow("%s, another admin's group", qPrintable(route)) << route << false;
        QTest::addRow("%s, a made-up group", qPrintable(route)) << route << true;
    }
}

void tst_DraftsAccess::otherGroup()
{
    QFETCH(QString, route);
    QFETCH(bool, madeUpGroup);
    // Carol (another group) on Alice's app; or Alice with her app under a group that is not hers.
    const QString group = madeUpGroup ? QStringLiteral("65a0000000000000000000ff") : kGroup;
    const QString verb = route.section(u' ', 0, 0);
    const QString target = route.section(u' ', 1)
                               .replace(QStringLiteral("{app}"),
                                        QStringLiteral("/groups/%1/apps/%2").arg(group, m_app))
                               .replace(QStringLiteral("{draft}"), m_aliceDraft)
                               .replace(QStringLiteral("{deployment}"), m_deployment);
    const Answer answer
        = m_probe.send(verb.toLatin1(), target, madeUpGroup ? m_alice.access : m_carol.access);
    QCOMPARE(answer.status, 404);
    QVERIFY(answer.isJsonError());
    QCOMPARE(m_peek.draftIdFor(m_app, m_alice.userId), m_aliceDraft);
    QVERIFY(m_peek.draftIdFor(m_app, m_carol.userId).isEmpty());
    QCOMPARE(deploymentCount(m_app), 1);
}

QTEST_GUILESS_MAIN(tst_DraftsAccess)
#include "tst_draftsaccess.moc"
