#include "../servertestkit.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QtTest>

using namespace stitchlocal;
using namespace servertest;

namespace {

//! One stored entry as the store file holds it, read without the server's queries.
struct Row
{
    QString id;
    qint64 started = 0;
    QJsonObject doc;
};

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 msOf(const QJsonValue &date)
{
    return QDateTime::fromString(date.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

class tst_ServerLogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void walkAllPages_data();
    void walkAllPages();
    void tieLongerThanPage();
    void startExclusiveEndInclusive();
    void limitAndSkip();

private:
    QString logsPath(const QString &query = QString()) const
    {
        return QStringLiteral("/groups/%1/apps/%2/logs%3")
            .arg(m_group, m_app, query.isEmpty() ? QString() : u'?' + query);
    }
    Answer get(const QString &pathAndQuery, const QString &token);
    //! Every entry of the app, newest first, ties newest inserted first.
    QList<Row> storedRows();
    //! The _ids a walk by nextEndDate/nextSkip returns, checking each page's cursor on the way.
    QStringList walk(const QString &filters, int limit);
    //! The ids of stored rows that satisfy the filters, computed from each row's JSON.
    QStringList expected(const QUrlQuery &filters);

    QTemporaryDir m_dir;
    std::unique_ptr<LocalServer> m_server;
    Probe m_probe;
    Tokens m_alice;
    QString m_group;
    QString m_app;
    QList<Row> m_rows;
};

void tst_ServerLogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ServerOptions options = loopbackOptions(m_dir.path());
    options.admins = { apiKey(QStringLiteral("alice"), QStringLiteral("alice-key")) };
    options.demo = true;
    options.seedLogs = 1500;
    QString error;
    m_server = startServer(options, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_probe.setRoot(m_server->rootUrl());
    m_alice = m_probe.login(QStringLiteral("mongodb-cloud"), QStringLiteral("alice"),
                            QStringLiteral("alice-key"));
    m_group = m_probe.groupOf(m_alice.access);
    QVERIFY(!m_group.isEmpty());
    const QJsonArray apps
        = m_probe.get(QStringLiteral("/groups/%1/apps").arg(m_group), m_alice.access).array();
    QCOMPARE(apps.size(), 1);
    m_app = apps.at(0).toObject().value(QStringLiteral("_id")).toString();
    m_rows = storedRows();
    // The demo app's four entries plus the seeded ones, with a run longer than a page.
    QCOMPARE(m_rows.size(), 1504);
}

Answer tst_ServerLogs::get(const QString &pathAndQuery, const QString &token)
{
    return m_probe.get(pathAndQuery, token);
}

QList<Row> tst_ServerLogs::storedRows()
{
    QList<Row> rows;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("stitch-local.sqlite")));
        if (!db.open())
            return rows;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT started, doc FROM logs WHERE app_id = ? "
                                     "ORDER BY started DESC, seq DESC"));
        query.addBindValue(m_app);
        query.exec();
        while (query.next()) {
            const QJsonObject doc = QJsonDocument::fromJson(query.value(1).toByteArray()).object();
            rows.append(
                { doc.value(QStringLiteral("_id")).toString(), query.value(0).toLongLong(), doc });
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("direct"));
    return rows;
}

QStringList tst_ServerLogs::expected(const QUrlQuery &filters)
{
    const QString co = filters.queryItemValue(QStringLiteral("co_id"));
    const QString user = filters.queryItemValue(QStringLiteral("user_id"));
    const QStringList types
        = filters.queryItemValue(QStringLiteral("type")).split(u',', Qt::SkipEmptyParts);
    const bool errors = filters.hasQueryItem(QStringLiteral("errors_only"));
    const auto date = [&](const char *key, qint64 fallback) {
        const QString text = filters.queryItemValue(QString::fromLatin1(key));
        return text.isEmpty() ? fallback : msOf(text);
    };
    const qint64 start = date("start_date", std::numeric_limits<qint64>::min());
    const qint64 end = date("end_date", std::numeric_limits<qint64>::max());
    QStringList ids;
    for (const Row &row : std::as_const(m_rows)) {
        const auto field = [&row](const char *key) {
            return row.doc.value(QString::fromLatin1(key)).toString();
        };
        if ((!co.isEmpty() && field("co_id") != co) || (!user.isEmpty() && field("user_id") != user)
            || (!types.isEmpty() && !types.contains(field("type")))
            || (errors && field("error").isEmpty()) || row.started <= start || row.started > end)
            continue;
        ids.append(row.id);
    }
    return ids;
}

QStringList tst_ServerLogs::walk(const QString &filters, int limit)
{
    QStringList ids;
    QString cursor;
    qint64 lastStarted = -1;
    // The cursor's end_date replaces the filter's own from the second page on.
    QUrlQuery rest(filters);
    rest.removeAllQueryItems(QStringLiteral("end_date"));
    const QString later = rest.query(QUrl::FullyEncoded);
    for (int page = 0; page < 5000; ++page) {
        const QString query = QStringList { cursor.isEmpty() ? filters : later,
                                            QStringLiteral("limit=%1").arg(limit), cursor }
                                  .filter(QRegularExpression(QStringLiteral(".+")))
                                  .join(u'&');
        const Answer answer = get(logsPath(query), m_alice.access);
        if (answer.status != 200) {
            qWarning() << "page" << page << answer.status << answer.body;
            return { QStringLiteral("failed") };
        }
        const QJsonObject o = answer.object();
        const QJsonArray logs = o.value(QStringLiteral("logs")).toArray();
        if (logs.size() > limit)
            return { QStringLiteral("page too long") };
        if (!cursor.isEmpty() && !logs.isEmpty()) {
            // The next page starts at nextEndDate; nextSkip was there exactly when that is
            // also the previous page's last timestamp.
            const qint64 first = msOf(logs.first().toObject().value(QStringLiteral("started")));
            if (first != msOf(QUrlQuery(cursor).queryItemValue(QStringLiteral("end_date")))
                || cursor.contains(QLatin1String("skip=")) != (first == lastStarted))
                return { QStringLiteral("bad cursor before page %1").arg(page) };
        }
        for (const QJsonValue &log : logs)
            ids.append(log.toObject().value(QStringLiteral("_id")).toString());
        if (!o.contains(QStringLiteral("nextEndDate"))) {
            if (o.contains(QStringLiteral("nextSkip")))
                return { QStringLiteral("nextSkip without nextEndDate") };
            return ids;
        }
        if (logs.size() != limit)
            return { QStringLiteral("short page with more to come") };
        lastStarted = msOf(logs.last().toObject().value(QStringLiteral("started")));
        cursor = QStringLiteral("end_date=") + o.value(QStringLiteral("nextEndDate")).toString();
        if (o.contains(QStringLiteral("nextSkip")))
            cursor += QStringLiteral("&skip=%1").arg(o.value(QStringLiteral("nextSkip")).toInt());
    }
    return { QStringLiteral("endless walk") };
}

void tst_ServerLogs::walkAllPages_data()
{
    QTest::addColumn<QString>("filters");
    QTest::addColumn<int>("limit");
    // A user and a correlation id of some entry a third of the way down (one entry in six runs
    // as the system, without a user).
    QString user;
    QString co;
    for (qsizetype i = m_rows.size() / 3; i < m_rows.size() && user.isEmpty(); ++i) {
        user = m_rows.at(i).doc.value(QStringLiteral("user_id")).toString();
        co = m_rows.at(i).doc.value(QStringLiteral("co_id")).toString();
    }
    QVERIFY(!user.isEmpty() && !co.isEmpty());
    const QString window = QStringLiteral("start_date=%1&end_date=%2")
                               .arg(iso(m_rows.at(1200).started), iso(m_rows.at(200).started));
    QTest::newRow("everything") << QString() << 100;
    QTest::newRow("everything, pages of 7") << QString() << 7;
    QTest::newRow("one type") << QStringLiteral("type=FUNCTION") << 100;
    QTest::newRow("two types") << QStringLiteral("type=AUTH,WEBHOOK") << 30;
    QTest::newRow("errors only") << QStringLiteral("errors_only=true") << 10;
    QTest::newRow("user") << QStringLiteral("user_id=") + user << 25;
    QTest::newRow("co_id") << QStringLiteral("co_id=") + co << 50;
    QTest::newRow("window") << window << 100;
    QTest::newRow("user and errors") << QStringLiteral("errors_only=true&user_id=") + user << 3;
    QTest::newRow("types and user") << QStringLiteral("type=FUNCTION,AUTH&user_id=") + user << 40;
    QTest::newRow("types, errors, window")
        << QStringLiteral("type=FUNCTION,API_KEY,DB_TRIGGER&errors_only=1&") + window << 5;
    QTest::newRow("co_id, type, user")
        << QStringLiteral("co_id=%1&type=FUNCTION&user_id=%2").arg(co, user) << 2;
    QTest::newRow("nothing matches") << QStringLiteral("user_id=000000000000000000000000") << 100;
}

void tst_ServerLogs::walkAllPages()
{
    QFETCH(QString, filters);
    QFETCH(int, limit);
    const QStringList want = expected(QUrlQuery(filters));
    const QStringList got = walk(filters, limit);
    QCOMPARE(got.size(), want.size());
    QCOMPARE(got, want);
}

void tst_ServerLogs::tieLongerThanPage()
{
    // The seeder writes runs of 250 entries on one millisecond.
    qsizetype first = -1;
    for (qsizetype i = 0; i + 249 < m_rows.size() && first < 0; ++i) {
        if (m_rows.at(i).started == m_rows.at(i + 249).started)
            first = i;
    }
    QVERIFY(first >= 0);
    const QString end = iso(m_rows.at(first).started);
    QStringList ids;
    QString skip;
    const QList<int> skips { 100, 200 };
    for (int page = 0; page < 3; ++page) {
        const Answer answer
            = get(logsPath(QStringLiteral("end_date=%1%2").arg(end, skip)), m_alice.access);
        QCOMPARE(answer.status, 200);
        const QJsonObject o = answer.object();
        for (const QJsonValue &log : o.value(QStringLiteral("logs")).toArray())
            ids.append(log.toObject().value(QStringLiteral("_id")).toString());
        QCOMPARE(o.value(QStringLiteral("nextEndDate")).toString(),
                 page < 2 ? end : iso(m_rows.at(first + 300).started));
        if (page < 2) {
            QCOMPARE(o.value(QStringLiteral("nextSkip")).toInt(), skips.at(page));
            skip = QStringLiteral("&skip=%1").arg(skips.at(page));
        }
    }
    QStringList want;
    for (qsizetype i = first; i < first + 300; ++i)
        want.append(m_rows.at(i).id);
    QCOMPARE(ids, want);
}

void tst_ServerLogs::startExclusiveEndInclusive()
{
    // An entry whose millisecond holds fewer entries than a page, with a neighbour in it.
    const auto tieOf = [this](qint64 started) {
        return std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [started](const Row &r) { return r.started == started; });
    };
    qsizetype index = 700;
    while (tieOf(m_rows.at(index).started) < 2 || tieOf(m_rows.at(index).started) > 100)
        ++index;
    const Row &row = m_rows.at(index);
    const qsizetype tie = tieOf(row.started);
    const auto count = [this](const QString &query) {
        const Answer answer = get(logsPath(query), m_alice.access);
        return answer.status == 200 ? answer.object().value(QStringLiteral("logs")).toArray().size()
                                    : -1;
    };
    const QString at = iso(row.started);
    const QString before = iso(row.started - 1);
    QCOMPARE(count(QStringLiteral("start_date=%1&end_date=%1").arg(at)), 0);
    QCOMPARE(count(QStringLiteral("start_date=%1&end_date=%2").arg(before, at)), tie);
    const Answer page = get(logsPath(QStringLiteral("end_date=") + at), m_alice.access);
    QCOMPARE(msOf(page.object()
                      .value(QStringLiteral("logs"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QStringLiteral("started"))),
             row.started);
    // Another way of writing the same instant names the same entries.
    const QString offset = QDateTime::fromMSecsSinceEpoch(row.started, Qt::OffsetFromUTC, 3600)
                               .toString(Qt::ISODateWithMs);
    QCOMPARE(count(QStringLiteral("start_date=%1&end_date=%2")
                       .arg(before, QString::fromUtf8(QUrl::toPercentEncoding(offset)))),
             tie);
}

void tst_ServerLogs::limitAndSkip()
{
    const QStringList all = expected(QUrlQuery());
    const auto ids = [this](const QString &query) {
        QStringList out;
        const Answer answer = get(logsPath(query), m_alice.access);
        for (const QJsonValue &log : answer.object().value(QStringLiteral("logs")).toArray())
            out.append(log.toObject().value(QStringLiteral("_id")).toString());
        return out;
    };
    QCOMPARE(ids(QString()), all.mid(0, 100));
    QCOMPARE(ids(QStringLiteral("limit=1")), all.mid(0, 1));
    QCOMPARE(ids(QStringLiteral("limit=100")), all.mid(0, 100));
    // Without end_date, skip counts from the newest entry.
    QCOMPARE(ids(QStringLiteral("skip=5&limit=10")), all.mid(5, 10));
    QCOMPARE(ids(QStringLiteral("skip=100000")), QStringList());
    const Answer last = get(logsPath(QStringLiteral("skip=1450")), m_alice.access);
    QCOMPARE(last.object().value(QStringLiteral("logs")).toArray().size(), 54);
    QVERIFY(!last.object().contains(QStringLiteral("nextEndDate")));
    QVERIFY(!last.object().contains(QStringLiteral("nextSkip")));
}

QTEST_GUILESS_MAIN(tst_ServerLogs)
#include "tst_serverlogs.moc"
