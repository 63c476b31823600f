// LogModel's load-all reads each next page's cursor ahead of decoding and asks for it at once.
// A page that then fails to decode must not let the page asked for on its cursor land after a
// gap. The pages come from a raw listener (the real server never sends a broken page) through
// the production ApiClient.
#include "../api/faultserver.h"

#include <api/apiclient.h>
#include <models/logmodel.h>

#include <QJsonObject>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

namespace {

const QByteArray LogsPath = "/api/admin/v3.0/groups/g1/apps/a1/logs";

QByteArray entry(int n)
{
    // Newest first: entry 1 is the newest, a second apart.
    return QStringLiteral(R"({"_id":"e%1","type":"FUNCTION","started":"2026-11-29T06:00:%2.000Z"})")
        .arg(n)
        .arg(60 - n, 2, 10, QLatin1Char('0'))
        .toUtf8();
}

QByteArray date(int n)
{
    return QStringLiteral("2026-11-29T06:00:%1.000Z").arg(60 - n, 2, 10, QLatin1Char('0')).toUtf8();
}

void signInTo(ApiClient &client, const FaultServer &server)
{
    client.setBaseUrl(server.root());
    client.setTokens(QStringLiteral("access"), QStringLiteral("refresh")); // never checked
}

// The end_date a page was asked for with; empty for the first page.
QByteArray endDateOf(const FaultServer::Request &request)
{
    const QUrlQuery query(QString::fromUtf8(request.target.mid(request.target.indexOf('?') + 1)));
    return query.queryItemValue(QStringLiteral("end_date"), QUrl::FullyDecoded).toUtf8();
}

} // namespace

class TestLogReadAhead : public QObject
{
    Q_OBJECT
private slots:
    void brokenPageDropsWhatWasAskedForOnItsCursor();
    void cancelShowsEveryLandedRow();
};

void TestLogReadAhead::brokenPageDropsWhatWasAskedForOnItsCursor()
{
    FaultServer server;
    QVERIFY(server.isListening());
    int secondPageAnswers = 0;
    server.on(LogsPath, [&](const FaultServer::Request &request) {
        const QByteArray end = endDateOf(request);
        QByteArray body;
        if (end.isEmpty()) {
            body = "{\"logs\":[" + entry(1) + "," + entry(2) + "],\"nextEndDate\":\"" + date(3)
                + "\",\"nextSkip\":0}";
        } else if (end == date(3) && secondPageAnswers++ == 0) {
            // The cursor reads clearly, so the next page is asked for; the page itself is
            // not JSON.
            body = "{\"logs\":[{\"_id\":\"e3\",\"started\":tru}],\"nextEndDate\":\"" + date(5)
                + "\",\"nextSkip\":0}";
        } else if (end == date(3)) {
            body = "{\"logs\":[" + entry(3) + "," + entry(4) + "],\"nextEndDate\":\"" + date(5)
                + "\",\"nextSkip\":0}";
        } else if (end == date(5)) {
            body = "{\"logs\":[" + entry(5) + "," + entry(6) + "]}";
        }
        return FaultServer::response(body.isEmpty() ? 400 : 200, body);
    });
    ApiClient client;
    signInTo(client, server);
    LogModel model(&client);
    QSignalSpy errors(&model, &LogModel::errorOccurred);

    model.reload(QStringLiteral("g1"), QStringLiteral("a1"), {});
    model.loadAll();
    QVERIFY(errors.wait(10000));
    QCOMPARE(model.lastError().kind, ApiError::Parse);
    QTRY_VERIFY(!model.isLoading()); // whatever was asked for on the broken page's cursor
    QCOMPARE(model.rowCount(), 2);

    model.loadAll(); // retries the broken page first
    QTRY_VERIFY_WITH_TIMEOUT(model.atEnd() && !model.isLoading(), 10000);
    QVERIFY2(!model.hasFailed(), qPrintable(model.lastError().details()));
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.entry(row).toObject().value(QLatin1String("_id")).toString());
    QCOMPARE(ids, QStringList({ "e1", "e2", "e3", "e4", "e5", "e6" }));
}

void TestLogReadAhead::cancelShowsEveryLandedRow()
{
    // Fifty pages of one entry each: rows are held back while loading all (one insert per show
    // interval), and cancelling must put in every row that has landed.
    FaultServer server;
    QVERIFY(server.isListening());
    server.on(LogsPath, [&](const FaultServer::Request &request) {
        const QByteArray end = endDateOf(request);
        int n = 1;
        while (!end.isEmpty() && date(n) != end && n < 50)
            ++n;
        QByteArray body = "{\"logs\":[" + entry(n) + "]";
        if (n < 50)
            body += ",\"nextEndDate\":\"" + date(n + 1) + "\"";
        return FaultServer::response(200, body + "}");
    });
    ApiClient client;
    signInTo(client, server);
    LogModel model(&client);
    QSignalSpy pages(&model, &LogModel::pageLoaded);
    model.reload(QStringLiteral("g1"), QStringLiteral("a1"), {});
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(pages.size() >= 10, 10000);
    model.cancelLoadAll();
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(model.rowCount(), model.pagesLoaded());
    QVERIFY(!model.atEnd());
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(model.atEnd() && !model.isLoading(), 10000);
    QCOMPARE(model.rowCount(), 50);
}

QTEST_GUILESS_MAIN(TestLogReadAhead)
#include "tst_logreadahead.moc"
