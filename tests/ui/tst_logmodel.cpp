// LogModel against a real LocalServer seeded with log entries, through the production ApiClient.
#include <api/apiclient.h>
#include <api/appcalls.h>
#include <models/logexport.h>
#include <models/logmodel.h>
#include <server/localserver.h>
#include <server/logwriter.h>
#include <server/store.h>
#include <session/session.h>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <memory>

class TestLogModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesAcrossTiesWithExplicitFetchMore();
    void filters_data();
    void filters();
    void filterChangeAbandonsLoad();
    void failedPageKeepsRowsAndRetries();
    void malformedAndDuplicateEntries();
    void tailInsertsAboveKeepingSelection();
    void search();
    void exportFiles();
    void queryMapping();

private:
    void loadAll(LogModel &model);
    QStringList ids(const LogModel &model) const;

    QTemporaryDir m_dir;
    std::unique_ptr<stitchlocal::LocalServer> m_server;
    Session *m_session = nullptr;
    QString m_groupId;
    QString m_appId;
    QList<QJsonObject> m_all; // every entry, newest first, as one unfiltered load saw them
};

static const int kSeeded = 1200; // long enough for the seeder's run of 250 equal timestamps

void TestLogModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    stitchlocal::ServerOptions options;
    options.address = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    options.dataDir = m_dir.path();
    options.demo = true;
    options.seedLogs = kSeeded;
    stitchlocal::AdminSpec admin;
    admin.name = QStringLiteral("log-tester");
    admin.secret = QStringLiteral("log-tester-secret");
    options.admins = { admin };
    m_server = std::make_unique<stitchlocal::LocalServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));

    m_session = new Session(this);
    QSignalSpy failed(m_session, &Session::signInFailed);
    Profile profile;
    profile.id = QStringLiteral("test");
    profile.name = QStringLiteral("Test");
    profile.provider = QStringLiteral("mongodb-cloud");
    profile.username = admin.name;
    m_session->signIn(profile, m_server->rootUrl(), admin.secret);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isSignedIn() || !failed.isEmpty(), 20000);
    QVERIFY(failed.isEmpty());
    m_groupId = m_session->currentGroupId();
    auto *job = appcalls::list(*m_session->client(), m_groupId);
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(10000));
    QVERIFY(job->ok());
    QCOMPARE(job->result().size(), 1);
    m_appId = job->result().first().id;

    LogModel model(m_session->client());
    model.reload(m_groupId, m_appId, {});
    loadAll(model);
    for (int row = 0; row < model.rowCount(); ++row)
        m_all.append(model.entry(row).toObject());
}

void TestLogModel::loadAll(LogModel &model)
{
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(model.atEnd() && !model.isLoading(), 60000);
    QVERIFY2(!model.hasFailed(), qPrintable(model.lastError().details()));
}

QStringList TestLogModel::ids(const LogModel &model) const
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.entry(row).toObject().value(QLatin1String("_id")).toString());
    return list;
}

void TestLogModel::pagesAcrossTiesWithExplicitFetchMore()
{
    LogModel model(m_session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QSignalSpy pages(&model, &LogModel::pageLoaded);
    model.reload(m_groupId, m_appId, {});
    QVERIFY(pages.wait(10000));
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore());
    QVERIFY(!model.isLoading());
    int requests = 1;
    while (model.canFetchMore()) {
        model.fetchMore();
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore()); // one request at a time
        QVERIFY(pages.wait(10000));
        ++requests;
    }
    QVERIFY(model.atEnd());
    // The demo app's own entries plus the seeded ones, each exactly once, newest first.
    QCOMPARE(model.rowCount(), kSeeded + 4);
    QCOMPARE(requests, (kSeeded + 4 + 99) / 100);
    const QStringList all = ids(model);
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.record(row - 1).startedMs >= model.record(row).startedMs);
    // A tie longer than a page was crossed.
    int longest = 1, run = 1;
    for (int row = 1; row < model.rowCount(); ++row) {
        run = model.record(row - 1).startedMs == model.record(row).startedMs ? run + 1 : 1;
        longest = qMax(longest, run);
    }
    QVERIFY2(longest > 100, qPrintable(QString::number(longest)));
}

void TestLogModel::filters_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("errors only") << 0;
    QTest::newRow("types") << 1;
    QTest::newRow("user id") << 2;
    QTest::newRow("request id") << 3;
    QTest::newRow("start and end") << 4;
}

void TestLogModel::filters()
{
    QFETCH(int, which);
    LogFilter filter;
    std::function<bool(const QJsonObject &)> keep;
    // An entry with a user (one in six runs as the system, without one), a little way down.
    QJsonObject sample;
    for (qsizetype row = 137; row < m_all.size() && sample.isEmpty(); ++row) {
        if (!m_all.at(row).value(QLatin1String("user_id")).toString().isEmpty())
            sample = m_all.at(row);
    }
    const qint64 endMs
        = parse::logMs(m_all.at(300).value(QLatin1String("started")).toString()).value();
    const qint64 startMs
        = parse::logMs(m_all.at(900).value(QLatin1String("started")).toString()).value();
    switch (which) {
    case 0:
        filter.errorsOnly = true;
        keep = [](const QJsonObject &o) {
            return !o.value(QLatin1String("error")).toString().isEmpty();
        };
        break;
    case 1:
        filter.types = { QStringLiteral("AUTH"), QStringLiteral("WEBHOOK") };
        keep = [](const QJsonObject &o) {
            const QString t = o.value(QLatin1String("type")).toString();
            return t == QLatin1String("AUTH") || t == QLatin1String("WEBHOOK");
        };
        break;
    case 2:
        filter.userId = sample.value(QLatin1String("user_id")).toString();
        QVERIFY(!filter.userId.isEmpty());
        keep = [u = filter.userId](const QJsonObject &o) {
            return o.value(QLatin1String("user_id")).toString() == u;
        };
        break;
    case 3:
        filter.coId = sample.value(QLatin1String("co_id")).toString();
        keep = [c = filter.coId](const QJsonObject &o) {
            return o.value(QLatin1String("co_id")).toString() == c;
        };
        break;
    case 4:
        filter.start = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
        filter.end = QDateTime::fromMSecsSinceEpoch(endMs, Qt::UTC);
        keep = [=](const QJsonObject &o) {
            const qint64 ms = parse::logMs(o.value(QLatin1String("started")).toString()).value();
            return ms > startMs && ms <= endMs; // start exclusive, end inclusive
        };
        break;
    }
    QStringList expected;
    for (const QJsonObject &o : std::as_const(m_all)) {
        if (keep(o))
            expected.append(o.value(QLatin1String("_id")).toString());
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < m_all.size());
    LogModel model(m_session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(m_groupId, m_appId, filter);
    loadAll(model);
    QCOMPARE(ids(model), expected);
}

void TestLogModel::filterChangeAbandonsLoad()
{
    LogModel model(m_session->client());
    QSignalSpy pages(&model, &LogModel::pageLoaded);
    model.reload(m_groupId, m_appId, {});
    model.loadAll();
    QVERIFY(model.isLoading());
    LogFilter errors;
    errors.errorsOnly = true;
    model.setFilter(errors); // the unfiltered load in flight is dropped
    QVERIFY(!model.isLoadingAll());
    QVERIFY(pages.wait(10000));
    QTRY_VERIFY(!model.isLoading());
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.record(row).hasError());
    QCOMPARE(model.pagesLoaded(), 1);
}

void TestLogModel::failedPageKeepsRowsAndRetries()
{
    LogModel model(m_session->client());
    QSignalSpy pages(&model, &LogModel::pageLoaded);
    QSignalSpy errors(&model, &LogModel::errorOccurred);
    model.reload(m_groupId, m_appId, {});
    QVERIFY(pages.wait(10000));
    QCOMPARE(model.rowCount(), 100);
    // The next page goes to a port where nobody listens.
    const QUrl root = m_session->client()->baseUrl();
    QUrl dead = root;
    dead.setPort(1);
    m_session->client()->setBaseUrl(dead);
    model.fetchMore();
    QVERIFY(errors.wait(10000));
    QVERIFY(model.hasFailed());
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(!model.canFetchMore());
    m_session->client()->setBaseUrl(root);
    model.retry();
    QVERIFY(pages.wait(10000));
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(!model.hasFailed());
    const QStringList got = ids(model);
    QCOMPARE(QSet<QString>(got.cbegin(), got.cend()).size(), 200);
}

void TestLogModel::malformedAndDuplicateEntries()
{
    // No server sends these on purpose; the decoder and store must take them anyway.
    const QByteArray body = R"({"logs":[
        {"_id":"a1","type":"FUNCTION","started":"2026-11-29T06:00:00.500Z","completed":"2026-11-29T06:00:00.520Z","status":200,"messages":["hi"]},
        42,
        {"_id":"a2","type":"WEBHOOK","started":"yesterday"},
        {"_id":"a1","type":"FUNCTION","started":"2026-11-29T06:00:00.500Z"}
    ],"nextEndDate":"2026-11-29T06:00:00.000Z","nextSkip":2})";
    QString why;
    const LogPage page = parse::logPage(body, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(page.records.size(), 4);
    QCOMPARE(page.malformed, 2);
    QCOMPARE(page.nextEndDate.value(), QStringLiteral("2026-11-29T06:00:00.000Z"));
    QCOMPARE(page.nextSkip, 2);
    QCOMPARE(page.records.at(0).durationMs, 20);
    QVERIFY(page.records.at(1).isMalformed());
    QCOMPARE(page.records.at(1).malformedWhy, quint8(LogRecord::NotAnObject));
    QCOMPARE(page.records.at(2).malformedWhy, quint8(LogRecord::NoStartedDate));

    LogStore store;
    QCOMPARE(store.adopt(page).size(), 3); // the repeated a1 is dropped
    QCOMPARE(store.adopt(page).size(), 0); // the same page answered twice adds nothing
    parse::logPage("{\"nologs\":1}", &why);
    QVERIFY(!why.isEmpty());
}

void TestLogModel::tailInsertsAboveKeepingSelection()
{
    LogModel model(m_session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // a second page landing with the tail would change the count
    QSignalSpy pages(&model, &LogModel::pageLoaded);
    model.reload(m_groupId, m_appId, {});
    QVERIFY(pages.wait(10000));
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(5, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString selectedId = model.entry(5).toObject().value(QLatin1String("_id")).toString();

    // Three entries arrive, written by the store as the runtime would write them.
    stitchlocal::Store store;
    QString error;
    bool created = false;
    QVERIFY2(store.open(m_dir.path(), &error, &created), qPrintable(error));
    for (int i = 0; i < 3; ++i)
        QVERIFY(stitchlocal::appendLog(
            store, m_appId,
            { { QStringLiteral("type"), QStringLiteral("FUNCTION") },
              { QStringLiteral("function_name"), QStringLiteral("tail%1").arg(i) },
              { QStringLiteral("co_id"), QStringLiteral("tail-co") } }));
    QSignalSpy inserted(&model, &LogModel::tailInserted);
    model.pollTail();
    QVERIFY(inserted.wait(10000));
    QCOMPARE(inserted.first().first().toInt(), 3);
    QCOMPARE(model.rowCount(), 103);
    QVERIFY(model.data(model.index(0, LogModel::NameColumn))
                .toString()
                .startsWith(QLatin1String("tail")));
    QCOMPARE(selection.currentIndex().row(), 8);
    QCOMPARE(model.entry(8).toObject().value(QLatin1String("_id")).toString(), selectedId);
}

void TestLogModel::search()
{
    LogModel model(m_session->client());
    model.reload(m_groupId, m_appId, {});
    loadAll(model);
    QSignalSpy changed(&model, &LogModel::searchChanged);
    model.setSearchText(QStringLiteral("typeerror"));
    int expected = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        expected += model.entry(row)
                        .toObject()
                        .value(QLatin1String("error"))
                        .toString()
                        .contains(QLatin1String("TypeError"));
    QVERIFY(expected > 0);
    QCOMPARE(model.matchCount(), expected);
    const int first = model.nextMatch(-1);
    QVERIFY(first >= 0);
    QVERIFY(model.data(model.index(first, 0), LogModel::MatchRole).toBool());
    QCOMPARE(changed.size(), 1);
    model.setSearchText(QString());
    QCOMPARE(model.matchCount(), 0);
}

void TestLogModel::exportFiles()
{
    LogModel model(m_session->client());
    QSignalSpy pages(&model, &LogModel::pageLoaded);
    model.reload(m_groupId, m_appId, {});
    QVERIFY(pages.wait(10000));
    QTemporaryDir out;
    const QString jsonl = out.filePath(QStringLiteral("all.jsonl"));
    QFuture<QString> f = QtConcurrent::run(&logexport::write, model.store(), QList<int>(), jsonl,
                                           logexport::Format::JsonLines);
    QTRY_VERIFY(f.isFinished());
    QCOMPARE(f.result(), QString());
    QFile file(jsonl);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 101); // a newline ends each entry
    for (int row = 0; row < 100; ++row)
        QCOMPARE(QJsonDocument::fromJson(lines.at(row)).object(), model.entry(row).toObject());

    const QString csv = out.filePath(QStringLiteral("some.csv"));
    f = QtConcurrent::run(&logexport::write, model.store(), QList<int> { 2, 7 }, csv,
                          logexport::Format::Csv);
    QTRY_VERIFY(f.isFinished());
    QCOMPARE(f.result(), QString());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csvFile.readAll().split('\n');
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), logexport::csvHeader().chopped(1));
    QCOMPARE(rows.at(1) + '\n', logexport::csvLine(model.store(), model.record(2)));
    const QJsonObject seventh = model.entry(7).toObject();
    QVERIFY(rows.at(2).startsWith(seventh.value(QLatin1String("started")).toString().toUtf8()));
    QVERIFY(rows.at(2).contains(seventh.value(QLatin1String("co_id")).toString().toUtf8()));
}

void TestLogModel::queryMapping()
{
    LogFilter f;
    QCOMPARE(logQuery(f).toString(), QString());
    f.errorsOnly = true;
    f.types = { QStringLiteral("AUTH"), QStringLiteral("FUNCTION") };
    f.userId = QStringLiteral("u 1");
    f.coId = QStringLiteral("c1");
    f.start = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    f.end = QDateTime(QDate(2026, 2, 2), QTime(0, 0), Qt::UTC);
    QUrlQuery q = logQuery(f);
    QCOMPARE(q.queryItemValue(QStringLiteral("errors_only")), QStringLiteral("true"));
    QCOMPARE(q.queryItemValue(QStringLiteral("type")), QStringLiteral("AUTH,FUNCTION"));
    QCOMPARE(q.queryItemValue(QStringLiteral("user_id")), QStringLiteral("u 1"));
    QCOMPARE(q.queryItemValue(QStringLiteral("co_id")), QStringLiteral("c1"));
    QCOMPARE(q.queryItemValue(QStringLiteral("start_date")),
             QStringLiteral("2026-01-02T03:04:05.006Z"));
    QCOMPARE(q.queryItemValue(QStringLiteral("end_date")),
             QStringLiteral("2026-02-02T00:00:00.000Z"));
    QVERIFY(!q.hasQueryItem(QStringLiteral("skip")));
    // The cursor replaces the end date and adds the skip.
    q = logQuery(f, LogCursor { QStringLiteral("2026-01-05T00:00:00.000Z"), 7 });
    QCOMPARE(q.queryItemValue(QStringLiteral("end_date")),
             QStringLiteral("2026-01-05T00:00:00.000Z"));
    QCOMPARE(q.queryItemValue(QStringLiteral("skip")), QStringLiteral("7"));
    QCOMPARE(parse::logMs(QStringLiteral("1970-01-01T00:00:01.5Z")).value(), 1500);
    QCOMPARE(parse::logMs(QStringLiteral("2026-11-29T06:16:44.123Z")).value(),
             QDateTime::fromString(QStringLiteral("2026-11-29T06:16:44.123Z"), Qt::ISODateWithMs)
                 .toMSecsSinceEpoch());
    QCOMPARE(parse::logMs(QStringLiteral("2026-11-29T07:16:44+01:00")).value(),
             parse::logMs(QStringLiteral("2026-11-29T06:16:44.000Z")).value());
    QVERIFY(!parse::logMs(QStringLiteral("nope")));
}

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
