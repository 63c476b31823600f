#include "appdatatestkit.h"

#include <QtTest>

using namespace appdatatest;

//! The end-user auth events reach authentication triggers: each CREATE, LOGIN and DELETE this
//! area makes runs the matching trigger's function, seen as an AUTH_TRIGGER entry in the logs.
class tst_AppDataAuthTriggers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fires_data();
    void fires();

private:
    //! A trigger document as the resources area stores a deployed one (no trigger routes here).
    QString addTrigger(const QString &operation, const QString &provider);
    //! How many AUTH_TRIGGER entries name the trigger and the user.
    int firings(const QString &triggerId, const QString &userId);

    World m_world;
    QString m_functionId;
};

void tst_AppDataAuthTriggers::initTestCase()
{
    QString error;
    QVERIFY2(m_world.start(&error), qPrintable(error));
    const Answer function = m_world.admin(
        "POST", QStringLiteral("/functions"),
        { { QStringLiteral("name"), QStringLiteral("onAuth") },
          { QStringLiteral("source"),
            QStringLiteral("exports = function(event) { console.log(event.operationType); };") } });
    QCOMPARE(function.status, 201);
    m_functionId = function.object().value(QStringLiteral("_id")).toString();
}

QString tst_AppDataAuthTriggers::addTrigger(const QString &operation, const QString &provider)
{
    const QString id = QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex().left(24));
    const QString name = QStringLiteral("on%1%2").arg(operation, QString(provider).remove(u'-'));
    const QJsonObject trigger {
        { QStringLiteral("_id"), id },
        { QStringLiteral("name"), name },
        { QStringLiteral("type"), QStringLiteral("AUTHENTICATION") },
        { QStringLiteral("function_id"), m_functionId },
        { QStringLiteral("function_name"), QStringLiteral("onAuth") },
        { QStringLiteral("disabled"), false },
        { QStringLiteral("config"),
          QJsonObject { { QStringLiteral("operation_type"), operation },
                        { QStringLiteral("providers"), QJsonArray { provider } } } },
    };
    m_world.sql(QStringLiteral("INSERT INTO resources(app_id, kind, id, parent_id, name, doc,"
                               " updated) VALUES(?, 'trigger', ?, '', ?, ?, 0)"),
                { m_world.appId, id, name,
                  QString::fromUtf8(QJsonDocument(trigger).toJson(QJsonDocument::Compact)) });
    return id;
}

int tst_AppDataAuthTriggers::firings(const QString &triggerId, const QString &userId)
{
    const QList<QJsonObject> logs = m_world.logs();
    return int(std::count_if(logs.cbegin(), logs.cend(), [&](const QJsonObject &entry) {
        return entry.value(QStringLiteral("type")).toString() == QLatin1String("AUTH_TRIGGER")
            && entry.value(QStringLiteral("event_subscription_id")).toString() == triggerId
            && entry.value(QStringLiteral("user_id")).toString() == userId;
    }));
}

void tst_AppDataAuthTriggers::fires_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("provider");
    QTest::newRow("create, local-userpass") << "CREATE"
                                            << "local-userpass";
    QTest::newRow("login, local-userpass") << "LOGIN"
                                           << "local-userpass";
    QTest::newRow("delete, local-userpass") << "DELETE"
                                            << "local-userpass";
    QTest::newRow("create, anon-user") << "CREATE"
                                       << "anon-user";
    QTest::newRow("login, anon-user") << "LOGIN"
                                      << "anon-user";
    QTest::newRow("login, api-key") << "LOGIN"
                                    << "api-key";
}

void tst_AppDataAuthTriggers::fires()
{
    QFETCH(QString, operation);
    QFETCH(QString, provider);
    const QString triggerId = addTrigger(operation, provider);
    QString userId;
    if (provider == QLatin1String("local-userpass")) {
        const QString email = operation.toLower() + QStringLiteral("@example.com");
        userId = m_world.newUser(email).value(QStringLiteral("_id")).toString();
        if (operation == QLatin1String("LOGIN"))
            QCOMPARE(m_world.userpassLogin(email, QStringLiteral("secret1")).status, 200);
        if (operation == QLatin1String("DELETE"))
            QCOMPARE(m_world.admin("DELETE", QStringLiteral("/users/") + userId).status, 204);
    } else if (provider == QLatin1String("anon-user")) {
        userId = m_world.clientLogin(provider, {})
                     .object()
                     .value(QStringLiteral("user_id"))
                     .toString();
    } else {
        const QString key = m_world
                                .admin("POST", QStringLiteral("/api_keys"),
                                       { { QStringLiteral("name"), QStringLiteral("trigger") } })
                                .object()
                                .value(QStringLiteral("key"))
                                .toString();
        userId = m_world.clientLogin(provider, { { QStringLiteral("key"), key } })
                     .object()
                     .value(QStringLiteral("user_id"))
                     .toString();
    }
    QVERIFY(!userId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(firings(triggerId, userId), 1, 20000);
    // The function saw the operation it was fired for.
    const QList<QJsonObject> logs = m_world.logs();
    const auto fired = std::find_if(logs.cbegin(), logs.cend(), [&](const QJsonObject &entry) {
        return entry.value(QStringLiteral("event_subscription_id")).toString() == triggerId;
    });
    QVERIFY(fired != logs.cend());
    QCOMPARE(fired->value(QStringLiteral("messages")).toArray().first().toString(), operation);
    // Remove it, so the next row's events fire only their own trigger.
    m_world.sql(QStringLiteral("DELETE FROM resources WHERE id = ?"), { triggerId });
}

QTEST_GUILESS_MAIN(tst_AppDataAuthTriggers)
#include "tst_appdataauthtriggers.moc"
