#include "appdatatestkit.h"

#include <QtTest>

using namespace appdatatest;

//! Every admin route of the area refuses a call with no token, with an expired token, and from an
//! admin of another group, and such a call changes nothing.
class tst_AppDataAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void noToken();
    void noToken_data() { refused_data(); }
    void expiredToken();
    void expiredToken_data() { refused_data(); }
    void otherGroup();
    void otherGroup_data() { refused_data(); }
    void nothingChanged();

private:
    //! The route with its placeholders filled for the given world's resources.
    QString route(const QString &pattern, const QHash<QString, QString> &ids) const
    {
        QString path = pattern;
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            path.replace(u'{' + it.key() + u'}', it.value());
        return path;
    }
    QHash<QString, QString> seed(World &world);

    World m_world;
    World m_short; //!< its clock moved past its admin's access token
    QHash<QString, QString> m_ids;
    QHash<QString, QString> m_shortIds;
};

QHash<QString, QString> tst_AppDataAccess::seed(World &world)
{
    QHash<QString, QString> ids;
    ids.insert(
        QStringLiteral("user"),
        world.newUser(QStringLiteral("kept@example.com")).value(QStringLiteral("_id")).toString());
    ids.insert(QStringLiteral("key"),
               world
                   .admin("POST", QStringLiteral("/api_keys"),
                          { { QStringLiteral("name"), QStringLiteral("kept") } })
                   .object()
                   .value(QStringLiteral("_id"))
                   .toString());
    ids.insert(QStringLiteral("message"),
               world
                   .admin("POST", QStringLiteral("/push/notifications"),
                          { { QStringLiteral("label"), QStringLiteral("kept") },
                            { QStringLiteral("message"), QStringLiteral("m") },
                            { QStringLiteral("topic"), QStringLiteral("t") } })
                   .object()
                   .value(QStringLiteral("_id"))
                   .toString());
    ids.insert(QStringLiteral("email"), QStringLiteral("kept@example.com"));
    return ids;
}

void tst_AppDataAccess::initTestCase()
{
    QString error;
    QVERIFY2(m_short.start(&error, 60), qPrintable(error));
    m_shortIds = seed(m_short);
    QVERIFY2(m_world.start(&error), qPrintable(error));
    m_ids = seed(m_world);
    for (const QString &id : std::as_const(m_ids))
        QVERIFY(!id.isEmpty());
    QCOMPARE(m_short.probe.get(QStringLiteral("/auth/profile"), m_short.dev.access).status, 200);
    m_short.clock.advanceSeconds(61);
    QCOMPARE(m_short.probe.get(QStringLiteral("/auth/profile"), m_short.dev.access).status, 401);
}

void tst_AppDataAccess::refused_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("pattern");
    const QList<QPair<QByteArray, QString>> routes {
        { "GET", "/users" },
        { "POST", "/users" },
        { "GET", "/users/{user}" },
        { "DELETE", "/users/{user}" },
        { "GET", "/users/{user}/devices" },
        { "PUT", "/users/{user}/logout" },
        { "PUT", "/users/{user}/enable" },
        { "PUT", "/users/{user}/disable" },
        { "GET", "/user_registrations/pending_users" },
        { "DELETE", "/user_registrations/by_email/{email}" },
        { "POST", "/user_registrations/by_email/{email}/send_confirm" },
        { "POST", "/user_registrations/by_email/{email}/confirm" },
        { "GET", "/api_keys" },
        { "POST", "/api_keys" },
        { "GET", "/api_keys/{key}" },
        { "DELETE", "/api_keys/{key}" },
        { "PUT", "/api_keys/{key}/enable" },
        { "PUT", "/api_keys/{key}/disable" },
        { "GET", "/push/notifications" },
        { "POST", "/push/notifications" },
        { "GET", "/push/notifications/{message}" },
        { "PUT", "/push/notifications/{message}" },
        { "DELETE", "/push/notifications/{message}" },
        { "PUT", "/push/notifications/{message}/type" },
        { "POST", "/push/notifications/{message}/send" },
    };
    for (const auto &r : routes)
        QTest::addRow("%s %s", r.first.constData(), qPrintable(r.second)) << r.first << r.second;
}

// A body that would succeed, so that only the token or the group can be what refuses the call.
static QByteArray validBody(const QString &pattern)
{
    if (pattern == QLatin1String("/users"))
        return R"({"email":"new@example.com","password":"secret1"})";
    if (pattern == QLatin1String("/api_keys"))
        return R"({"name":"new"})";
    if (pattern.startsWith(QLatin1String("/push/notifications")))
        return R"({"label":"l","message":"m","topic":"t","type":"gcm"})";
    return QByteArray();
}

void tst_AppDataAccess::noToken()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, pattern);
    const Answer answer = m_world.probe.send(verb, m_world.app(route(pattern, m_ids)), QString(),
                                             validBody(pattern));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.errorCode(), QStringLiteral("InvalidSession"));
}

void tst_AppDataAccess::expiredToken()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, pattern);
    const Answer answer = m_short.probe.send(verb, m_short.app(route(pattern, m_shortIds)),
                                             m_short.dev.access, validBody(pattern));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.errorCode(), QStringLiteral("InvalidSession"));
}

void tst_AppDataAccess::otherGroup()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, pattern);
    const QString rest = route(pattern, m_ids);
    // The other admin on dev's group, and on its own group with dev's app: 404 both ways.
    const Answer onGroup
        = m_world.probe.send(verb, m_world.app(rest), m_world.other.access, validBody(pattern));
    QCOMPARE(onGroup.status, 404);
    QCOMPARE(onGroup.errorCode(), QStringLiteral("GroupNotFound"));
    const QString ownGroup
        = QStringLiteral("/groups/%1/apps/%2").arg(m_world.otherGroup, m_world.appId) + rest;
    const Answer onApp
        = m_world.probe.send(verb, ownGroup, m_world.other.access, validBody(pattern));
    QCOMPARE(onApp.status, 404);
    QCOMPARE(onApp.errorCode(), QStringLiteral("AppNotFound"));
}

void tst_AppDataAccess::nothingChanged()
{
    QCOMPARE(m_world.admin("GET", QStringLiteral("/users")).array().size(), 1);
    QCOMPARE(m_world.admin("GET", QStringLiteral("/users/") + m_ids.value(QStringLiteral("user")))
                 .object()
                 .value(QStringLiteral("disabled")),
             QJsonValue(false));
    QCOMPARE(m_world.admin("GET", QStringLiteral("/api_keys")).array().size(), 1);
    QCOMPARE(m_world.admin("GET", QStringLiteral("/api_keys/") + m_ids.value(QStringLiteral("key")))
                 .object()
                 .value(QStringLiteral("disabled")),
             QJsonValue(false));
    const QJsonArray messages = m_world.admin("GET", QStringLiteral("/push/notifications")).array();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0)[QStringLiteral("state")].toString(), QStringLiteral("draft"));
    QVERIFY(!messages.at(0).toObject().contains(QStringLiteral("type")));

    // The short-lived server is read from its file: any token of it would expire mid-check.
    const QString counts = QStringLiteral(
        "SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM appdata_api_keys WHERE"
        " disabled = 0), (SELECT count(*) FROM appdata_push WHERE state = 'draft'),"
        " (SELECT count(*) FROM appdata_push)");
    QCOMPARE(m_short.sql(counts).value(0), (QVariantList { 1, 1, 1, 1 }));
}

QTEST_GUILESS_MAIN(tst_AppDataAccess)
#include "tst_appdataaccess.moc"
