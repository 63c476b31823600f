// CORS on the client API against a real server: preflights and actual requests from an origin
// the app allows, from one it does not, with an empty allowed-origins list (every origin), on
// paths that name the app and on those that do not (/auth/session), and the admin API untouched.

#include "appdata/appdatatestkit.h"

#include <QtTest>

using namespace appdatatest;

namespace {

const QByteArray kDevServer = "http://localhost:5173";
const QByteArray kOther = "http://127.0.0.1:9999";

QList<QPair<QByteArray, QByteArray>> preflightHeaders(const QByteArray &origin)
{
    return { { "Origin", origin },
             { "Access-Control-Request-Method", "POST" },
             { "Access-Control-Request-Headers", "authorization,content-type" } };
}

} // namespace

class tst_ServerCors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void emptyListAllowsEveryOrigin();
    void preflightFromAllowedOrigin();
    void preflightFromOriginNotAllowed();
    void actualRequestCarriesHeadersOnlyWhenAllowed();
    void noOriginNoHeaders();
    void sessionPathUsesTheTokensApp();
    void unknownAppGetsNoCorsHeaders();
    void adminApiHasNoPreflight();

private:
    bool setOrigins(const QJsonArray &origins);
    Answer clientWithOrigin(const QByteArray &verb, const QString &rest, const QByteArray &origin,
                            const QByteArray &body = {}, const QString &token = QString());

    World m_world;
};

bool tst_ServerCors::setOrigins(const QJsonArray &origins)
{
    return m_world
               .adminRaw("POST", QStringLiteral("/security/allowed_request_origins"),
                         QJsonDocument(origins).toJson(QJsonDocument::Compact))
               .status
        == 204;
}

Answer tst_ServerCors::clientWithOrigin(const QByteArray &verb, const QString &rest,
                                        const QByteArray &origin, const QByteArray &body,
                                        const QString &token)
{
    return m_world.probe.send(
        verb, QStringLiteral("//api/client/v2.0/app/%1").arg(m_world.clientAppId) + rest, token,
        body, QByteArrayLiteral("application/json"), { { "Origin", origin } });
}

void tst_ServerCors::initTestCase()
{
    QString error;
    QVERIFY2(m_world.start(&error), qPrintable(error));
}

void tst_ServerCors::init()
{
    QVERIFY(setOrigins({ QString::fromLatin1(kDevServer) }));
}

void tst_ServerCors::emptyListAllowsEveryOrigin()
{
    QVERIFY(setOrigins({}));
    const Answer preflight = m_world.probe.send(
        "OPTIONS",
        QStringLiteral("//api/client/v2.0/app/%1/functions/call").arg(m_world.clientAppId),
        QString(), {}, {}, preflightHeaders(kOther));
    QCOMPARE(preflight.status, 204);
    QCOMPARE(preflight.header("Access-Control-Allow-Origin"), kOther);
    const Answer login
        = clientWithOrigin("POST", QStringLiteral("/auth/providers/anon-user/login"), kOther, "{}");
    QCOMPARE(login.status, 200);
    QCOMPARE(login.header("Access-Control-Allow-Origin"), kOther);
}

void tst_ServerCors::preflightFromAllowedOrigin()
{
    const Answer answer = m_world.probe.send(
        "OPTIONS",
        QStringLiteral("//api/client/v2.0/app/%1/functions/call").arg(m_world.clientAppId),
        QString(), {}, {}, preflightHeaders(kDevServer));
    QCOMPARE(answer.status, 204);
    QCOMPARE(answer.header("Access-Control-Allow-Origin"), kDevServer);
    QCOMPARE(answer.header("Vary"), QByteArray("Origin"));
    QCOMPARE(answer.header("Access-Control-Allow-Credentials"), QByteArray("true"));
    const QByteArray methods = answer.header("Access-Control-Allow-Methods");
    for (const char *method : { "GET", "POST", "DELETE" })
        QVERIFY2(methods.contains(method), methods.constData());
    const QByteArray headers = answer.header("Access-Control-Allow-Headers").toLower();
    for (const char *header : { "authorization", "content-type", "accept" })
        QVERIFY2(headers.contains(header), headers.constData());
    QVERIFY(answer.body.isEmpty());
    // The same origin written otherwise (case, default port) is the same origin.
    QVERIFY(setOrigins({ QStringLiteral("HTTP://LocalHost:5173") }));
    QCOMPARE(
        m_world.probe
            .send(
                "OPTIONS",
                QStringLiteral("//api/client/v2.0/app/%1/functions/call").arg(m_world.clientAppId),
                QString(), {}, {}, preflightHeaders(kDevServer))
            .header("Access-Control-Allow-Origin"),
        kDevServer);
}

void tst_ServerCors::preflightFromOriginNotAllowed()
{
    for (const QByteArray &origin :
         { kOther, QByteArray("https://localhost:5173"), QByteArray("http://localhost:5174") }) {
        const Answer answer = m_world.probe.send(
            "OPTIONS",
            QStringLiteral("//api/client/v2.0/app/%1/functions/call").arg(m_world.clientAppId),
            QString(), {}, {}, preflightHeaders(origin));
        QCOMPARE(answer.status, 204);
        QVERIFY2(answer.header("Access-Control-Allow-Origin").isEmpty(), origin.constData());
        QVERIFY(answer.header("Access-Control-Allow-Methods").isEmpty());
        QVERIFY(answer.header("Access-Control-Allow-Headers").isEmpty());
    }
}

void tst_ServerCors::actualRequestCarriesHeadersOnlyWhenAllowed()
{
    const Answer allowed = clientWithOrigin(
        "POST", QStringLiteral("/auth/providers/anon-user/login"), kDevServer, "{}");
    QCOMPARE(allowed.status, 200);
    QCOMPARE(allowed.header("Access-Control-Allow-Origin"), kDevServer);
    QCOMPARE(allowed.header("Vary"), QByteArray("Origin"));
    // An error answer carries them too: the page must be able to read why it failed.
    const Answer failed = clientWithOrigin(
        "POST", QStringLiteral("/functions/call"), kDevServer,
        QJsonDocument(QJsonObject { { QStringLiteral("name"), QStringLiteral("none") } })
            .toJson(QJsonDocument::Compact));
    QCOMPARE(failed.status, 401);
    QCOMPARE(failed.header("Access-Control-Allow-Origin"), kDevServer);

    // Served, but without CORS headers: the browser refuses the answer to the page.
    const Answer refused
        = clientWithOrigin("POST", QStringLiteral("/auth/providers/anon-user/login"), kOther, "{}");
    QCOMPARE(refused.status, 200);
    QVERIFY(refused.header("Access-Control-Allow-Origin").isEmpty());
    QCOMPARE(refused.header("Vary"), QByteArray("Origin"));
}

void tst_ServerCors::noOriginNoHeaders()
{
    const Answer answer = m_world.clientLogin(QStringLiteral("anon-user"), {});
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.header("Access-Control-Allow-Origin").isEmpty());
}

void tst_ServerCors::sessionPathUsesTheTokensApp()
{
    const QJsonObject login = m_world.clientLogin(QStringLiteral("anon-user"), {}).object();
    const QString refresh = login.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refresh.isEmpty());
    const QString session = QStringLiteral("//api/client/v2.0/auth/session");
    // A preflight carries no token: answered for any origin, the actual answer decides.
    QCOMPARE(m_world.probe.send("OPTIONS", session, QString(), {}, {}, preflightHeaders(kOther))
                 .header("Access-Control-Allow-Origin"),
             kOther);
    const Answer allowed
        = m_world.probe.send("POST", session, refresh, {}, {}, { { "Origin", kDevServer } });
    QCOMPARE(allowed.status, 201);
    QCOMPARE(allowed.header("Access-Control-Allow-Origin"), kDevServer);
    const Answer refused
        = m_world.probe.send("POST", session, refresh, {}, {}, { { "Origin", kOther } });
    QCOMPARE(refused.status, 201);
    QVERIFY(refused.header("Access-Control-Allow-Origin").isEmpty());
}

void tst_ServerCors::unknownAppGetsNoCorsHeaders()
{
    const Answer answer = m_world.probe.send(
        "OPTIONS", QStringLiteral("//api/client/v2.0/app/nosuchapp-abcde/functions/call"),
        QString(), {}, {}, preflightHeaders(kDevServer));
    QCOMPARE(answer.status, 204);
    QVERIFY(answer.header("Access-Control-Allow-Origin").isEmpty());
}

void tst_ServerCors::adminApiHasNoPreflight()
{
    // The Admin API is the console's, not a browser page's: no CORS there, as before.
    const Answer answer = m_world.probe.send("OPTIONS", m_world.app(QStringLiteral("/functions")),
                                             QString(), {}, {}, preflightHeaders(kDevServer));
    QCOMPARE(answer.status, 405);
    QVERIFY(answer.header("Access-Control-Allow-Origin").isEmpty());
}

QTEST_GUILESS_MAIN(tst_ServerCors)
#include "tst_servercors.moc"
