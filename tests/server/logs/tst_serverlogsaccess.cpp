#include "../servertestkit.h"

#include "server/logs/logquery.h"
#include "server/logwriter.h"
#include "server/store.h"

#include <QProcess>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

using namespace stitchlocal;
using namespace servertest;

// Who may read an app's logs, what a bad query gets, and how entries get there: appendLog and
// --seed-logs (the option, and the stitch-local command line).
class tst_ServerLogsAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badParameters_data();
    void badParameters();
    void refused_data();
    void refused();
    void expiredToken();
    void appendLogIsFiltered();
    void seedOption_data();
    void seedOption();
    void commandLineSeedsBeforeListening();

private:
    QString logsPath(const QString &query = QString()) const
    {
        return QStringLiteral("/groups/%1/apps/%2/logs%3")
            .arg(m_group, m_app, query.isEmpty() ? QString() : u'?' + query);
    }
    Answer get(const QString &pathAndQuery, const QString &token)
    {
        return m_probe.get(pathAndQuery, token);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalServer> m_server;
    Probe m_probe;
    Tokens m_alice;
    Tokens m_bob;
    QString m_group;
    QString m_bobGroup;
    QString m_app;
};

void tst_ServerLogsAccess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ServerOptions options = loopbackOptions(m_dir.path());
    options.admins = { apiKey(QStringLiteral("alice"), QStringLiteral("alice-key")),
                       apiKey(QStringLiteral("bob"), QStringLiteral("bob-key")) };
    options.demo = true;
    options.seedLogs = 20;
    QString error;
    m_server = startServer(options, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_probe.setRoot(m_server->rootUrl());
    m_alice = m_probe.login(QStringLiteral("mongodb-cloud"), QStringLiteral("alice"),
                            QStringLiteral("alice-key"));
    m_bob = m_probe.login(QStringLiteral("mongodb-cloud"), QStringLiteral("bob"),
                          QStringLiteral("bob-key"));
    m_group = m_probe.groupOf(m_alice.access);
    m_bobGroup = m_probe.groupOf(m_bob.access);
    QVERIFY(!m_group.isEmpty() && !m_bobGroup.isEmpty() && m_group != m_bobGroup);
    m_app = m_probe.get(QStringLiteral("/groups/%1/apps").arg(m_group), m_alice.access)
                .array()
                .at(0)
                .toObject()
                .value(QStringLiteral("_id"))
                .toString();
    QVERIFY(!m_app.isEmpty());
    const Answer all = get(logsPath(), m_alice.access);
    QCOMPARE(all.status, 200);
    QCOMPARE(all.object().value(QStringLiteral("logs")).toArray().size(), 24);
}

void tst_ServerLogsAccess::badParameters_data()
{
    QTest::addColumn<QString>("query");
    for (const char *query :
         { "limit=0", "limit=101", "limit=-1", "limit=abc", "limit=1.5", "skip=-1", "skip=x",
           "skip=99999999999", "start_date=yesterday", "end_date=2020-13-45T00:00:00Z",
           "end_date=12345", "errors_only=maybe", "type=NOPE", "type=FUNCTION,,AUTH" })
        QTest::newRow(query) << QString::fromLatin1(query);
}

void tst_ServerLogsAccess::badParameters()
{
    QFETCH(QString, query);
    const Answer answer = get(logsPath(query), m_alice.access);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.isJsonError());
    QCOMPARE(answer.errorCode(), QStringLiteral("InvalidParameter"));
}

void tst_ServerLogsAccess::refused_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    const QString other = QStringLiteral("/groups/%1/apps/%2/logs");
    QTest::newRow("no token") << QString() << other.arg(m_group, m_app) << 401;
    QTest::newRow("bad token") << QStringLiteral("garbage") << other.arg(m_group, m_app) << 401;
    QTest::newRow("another admin's group")
        << QStringLiteral("bob") << other.arg(m_group, m_app) << 404;
    QTest::newRow("another group's app")
        << QStringLiteral("bob") << other.arg(m_bobGroup, m_app) << 404;
    QTest::newRow("unknown app") << QStringLiteral("alice")
                                 << other.arg(m_group, QStringLiteral("0123456789abcdef01234567"))
                                 << 404;
}

void tst_ServerLogsAccess::refused()
{
    QFETCH(QString, who);
    QFETCH(QString, path);
    QFETCH(int, status);
    const QString token = who == QLatin1String("alice") ? m_alice.access
        : who == QLatin1String("bob")                   ? m_bob.access
                                                        : who;
    const Answer answer = get(path, token);
    QCOMPARE(answer.status, status);
    QVERIFY(answer.isJsonError());
    QVERIFY(!answer.object().contains(QStringLiteral("logs")));
}

void tst_ServerLogsAccess::expiredToken()
{
    QTemporaryDir dir;
    ServerOptions options = loopbackOptions(dir.path());
    options.admins = { apiKey(QStringLiteral("carol"), QStringLiteral("carol-key")) };
    options.demo = true;
    options.tokenTtlSeconds = 60;
    TestClock clock;
    options.clockMs = clock.source();
    options.seedLogs = 10;
    QString error;
    const auto server = startServer(options, &error);
    QVERIFY2(server, qPrintable(error));
    Probe probe(server->rootUrl());
    const Tokens carol = probe.login(QStringLiteral("mongodb-cloud"), QStringLiteral("carol"),
                                     QStringLiteral("carol-key"));
    const QString group = probe.groupOf(carol.access);
    const QString app = probe.firstAppOf(group, carol.access);
    const QString path = QStringLiteral("/groups/%1/apps/%2/logs").arg(group, app);
    const Answer fresh = probe.get(path, carol.access);
    QCOMPARE(fresh.status, 200);
    QCOMPARE(fresh.object().value(QStringLiteral("logs")).toArray().size(), 14);
    clock.advanceSeconds(61);
    QCOMPARE(probe.get(path, carol.access).status, 401);
    QCOMPARE(probe.get(path, carol.access).errorCode(), QStringLiteral("InvalidSession"));
}

void tst_ServerLogsAccess::appendLogIsFiltered()
{
    // Entries written by appendLog (function runs, webhooks, auth events) are found by every
    // filter, without the writer knowing the filters exist.
    QTemporaryDir dir;
    Store store;
    QString error;
    bool created = false;
    QVERIFY2(store.open(dir.path(), &error, &created), qPrintable(error));
    AppRecord app { QStringLiteral("a1"),    QStringLiteral("g1"),
                    QStringLiteral("app"),   QStringLiteral("app-x"),
                    QStringLiteral("US-VA"), QStringLiteral("GLOBAL"),
                    QStringLiteral("d1"),    {} };
    QVERIFY(store.insertApp(app));
    QVERIFY(appendLog(store, app.id,
                      { { QStringLiteral("type"), QStringLiteral("WEBHOOK") },
                        { QStringLiteral("user_id"), QStringLiteral("u1") },
                        { QStringLiteral("co_id"), QStringLiteral("c1") },
                        { QStringLiteral("error"), QStringLiteral("boom") } }));
    QVERIFY(appendLog(store, app.id, { { QStringLiteral("type"), QStringLiteral("FUNCTION") } }));
    const auto count = [&](const QString &query) {
        LogQuery parsed;
        LogPage page;
        if (parseLogQuery(QUrlQuery(query), &parsed) || !readLogPage(store, app.id, parsed, &page))
            return qsizetype(-1);
        return page.docs.size();
    };
    QCOMPARE(count(QString()), 2);
    QCOMPARE(count(QStringLiteral("type=WEBHOOK")), 1);
    QCOMPARE(count(QStringLiteral("type=WEBHOOK,FUNCTION")), 2);
    QCOMPARE(count(QStringLiteral("user_id=u1")), 1);
    QCOMPARE(count(QStringLiteral("co_id=c1")), 1);
    QCOMPARE(count(QStringLiteral("errors_only=true")), 1);
    QCOMPARE(count(QStringLiteral("errors_only=false")), 2);
    QCOMPARE(count(QStringLiteral("co_id=c2")), 0);

    // An unreadable date is filed at now (and answered as such), an old one where it belongs.
    QVERIFY(
        appendLog(store, app.id,
                  { { QStringLiteral("type"), QStringLiteral("AUTH") },
                    { QStringLiteral("started"), QStringLiteral("2001-01-01T00:00:00.000Z") } }));
    QVERIFY(appendLog(store, app.id,
                      { { QStringLiteral("type"), QStringLiteral("API_KEY") },
                        { QStringLiteral("started"), QStringLiteral("not a date") } }));
    LogQuery all;
    LogPage page;
    QVERIFY(readLogPage(store, app.id, all, &page));
    QCOMPARE(page.docs.size(), 4);
    const QJsonObject newest = QJsonDocument::fromJson(page.docs.first()).object();
    QCOMPARE(newest.value(QStringLiteral("type")).toString(), QStringLiteral("API_KEY"));
    QVERIFY(
        QDateTime::fromString(newest.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs)
            .isValid());
    QCOMPARE(QJsonDocument::fromJson(page.docs.last()).object().value(QStringLiteral("type")),
             QStringLiteral("AUTH"));
}

void tst_ServerLogsAccess::seedOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("seed");
    QTest::newRow("absent") << QStringList() << true << 0;
    QTest::newRow("100000") << QStringList { QStringLiteral("--seed-logs"),
                                             QStringLiteral("100000") }
                            << true << 100000;
    QTest::newRow("zero") << QStringList { QStringLiteral("--seed-logs"), QStringLiteral("0") }
                          << true << 0;
    QTest::newRow("negative") << QStringList { QStringLiteral("--seed-logs"), QStringLiteral("-5") }
                              << false << 0;
    QTest::newRow("word") << QStringList { QStringLiteral("--seed-logs"), QStringLiteral("many") }
                          << false << 0;
    QTest::newRow("missing") << QStringList { QStringLiteral("--seed-logs") } << false << 0;
}

void tst_ServerLogsAccess::seedOption()
{
    QFETCH(QStringList, args);
    QFETCH(bool, ok);
    QFETCH(int, seed);
    ServerOptions options;
    QString error;
    bool exitNow = false;
    QCOMPARE(parseServerArguments(QStringList { QStringLiteral("stitch-local") } + args, &options,
                                  &error, &exitNow),
             ok);
    QCOMPARE(error.isEmpty(), ok);
    if (ok)
        QCOMPARE(options.seedLogs, seed);
}

void tst_ServerLogsAccess::commandLineSeedsBeforeListening()
{
    // The "listening on" line is the promise that the seeded history is there: the first
    // request after it sees every entry.
    QTemporaryDir dir;
    QProcess process;
    QByteArray out;
    connect(&process, &QProcess::readyReadStandardOutput, &process,
            [&] { out += process.readAllStandardOutput(); });
    process.start(QStringLiteral(STITCH_LOCAL_BINARY),
                  { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                    QStringLiteral("--data"), dir.path(), QStringLiteral("--demo"),
                    QStringLiteral("--admin-key"), QStringLiteral("cli:cli-key"),
                    QStringLiteral("--seed-logs"), QStringLiteral("3000") });
    QTRY_VERIFY_WITH_TIMEOUT(out.contains('\n'), 60000);
    const QRegularExpressionMatch listening
        = QRegularExpression(QStringLiteral("^listening on (http://\\S+)"))
              .match(QString::fromUtf8(out));
    QVERIFY2(listening.hasMatch(), out.constData());
    const QUrl root(listening.captured(1));
    Probe probe(root);
    const Tokens cli = probe.login(QStringLiteral("mongodb-cloud"), QStringLiteral("cli"),
                                   QStringLiteral("cli-key"));
    const QString group = probe.groupOf(cli.access);
    const QString app = probe.firstAppOf(group, cli.access);
    const QString path = QStringLiteral("/groups/%1/apps/%2/logs").arg(group, app);
    const Answer deep = probe.get(path + QStringLiteral("?skip=2950"), cli.access);
    QCOMPARE(deep.status, 200);
    // 3000 seeded and the demo app's 4.
    QCOMPARE(deep.object().value(QStringLiteral("logs")).toArray().size(), 54);
    QSignalSpy finished(&process, &QProcess::finished);
    process.terminate();
    QVERIFY(finished.wait(10000));
}

QTEST_GUILESS_MAIN(tst_ServerLogsAccess)
#include "tst_serverlogsaccess.moc"
