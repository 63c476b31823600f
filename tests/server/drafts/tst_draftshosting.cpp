// The hosting hooks of ServerState as the drafts routes call them: the diff carries what the hook
// says, a deploy applies hosting inside the same write as the configuration (so a hosting failure
// rolls both back), and a discard asks the hook first. The routes are driven through the Router
// of a ServerState built here, since the hooks are set by the hosting area, not over HTTP.

#include "../servertestkit.h"
#include "server/adminauth.h"
#include "server/routes.h"
#include "server/serverstate.h"

#include <QSqlQuery>
#include <QtTest>

using namespace stitchlocal;

class tst_DraftsHosting : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void diffCarriesHostingChanges();
    void deployAppliesHostingInTheSameWrite_data();
    void deployAppliesHostingInTheSameWrite();
    void discardAsksTheHook_data();
    void discardAsksTheHook();
    void realHostingRoutes_data();
    void realHostingRoutes();

private:
    Reply call(Method method, const QString &rest, const QUrlQuery &query = QUrlQuery());
    QString openDraftWithValue();
    int count(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerState> m_state;
    QString m_token;
    QString m_adminId;
    QString m_appId;
    QString m_draftId;
};

void tst_DraftsHosting::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    ServerOptions options = servertest::loopbackOptions(m_dir->path());
    options.admins = { servertest::user(QStringLiteral("alice"), QStringLiteral("pw")) };
    m_state = std::make_unique<ServerState>(options);
    QString error;
    bool created = false;
    QVERIFY2(m_state->store.open(m_dir->path(), &error, &created), qPrintable(error));
    m_state->auth = std::make_unique<AdminAuth>(m_state->store, 1800,
                                                [] { return QDateTime::currentMSecsSinceEpoch(); });
    QVERIFY2(m_state->auth->setUp(options.admins, &m_state->admins, &error), qPrintable(error));
    addAppRoutes(*m_state);
    addDraftsRoutes(*m_state);
    ServerState &state = *m_state;
    m_state->router.setGuard(
        [&state](Access access, Call &call) { return guardCall(state, access, call); });
    const auto session = m_state->auth->login(QStringLiteral("local"), QStringLiteral("alice"),
                                              QStringLiteral("pw"));
    QVERIFY(session);
    m_token = session->accessToken;
    m_adminId = session->userId;

    const QString group = m_state->admins.first().groupId;
    Request request;
    request.method = Method::Post;
    request.path = QStringLiteral("/api/admin/v3.0/groups/%1/apps").arg(group);
    request.body = R"({"name": "hosted"})";
    request.headers = { { "Authorization", "Bearer " + m_token.toUtf8() } };
    const Reply app = m_state->router.dispatch(QStringLiteral("/api/admin/v3.0"), request);
    QCOMPARE(app.status, 201);
    m_appId = QJsonDocument::fromJson(app.body).object().value(QStringLiteral("_id")).toString();
    m_draftId = openDraftWithValue();
    QVERIFY(!m_draftId.isEmpty());
}

void tst_DraftsHosting::cleanup()
{
    m_state.reset();
    m_dir.reset();
}

Reply tst_DraftsHosting::call(Method method, const QString &rest, const QUrlQuery &query)
{
    Request request;
    request.method = method;
    request.query = query;
    request.path = QStringLiteral("/api/admin/v3.0/groups/%1/apps/%2")
                       .arg(m_state->admins.first().groupId, m_appId)
        + rest;
    request.headers = { { "Authorization", "Bearer " + m_token.toUtf8() } };
    return m_state->router.dispatch(QStringLiteral("/api/admin/v3.0"), request);
}

QString tst_DraftsHosting::openDraftWithValue()
{
    const Reply draft = call(Method::Post, QStringLiteral("/drafts"));
    const QString id
        = QJsonDocument::fromJson(draft.body).object().value(QStringLiteral("_id")).toString();
    const Resource value { QStringLiteral("value"), QStringLiteral("0000000000000000000000b1"),
                           QString(), QStringLiteral("v"),
                           QJsonObject { { QStringLiteral("_id"),
                                           QStringLiteral("0000000000000000000000b1") },
                                         { QStringLiteral("name"), QStringLiteral("v") } } };
    if (m_state->config.insert(m_appId, value, m_adminId) != ConfigStore::Status::Ok)
        return QString();
    return id;
}

int tst_DraftsHosting::count(const QString &sql)
{
    QSqlQuery query(m_state->store.database());
    if (!m_state->store.exec(query, sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void tst_DraftsHosting::diffCarriesHostingChanges()
{
    QStringList asked;
    const QJsonObject changes {
        { QStringLiteral("added"), QJsonArray { QStringLiteral("/new.html") } },
        { QStringLiteral("deleted"), QJsonArray { QStringLiteral("/old.css") } },
        { QStringLiteral("modified"), QJsonArray { QStringLiteral("/index.html") } }
    };
    m_state->hostingDrafts.diff = [&](const QString &draftId) {
        asked.append(draftId);
        return changes;
    };
    const Reply reply = call(Method::Get, QStringLiteral("/drafts/%1/diff").arg(m_draftId));
    QCOMPARE(reply.status, 200);
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    QCOMPARE(body.value(QStringLiteral("hosting_files_diff")).toObject(), changes);
    QCOMPARE(body.value(QStringLiteral("diffs")).toArray().size(), 1); // values/v.json
    QCOMPARE(asked, QStringList { m_draftId });
}

void tst_DraftsHosting::deployAppliesHostingInTheSameWrite_data()
{
    QTest::addColumn<bool>("hostingSucceeds");
    QTest::newRow("hosting applies") << true;
    QTest::newRow("hosting fails") << false;
}

void tst_DraftsHosting::deployAppliesHostingInTheSameWrite()
{
    QFETCH(bool, hostingSucceeds);
    QList<QPair<QString, QString>> applied;
    m_state->hostingDrafts.apply = [&](const QString &appId, const QString &draftId) {
        applied.append({ appId, draftId });
        // What the hosting area would write, in the caller's transaction.
        QSqlQuery query(m_state->store.database());
        m_state->store.exec(query,
                            QStringLiteral("INSERT INTO hosting_assets(app_id, path, hash, size,"
                                           " bytes, last_modified) VALUES(?, '/a', '', 0, x'', 0)"),
                            { appId });
        return hostingSucceeds;
    };
    const Reply reply = call(Method::Post, QStringLiteral("/drafts/%1/deployment").arg(m_draftId));
    QCOMPARE(reply.status, 201);
    const QJsonObject deployment = QJsonDocument::fromJson(reply.body).object();
    QCOMPARE(applied, (QList<QPair<QString, QString>> { { m_appId, m_draftId } }));
    QCOMPARE(deployment.value(QStringLiteral("status")).toString(),
             hostingSucceeds ? QStringLiteral("successful") : QStringLiteral("failed"));
    QCOMPARE(deployment.value(QStringLiteral("status_error_message")).toString().isEmpty(),
             hostingSucceeds);
    // Configuration and hosting land together or not at all; a failed draft stays.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hosting_assets")), hostingSucceeds ? 1 : 0);
    QCOMPARE(m_state->config.list(m_appId, QStringLiteral("value"), QString()).size(),
             hostingSucceeds ? 1 : 0);
    QCOMPARE(m_state->store.draftIdFor(m_appId, m_adminId),
             hostingSucceeds ? QString() : m_draftId);
}

void tst_DraftsHosting::discardAsksTheHook_data()
{
    QTest::addColumn<bool>("hostingSucceeds");
    QTest::newRow("hosting discards") << true;
    QTest::newRow("hosting cannot discard") << false;
}

void tst_DraftsHosting::discardAsksTheHook()
{
    QFETCH(bool, hostingSucceeds);
    QStringList discarded;
    m_state->hostingDrafts.discard = [&](const QString &draftId) {
        discarded.append(draftId);
        return hostingSucceeds;
    };
    const Reply reply = call(Method::Delete, QStringLiteral("/drafts/%1").arg(m_draftId));
    QCOMPARE(reply.status, hostingSucceeds ? 204 : 500);
    QCOMPARE(discarded, QStringList { m_draftId });
    QCOMPARE(m_state->store.draftIdFor(m_appId, m_adminId),
             hostingSucceeds ? QString() : m_draftId);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM draft_resources")),
             hostingSucceeds ? 0 : 1);
}

void tst_DraftsHosting::realHostingRoutes_data()
{
    QTest::addColumn<bool>("deploy");
    QTest::newRow("deploy") << true;
    QTest::newRow("discard") << false;
}

void tst_DraftsHosting::realHostingRoutes()
{
    // The hosting area's own hooks and routes: a file deleted in the draft.
    QFETCH(bool, deploy);
    addHostingRoutes(*m_state);
    QSqlQuery query(m_state->store.database());
    QVERIFY(
        m_state->store.exec(query,
                            QStringLiteral("INSERT INTO hosting_assets(app_id, path, hash, size,"
                                           " bytes, last_modified) VALUES(?, '/a.txt',"
                                           " '0cc175b9c0f1b6a831c399e269772661', 1, 'a', 0)"),
                            { m_appId }));
    QUrlQuery path;
    path.addQueryItem(QStringLiteral("path"), QStringLiteral("/a.txt"));
    QCOMPARE(call(Method::Delete, QStringLiteral("/hosting/assets/asset"), path).status, 204);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hosting_assets")), 1);

    const Reply diff = call(Method::Get, QStringLiteral("/drafts/%1/diff").arg(m_draftId));
    QCOMPARE(QJsonDocument::fromJson(diff.body)
                 .object()
                 .value(QStringLiteral("hosting_files_diff"))
                 .toObject()
                 .value(QStringLiteral("deleted"))
                 .toArray(),
             QJsonArray { QStringLiteral("/a.txt") });

    const Reply done = deploy
        ? call(Method::Post, QStringLiteral("/drafts/%1/deployment").arg(m_draftId))
        : call(Method::Delete, QStringLiteral("/drafts/%1").arg(m_draftId));
    QCOMPARE(done.status, deploy ? 201 : 204);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hosting_assets")), deploy ? 0 : 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hosting_draft_changes")), 0);
    QCOMPARE(m_state->config.list(m_appId, QStringLiteral("value"), QString()).size(),
             deploy ? 1 : 0);
}

QTEST_GUILESS_MAIN(tst_DraftsHosting)
#include "tst_draftshosting.moc"
