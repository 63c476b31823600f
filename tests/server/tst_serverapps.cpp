#include "servertestkit.h"

#include <QRegularExpression>
#include <QThread>
#include <QtTest>

using namespace stitchlocal;
using namespace servertest;

class tst_ServerApps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lifecycle();
    void createOptionalFields();
    void createBad_data();
    void createBad();
    void duplicateName();
    void bodyTooLarge();
    void unknownPath_data();
    void unknownPath();
    void wrongMethod_data();
    void wrongMethod();
    void restartKeepsEverything();
    void serverThread();
    void demoAppUsers();
    void serverThreadFails();

private:
    QString appsPath() const { return QStringLiteral("/groups/%1/apps").arg(m_group); }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalServer> m_server;
    Probe m_probe;
    Tokens m_dev;
    QString m_group;
};

void tst_ServerApps::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ServerOptions options = loopbackOptions(m_dir.path());
    options.maxBodyBytes = 4096;
    options.admins = { user(QStringLiteral("dev"), QStringLiteral("pw")),
                       user(QStringLiteral("other"), QStringLiteral("pw2")) };
    QString error;
    m_server = startServer(options, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_probe.setRoot(m_server->rootUrl());
    m_dev = m_probe.login(QStringLiteral("local"), QStringLiteral("dev"), QStringLiteral("pw"));
    QVERIFY(!m_dev.access.isEmpty());
    m_group = m_probe.groupOf(m_dev.access);
    QVERIFY(!m_group.isEmpty());
}

void tst_ServerApps::lifecycle()
{
    QCOMPARE(m_probe.get(appsPath(), m_dev.access).array(), QJsonArray());

    const Answer created = m_probe.post(
        appsPath(), { { QStringLiteral("name"), QStringLiteral("todo") } }, m_dev.access);
    QCOMPARE(created.status, 201);
    const QJsonObject app = created.object();
    const QString id = app.value(QStringLiteral("_id")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$")).match(id).hasMatch(),
             qPrintable(id));
    // The first four bytes of an ObjectId are its creation time.
    const qint64 seconds = id.left(8).toLongLong(nullptr, 16);
    QVERIFY(qAbs(seconds - QDateTime::currentSecsSinceEpoch()) < 60);
    QVERIFY(QRegularExpression(QStringLiteral("^todo-[a-z]{5}$"))
                .match(app.value(QStringLiteral("client_app_id")).toString())
                .hasMatch());
    QCOMPARE(app.value(QStringLiteral("name")).toString(), QStringLiteral("todo"));
    QCOMPARE(app.value(QStringLiteral("location")).toString(), QStringLiteral("US-VA"));
    QCOMPARE(app.value(QStringLiteral("deployment_model")).toString(), QStringLiteral("GLOBAL"));
    QCOMPARE(app.value(QStringLiteral("group_id")).toString(), m_group);
    QVERIFY(!app.value(QStringLiteral("domain_id")).toString().isEmpty());

    const QJsonArray list = m_probe.get(appsPath(), m_dev.access).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject(), app);

    const QString appPath = appsPath() + u'/' + id;
    const Answer fetched = m_probe.get(appPath, m_dev.access);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.object(), app);

    QCOMPARE(m_probe.send("DELETE", appPath, m_dev.access).status, 204);
    const Answer gone = m_probe.get(appPath, m_dev.access);
    QCOMPARE(gone.status, 404);
    QVERIFY(gone.isJsonError());
    QCOMPARE(m_probe.send("DELETE", appPath, m_dev.access).status, 404);
    QCOMPARE(m_probe.get(appsPath(), m_dev.access).array(), QJsonArray());
    // The name is free again.
    QCOMPARE(
        m_probe
            .post(appsPath(), { { QStringLiteral("name"), QStringLiteral("todo") } }, m_dev.access)
            .status,
        201);
}

void tst_ServerApps::createOptionalFields()
{
    const Answer created
        = m_probe.post(appsPath(),
                       { { QStringLiteral("name"), QStringLiteral("Eu_App-2") },
                         { QStringLiteral("location"), QStringLiteral("IE") },
                         { QStringLiteral("deployment_model"), QStringLiteral("LOCAL") } },
                       m_dev.access);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(QStringLiteral("location")).toString(), QStringLiteral("IE"));
    QCOMPARE(created.object().value(QStringLiteral("deployment_model")).toString(),
             QStringLiteral("LOCAL"));
}

void tst_ServerApps::createBad_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");

    QTest::newRow("empty body") << QByteArray() << "MissingParameter";
    QTest::newRow("no name") << QByteArray(R"({"location":"US-VA"})") << "MissingParameter";
    QTest::newRow("null name") << QByteArray(R"({"name":null})") << "MissingParameter";
    QTest::newRow("number name") << QByteArray(R"({"name":12})") << "InvalidParameter";
    QTest::newRow("object name") << QByteArray(R"({"name":{"x":1}})") << "InvalidParameter";
    QTest::newRow("empty name") << QByteArray(R"({"name":""})") << "InvalidParameter";
    QTest::newRow("space") << QByteArray(R"({"name":"my app"})") << "InvalidParameter";
    QTest::newRow("slash") << QByteArray(R"({"name":"a/b"})") << "InvalidParameter";
    QTest::newRow("dot") << QByteArray(R"({"name":"a.b"})") << "InvalidParameter";
    QTest::newRow("non-ASCII") << QByteArray(R"({"name":"caf\u00e9"})") << "InvalidParameter";
    QTest::newRow("65 characters")
        << QByteArray("{\"name\":\"" + QByteArray(65, 'a') + "\"}") << "InvalidParameter";
    QTest::newRow("location not a string")
        << QByteArray(R"({"name":"ok","location":5})") << "InvalidParameter";
    QTest::newRow("deployment_model not a string")
        << QByteArray(R"({"name":"ok","deployment_model":true})") << "InvalidParameter";
    QTest::newRow("malformed JSON") << QByteArray(R"({"name":)") << "InvalidParameter";
    QTest::newRow("trailing garbage") << QByteArray(R"({"name":"ok"} x)") << "InvalidParameter";
    QTest::newRow("array") << QByteArray(R"(["ok"])") << "InvalidParameter";
    QTest::newRow("string") << QByteArray(R"("ok")") << "InvalidParameter";
}

void tst_ServerApps::createBad()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    const int before = m_probe.get(appsPath(), m_dev.access).array().size();
    const Answer answer = m_probe.send("POST", appsPath(), m_dev.access, body);
    QCOMPARE(answer.status, 400);
    QVERIFY2(answer.isJsonError(), answer.body.constData());
    QCOMPARE(answer.errorCode(), errorCode);
    QCOMPARE(m_probe.get(appsPath(), m_dev.access).array().size(), before);
}

void tst_ServerApps::duplicateName()
{
    const QJsonObject body { { QStringLiteral("name"), QStringLiteral("dup") } };
    QCOMPARE(m_probe.post(appsPath(), body, m_dev.access).status, 201);
    const Answer again = m_probe.post(appsPath(), body, m_dev.access);
    QCOMPARE(again.status, 409);
    QVERIFY(again.isJsonError());
    int count = 0;
    const QJsonArray apps = m_probe.get(appsPath(), m_dev.access).array();
    for (const QJsonValue &app : apps)
        count += app.toObject().value(QStringLiteral("name")).toString() == QLatin1String("dup");
    QCOMPARE(count, 1);

    // Names are unique per group, not per server.
    const Tokens other
        = m_probe.login(QStringLiteral("local"), QStringLiteral("other"), QStringLiteral("pw2"));
    const QString otherApps = QStringLiteral("/groups/%1/apps").arg(m_probe.groupOf(other.access));
    QCOMPARE(m_probe.post(otherApps, body, other.access).status, 201);
}

void tst_ServerApps::bodyTooLarge()
{
    const QByteArray padding(5000, 'x');
    const QByteArray body = R"({"name":"huge","note":")" + padding + "\"}";
    const Answer answer = m_probe.send("POST", appsPath(), m_dev.access, body);
    QCOMPARE(answer.status, 413);
    QVERIFY(answer.isJsonError());
    const QJsonArray apps = m_probe.get(appsPath(), m_dev.access).array();
    for (const QJsonValue &app : apps)
        QVERIFY(app.toObject().value(QStringLiteral("name")).toString() != QLatin1String("huge"));
    // Just under the limit is fine.
    const QByteArray fits = R"({"name":"fits","note":")" + QByteArray(4000, 'y') + "\"}";
    QCOMPARE(m_probe.send("POST", appsPath(), m_dev.access, fits).status, 201);
}

void tst_ServerApps::unknownPath_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");

    QTest::newRow("root") << QByteArray("GET") << "//";
    QTest::newRow("outside the API") << QByteArray("GET") << "//index.html";
    QTest::newRow("other API version") << QByteArray("GET") << "//api/admin/v2.0/auth/providers";
    QTest::newRow("API base itself") << QByteArray("GET") << "";
    QTest::newRow("unknown resource") << QByteArray("GET") << "/nothing";
    QTest::newRow("unknown app child") << QByteArray("GET") << "/groups/{g}/apps/{a}/bogus";
    QTest::newRow("too deep") << QByteArray("POST") << "/auth/providers/local/login/again";
    QTest::newRow("unknown method, unknown path") << QByteArray("BREW") << "/coffee";
}

void tst_ServerApps::unknownPath()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    path.replace(QStringLiteral("{g}"), m_group)
        .replace(QStringLiteral("{a}"), QStringLiteral("0123456789abcdef01234567"));
    const Answer answer = m_probe.send(verb, path, m_dev.access);
    QCOMPARE(answer.status, 404);
    QVERIFY2(answer.isJsonError(), answer.body.constData());
}

void tst_ServerApps::wrongMethod_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");

    QTest::newRow("PUT providers") << QByteArray("PUT") << "/auth/providers" << QByteArray("GET");
    QTest::newRow("GET login") << QByteArray("GET") << "/auth/providers/local/login"
                               << QByteArray("POST");
    QTest::newRow("PUT session") << QByteArray("PUT") << "/auth/session"
                                 << QByteArray("POST, DELETE");
    QTest::newRow("PATCH apps") << QByteArray("PATCH") << "/groups/{g}/apps"
                                << QByteArray("GET, POST");
    QTest::newRow("PUT app") << QByteArray("PUT") << "/groups/{g}/apps/{a}"
                             << QByteArray("GET, DELETE");
    QTest::newRow("POST export") << QByteArray("POST") << "/groups/{g}/apps/{a}/export"
                                 << QByteArray("GET");
    QTest::newRow("unknown verb") << QByteArray("BREW") << "/auth/profile" << QByteArray("GET");
}

void tst_ServerApps::wrongMethod()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    path.replace(QStringLiteral("{g}"), m_group)
        .replace(QStringLiteral("{a}"), QStringLiteral("0123456789abcdef01234567"));
    const Answer answer = m_probe.send(verb, path, m_dev.access);
    QCOMPARE(answer.status, 405);
    QVERIFY2(answer.isJsonError(), answer.body.constData());
    QCOMPARE(answer.header("Allow"), allow);
}

void tst_ServerApps::restartKeepsEverything()
{
    QTemporaryDir dir;
    ServerOptions options = loopbackOptions(dir.path());
    options.admins = { apiKey(QStringLiteral("key"), QStringLiteral("secret")) };
    Tokens tokens;
    QString group;
    QJsonObject app;
    {
        QString error;
        auto first = startServer(options, &error);
        QVERIFY2(first, qPrintable(error));
        Probe probe(first->rootUrl());
        tokens = probe.login(QStringLiteral("mongodb-cloud"), QStringLiteral("key"),
                             QStringLiteral("secret"));
        group = probe.groupOf(tokens.access);
        const Answer created
            = probe.post(QStringLiteral("/groups/%1/apps").arg(group),
                         { { QStringLiteral("name"), QStringLiteral("keep") } }, tokens.access);
        QCOMPARE(created.status, 201);
        app = created.object();
    }

    QString error;
    auto second = startServer(options, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->admins().first().groupId, group);
    Probe probe(second->rootUrl());
    // Tokens live in the store, not in memory: the session survives.
    QCOMPARE(probe.get(QStringLiteral("/auth/profile"), tokens.access).status, 200);
    QCOMPARE(probe.send("POST", QStringLiteral("/auth/session"), tokens.refresh).status, 201);
    const QJsonArray apps
        = probe.get(QStringLiteral("/groups/%1/apps").arg(group), tokens.access).array();
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps.at(0).toObject(), app);
    const Tokens again = probe.login(QStringLiteral("mongodb-cloud"), QStringLiteral("key"),
                                     QStringLiteral("secret"));
    QCOMPARE(again.userId, tokens.userId);

    // A new secret given on the command line replaces the old one.
    second.reset();
    options.admins = { apiKey(QStringLiteral("key"), QStringLiteral("rotated")) };
    auto third = startServer(options, &error);
    QVERIFY2(third, qPrintable(error));
    Probe thirdProbe(third->rootUrl());
    QVERIFY(
        thirdProbe
            .login(QStringLiteral("mongodb-cloud"), QStringLiteral("key"), QStringLiteral("secret"))
            .access.isEmpty());
    const Tokens rotated = thirdProbe.login(QStringLiteral("mongodb-cloud"), QStringLiteral("key"),
                                            QStringLiteral("rotated"));
    QVERIFY(!rotated.access.isEmpty());
    QCOMPARE(thirdProbe.groupOf(rotated.access), group);
}

void tst_ServerApps::serverThread()
{
    QTemporaryDir dir;
    ServerOptions options = loopbackOptions(dir.path());
    options.demo = true;
    LocalServerThread thread;
    QThread *emittedOn = nullptr;
    connect(&thread, &LocalServerThread::started, this,
            [&emittedOn] { emittedOn = QThread::currentThread(); });
    QSignalSpy started(&thread, &LocalServerThread::started);
    QSignalSpy failed(&thread, &LocalServerThread::failed);
    thread.start(options);
    QVERIFY(started.wait(20000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(emittedOn, QThread::currentThread());
    const QUrl root = started.at(0).at(0).toUrl();
    const AdminSpec admin = started.at(0).at(1).value<AdminSpec>();
    QCOMPARE(root.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(root.port() > 0);
    QVERIFY(admin.generated);
    QVERIFY(!admin.secret.isEmpty());

    Probe probe(root);
    const Tokens tokens = probe.login(admin.provider(), admin.name, admin.secret);
    QVERIFY(!tokens.access.isEmpty());
    const QJsonArray apps
        = probe.get(QStringLiteral("/groups/%1/apps").arg(admin.groupId), tokens.access).array();
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("demo-app"));
}

void tst_ServerApps::demoAppUsers()
{
    // --demo gives demo-app two real local-userpass users: listed by the users API and able to
    // sign in with the demo password.
    QTemporaryDir dir;
    ServerOptions options = loopbackOptions(dir.path());
    options.demo = true;
    options.admins = { user(QStringLiteral("dev"), QStringLiteral("pw")) };
    QString error;
    auto server = startServer(options, &error);
    QVERIFY2(server, qPrintable(error));
    Probe probe(server->rootUrl());
    const Tokens dev
        = probe.login(QStringLiteral("local"), QStringLiteral("dev"), QStringLiteral("pw"));
    const QString group = probe.groupOf(dev.access);
    const QJsonObject app = probe.get(QStringLiteral("/groups/%1/apps").arg(group), dev.access)
                                .array()
                                .at(0)
                                .toObject();
    const QString appId = app.value(QStringLiteral("_id")).toString();
    const QJsonArray users
        = probe.get(QStringLiteral("/groups/%1/apps/%2/users").arg(group, appId), dev.access)
              .array();
    QHash<QString, QString> idByEmail;
    for (const QJsonValue &value : users) {
        const QJsonObject user = value.toObject();
        QCOMPARE(user.value(QStringLiteral("identities"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("provider_type"))
                     .toString(),
                 QStringLiteral("local-userpass"));
        idByEmail.insert(
            user.value(QStringLiteral("data")).toObject().value(QStringLiteral("email")).toString(),
            user.value(QStringLiteral("_id")).toString());
    }
    QCOMPARE(users.size(), 2);
    QCOMPARE(
        QSet<QString>(idByEmail.keyBegin(), idByEmail.keyEnd()),
        (QSet<QString> { QStringLiteral("ada@example.com"), QStringLiteral("linus@example.com") }));

    const QString clientAppId = app.value(QStringLiteral("client_app_id")).toString();
    const Answer login
        = probe.post(QStringLiteral("//api/client/v2.0/app/%1/auth/providers/local-userpass/login")
                         .arg(clientAppId),
                     { { QStringLiteral("username"), QStringLiteral("linus@example.com") },
                       { QStringLiteral("password"), QStringLiteral("stitch-demo") } });
    QCOMPARE(login.status, 200);
    QCOMPARE(login.object().value(QStringLiteral("user_id")).toString(),
             idByEmail.value(QStringLiteral("linus@example.com")));
}

void tst_ServerApps::serverThreadFails()
{
    QTemporaryDir dir;
    ServerOptions options = loopbackOptions(dir.path());
    options.address = QHostAddress(QHostAddress::AnyIPv4); // remote, not allowed
    auto thread = std::make_unique<LocalServerThread>();
    QSignalSpy started(thread.get(), &LocalServerThread::started);
    QSignalSpy failed(thread.get(), &LocalServerThread::failed);
    thread->start(options);
    QVERIFY(failed.wait(20000));
    QCOMPARE(started.count(), 0);
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("allow-remote")));
    thread.reset(); // joins without hanging
}

QTEST_GUILESS_MAIN(tst_ServerApps)
#include "tst_serverapps.moc"
