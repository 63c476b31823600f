// The conformance walk: every operation of the Admin API on its success path, with the status code
// and answer fields of the reference, and each one refused with no token, with an expired token,
// and against another admin's group. The rows are in operations_*.cpp.
#include "../servertestkit.h"
#include "operation.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace servertest;

class TestConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void walk_data();
    void walk();
    void coversEveryOperation();

private:
    QString fill(const QString &text, bool otherGroup = false) const;
    QString freshAccessToken();
    Answer call(const Operation &op, const QString &token, bool otherGroup = false);

    QTemporaryDir m_dir;
    std::unique_ptr<stitchlocal::LocalServer> m_server;
    Probe m_probe;
    TestClock m_clock; //!< moved past the stale token once set-up is done
    QHash<QString, QString> m_context;
    QString m_expiredToken;
};

namespace {
constexpr int kTokenTtlSeconds = 60;
const QString kKey = QStringLiteral("conformance-a");
const QString kSecret = QStringLiteral("secret-a");
} // namespace

void TestConformance::initTestCase()
{
    QVERIFY(m_dir.isValid());
    stitchlocal::ServerOptions options = loopbackOptions(m_dir.path());
    options.tokenTtlSeconds = kTokenTtlSeconds;
    options.clockMs = m_clock.source();
    options.admins = { apiKey(kKey, kSecret),
                       apiKey(QStringLiteral("conformance-b"), QStringLiteral("secret-b")) };
    QString error;
    m_server = startServer(options, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_probe.setRoot(m_server->rootUrl());

    const Tokens stale = m_probe.login(QStringLiteral("mongodb-cloud"), kKey, kSecret);
    const Tokens mine = m_probe.login(QStringLiteral("mongodb-cloud"), kKey, kSecret);
    const Tokens theirs
        = m_probe.login(QStringLiteral("mongodb-cloud"), QStringLiteral("conformance-b"),
                        QStringLiteral("secret-b"));
    QVERIFY(!stale.access.isEmpty() && !mine.access.isEmpty() && !theirs.access.isEmpty());
    m_context.insert(QStringLiteral("adminKey"), kKey);
    m_context.insert(QStringLiteral("adminSecret"), kSecret);
    m_context.insert(QStringLiteral("refresh"), mine.refresh);
    m_context.insert(QStringLiteral("provider"), QStringLiteral("mongodb-cloud"));
    // No service of stitch-local can honestly run a command: every one answers
    // ServiceCommandNotFound, which is what its row checks.
    m_context.insert(QStringLiteral("commandName"), QStringLiteral("ping"));
    m_context.insert(QStringLiteral("pendingEmail"), QStringLiteral("pending@example.com"));
    m_context.insert(QStringLiteral("groupId"), m_probe.groupOf(mine.access));
    m_context.insert(QStringLiteral("otherGroupId"), m_probe.groupOf(theirs.access));
    QVERIFY(m_context.value(QStringLiteral("groupId"))
            != m_context.value(QStringLiteral("otherGroupId")));

    const auto makeApp = [this](const QString &group, const QString &token) {
        return m_probe
            .post(QStringLiteral("/groups/%1/apps").arg(group),
                  { { QStringLiteral("name"), QStringLiteral("conformance") } }, token)
            .object()
            .value(QStringLiteral("_id"))
            .toString();
    };
    m_context.insert(QStringLiteral("appId"),
                     makeApp(m_context.value(QStringLiteral("groupId")), mine.access));
    m_context.insert(QStringLiteral("otherAppId"),
                     makeApp(m_context.value(QStringLiteral("otherGroupId")), theirs.access));
    QVERIFY(!m_context.value(QStringLiteral("appId")).isEmpty());
    QVERIFY(!m_context.value(QStringLiteral("otherAppId")).isEmpty());

    // A token that was valid and has run out, not one that never was.
    m_expiredToken = stale.access;
    QCOMPARE(m_probe.get(QStringLiteral("/auth/profile"), m_expiredToken).status, 200);
    m_clock.advanceSeconds(kTokenTtlSeconds + 1);
    QCOMPARE(m_probe.get(QStringLiteral("/auth/profile"), m_expiredToken).status, 401);
}

QString TestConformance::fill(const QString &text, bool otherGroup) const
{
    static const QRegularExpression placeholder(QStringLiteral("\\$\\{(\\w+)\\}"));
    QString result;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString key = match.captured(1);
        if (otherGroup && (key == QLatin1String("groupId") || key == QLatin1String("appId")))
            key = key == QLatin1String("groupId") ? QStringLiteral("otherGroupId")
                                                  : QStringLiteral("otherAppId");
        result += text.mid(last, match.capturedStart() - last);
        result += m_context.value(key, QStringLiteral("MISSING-") + key);
        last = match.capturedEnd();
    }
    return result + text.mid(last);
}

QString TestConformance::freshAccessToken()
{
    // Every row gets a new access token: the refresh route is exercised on every row.
    const Answer answer = m_probe.send("POST", QStringLiteral("/auth/session"),
                                       m_context.value(QStringLiteral("refresh")));
    return answer.object().value(QStringLiteral("access_token")).toString();
}

Answer TestConformance::call(const Operation &op, const QString &token, bool otherGroup)
{
    const QString path = fill(QString::fromUtf8(op.path), otherGroup);
    const QByteArray body = op.body ? fill(QString::fromUtf8(op.body)).toUtf8() : QByteArray();
    return m_probe.send(op.method, path, token, body, op.contentType);
}

void TestConformance::walk_data()
{
    QTest::addColumn<int>("index");
    const QList<Operation> operations = conformanceOperations();
    for (int i = 0; i < operations.size(); ++i) {
        QTest::addRow("%02d %s %s", i, operations.at(i).method, operations.at(i).path) << i;
    }
}

void TestConformance::walk()
{
    QFETCH(int, index);
    const Operation op = conformanceOperations().at(index);
    const QString token = op.token ? QString::fromUtf8(op.token) : QString();
    const bool public_ = op.token && token.isEmpty();

    if (!public_) {
        const Answer none = call(op, QString());
        QCOMPARE(none.status, 401);
        QCOMPARE(none.errorCode(), QStringLiteral("InvalidSession"));
        const Answer expired = call(op, m_expiredToken);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), QStringLiteral("InvalidSession"));
    }
    const QString access = freshAccessToken();
    QVERIFY(!access.isEmpty());
    if (QByteArray(op.path).contains("${groupId}")) {
        const Answer foreign = call(op, access, true);
        QVERIFY2(foreign.status == 404 || foreign.status == 403,
                 qPrintable(QStringLiteral("another group's ids answered %1: %2")
                                .arg(foreign.status)
                                .arg(QString::fromUtf8(foreign.body.left(200)))));
    }

    const QString bearer = !op.token ? access
        : token.startsWith(u'@')     ? m_context.value(token.mid(1))
                                     : QString();
    const Answer answer = call(op, bearer);
    QVERIFY2(answer.status == op.status,
             qPrintable(QStringLiteral("answered %1, expected %2: %3")
                            .arg(answer.status)
                            .arg(op.status)
                            .arg(QString::fromUtf8(answer.body.left(300)))));

    const QJsonDocument doc = QJsonDocument::fromJson(answer.body);
    const QJsonObject object = doc.isArray() ? doc.array().at(0).toObject() : doc.object();
    const QStringList fields = QString::fromUtf8(op.fields).split(u',', Qt::SkipEmptyParts);
    if (doc.isArray() && !fields.isEmpty())
        QVERIFY2(!doc.array().isEmpty(), "an empty list cannot show its fields");
    for (const QString &field : fields)
        QVERIFY2(object.contains(field.trimmed()), qPrintable(QStringLiteral("no field ") + field));
    const QStringList captures
        = QString::fromUtf8(op.capture ? op.capture : "").split(u',', Qt::SkipEmptyParts);
    for (const QString &capture : captures) {
        const QString key = capture.section(u'=', 0, 0);
        const QJsonValue value = object.value(capture.section(u'=', 1));
        QVERIFY2(value.isString(), qPrintable(QStringLiteral("nothing to capture for ") + key));
        m_context.insert(key, value.toString());
    }
}

namespace {
//! "GET /groups/${groupId}/apps" and "GET /groups/{groupId}/apps" both become "GET
//! /groups/{}/apps".
QString operationKey(const QString &method, QString path)
{
    static const QRegularExpression placeholder(QStringLiteral("\\$?\\{\\w+\\}"));
    path.replace(placeholder, QStringLiteral("{}"));
    return method + u' ' + path.section(u'?', 0, 0);
}
} // namespace

void TestConformance::coversEveryOperation()
{
    QFile list(QStringLiteral(STITCH_OPERATIONS_MD));
    if (!list.open(QIODevice::ReadOnly))
        QFAIL("tests/reference/operations.md is missing");
    QSet<QString> walked;
    const QList<Operation> operations = conformanceOperations();
    for (const Operation &op : operations)
        walked.insert(operationKey(QString::fromUtf8(op.method), QString::fromUtf8(op.path)));

    // "| GET | `/groups/{groupId}/apps` | 200 | ... |", plus the four every client uses.
    static const QRegularExpression row(
        QStringLiteral("^\\| (GET|POST|PUT|PATCH|DELETE) \\| `([^`]+)`"),
        QRegularExpression::MultilineOption);
    QStringList expected;
    for (auto it = row.globalMatch(QString::fromUtf8(list.readAll())); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        expected.append(operationKey(match.captured(1), match.captured(2)));
    }
    QCOMPARE(expected.size(), 90);
    const QString app = QStringLiteral("/groups/{}/apps/{}");
    expected << QStringLiteral("DELETE ") + app + QStringLiteral("/hosting/assets/asset")
             << QStringLiteral("PUT ") + app + QStringLiteral("/hosting/cache")
             << QStringLiteral("GET ") + app + QStringLiteral("/drafts/{}")
             << QStringLiteral("GET ") + app + QStringLiteral("/deployments/{}");
    // Beyond the reference, same API version (WIRE.md): secrets and the app's settings.
    for (const char *route :
         { "GET /secrets", "POST /secrets", "PUT /secrets/{}", "DELETE /secrets/{}",
           "GET /deploy/config", "PATCH /deploy/config", "PUT /deploy/config",
           "GET /custom_user_data", "PATCH /custom_user_data", "GET /hosting/config",
           "PATCH /hosting/config", "GET /users_count", "GET /dependencies" }) {
        const QString text = QString::fromLatin1(route);
        expected << text.section(u' ', 0, 0) + u' ' + app + text.section(u' ', 1);
    }
    QStringList missing;
    for (const QString &operation : std::as_const(expected)) {
        if (!walked.contains(operation))
            missing.append(operation);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not walked:\n  ") + missing.join(QStringLiteral("\n  "))));
}

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
