// Log pages: the cursor read ahead of decoding must agree with the decoder whenever it claims to
// be certain, and entries are kept exactly as the server sent them.
#include <api/jsonshape.h>
#include <api/logtypes.h>
#include <models/logstore.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

// The page's entries as the model keeps them; empty when the page does not decode.
LogStore storeOf(const QByteArray &body)
{
    QString why;
    const LogPage page = parse::logPage(body, &why);
    LogStore store;
    if (why.isEmpty())
        store.append(store.adopt(page));
    else
        qWarning("the page does not decode: %s", qPrintable(why));
    return store;
}

} // namespace

class TestLogParse : public QObject
{
    Q_OBJECT
private slots:
    void cursorScan_data();
    void cursorScan();
    void entriesKeptAsSent();
    void escapedLogsKeyFallsBackToWritingOut();
    void shapeOfHostileText_data();
    void shapeOfHostileText();
};

void TestLogParse::cursorScan_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("certain");
    QTest::addColumn<QString>("endDate"); // empty: no next page
    QTest::addColumn<qint64>("skip");
    const QString date = QStringLiteral("2026-11-29T06:00:00.000Z");
    QTest::newRow("next page") << QByteArray(R"({"logs":[],"nextEndDate":"2026-11-29T06:00:00.000Z","nextSkip":5})") << true << date << qint64(5);
    QTest::newRow("keys first, spaced out") << QByteArray("{ \"nextSkip\" : 7 ,\n \"nextEndDate\" :\t\"2026-11-29T06:00:00.000Z\", \"logs\" : [ ] }\n") << true << date << qint64(7);
    QTest::newRow("no skip") << QByteArray(R"({"logs":[],"nextEndDate":"2026-11-29T06:00:00.000Z"})") << true << date << qint64(0);
    QTest::newRow("negative skip") << QByteArray(R"({"logs":[],"nextEndDate":"2026-11-29T06:00:00.000Z","nextSkip":-3})") << true << date << qint64(0);
    QTest::newRow("null skip") << QByteArray(R"({"logs":[],"nextEndDate":"2026-11-29T06:00:00.000Z","nextSkip":null})") << true << date << qint64(0);
    QTest::newRow("last page") << QByteArray(R"({"logs":[{"_id":"a"}]})") << true << QString() << qint64(0);
    QTest::newRow("null date") << QByteArray(R"({"logs":[],"nextEndDate":null})") << true << QString() << qint64(0);
    QTest::newRow("empty date") << QByteArray(R"({"logs":[],"nextEndDate":""})") << true << QString() << qint64(0);
    QTest::newRow("date not a string") << QByteArray(R"({"logs":[],"nextEndDate":12})") << true << QString() << qint64(0);
    QTest::newRow("names inside entries only") << QByteArray(R"({"logs":[{"nextEndDate":"2020-01-01T00:00:00.000Z","messages":["\"nextEndDate\":\"x\"}"]}]})") << true << QString() << qint64(0);
    QTest::newRow("fractional skip") << QByteArray(R"({"logs":[],"nextEndDate":"2026-11-29T06:00:00.000Z","nextSkip":2.5})") << false << QString() << qint64(0);
    QTest::newRow("skip as a string") << QByteArray(R"({"logs":[],"nextEndDate":"2026-11-29T06:00:00.000Z","nextSkip":"4"})") << false << QString() << qint64(0);
    QTest::newRow("escaped key") << QByteArray(R"({"logs":[],"next\u0045ndDate":"2026-11-29T06:00:00.000Z"})") << false << QString() << qint64(0);
    QTest::newRow("escape in the date") << QByteArray(R"({"logs":[],"nextEndDate":"2026-11-29T06:00:00.000\u005a"})") << false << QString() << qint64(0);
    QTest::newRow("repeated key") << QByteArray(R"({"logs":[],"nextEndDate":"2026-11-29T06:00:00.000Z","nextEndDate":"2026-11-29T05:00:00.000Z"})") << false << QString() << qint64(0);
    QTest::newRow("an array") << QByteArray(R"([{"nextEndDate":"2026-11-29T06:00:00.000Z"}])") << false << QString() << qint64(0);
    QTest::newRow("cut off") << QByteArray(R"({"logs":[],"nextEndDate":"2026-11-29T06:00)") << false << QString() << qint64(0);
    QTest::newRow("HTML") << QByteArray("<html><body>Bad gateway</body></html>") << false << QString() << qint64(0);
}

void TestLogParse::cursorScan()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, certain);
    QFETCH(QString, endDate);
    QFETCH(qint64, skip);
    const parse::LogCursorScan scan = parse::logPageCursor(body);
    QCOMPARE(scan.certain, certain);
    if (!certain)
        return;
    QCOMPARE(scan.next.has_value(), !endDate.isEmpty());
    if (scan.next) {
        QCOMPARE(scan.next->endDate, endDate);
        QCOMPARE(scan.next->skip, skip);
    }
    // Certain means: what the decoder itself will read.
    QString why;
    const LogPage page = parse::logPage(body, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(page.nextEndDate.value_or(QString()), endDate);
    if (page.nextEndDate)
        QCOMPARE(page.nextSkip, skip);
}

void TestLogParse::entriesKeptAsSent()
{
    const QByteArray first = R"({"_id":"a1", "type":"FUNCTION","started":"2026-11-29T06:00:00.500Z","messages":["x]}{\"y"]})";
    const QByteArray second = "{\n  \"_id\": \"a2\",\n  \"type\": \"WEBHOOK\",\n  \"started\": \"2026-11-29T06:00:00.400Z\"\n}";
    const QByteArray body = "{\"logs\" : [ " + first + " ,\n" + second + ", 42 ], \"nextSkip\":0}";
    const LogStore store = storeOf(body);
    QCOMPARE(store.size(), 3);
    QCOMPARE(store.rawJson(0), first);
    QCOMPARE(store.rawJson(1), second);
    // A value that is not an entry is kept wrapped, the one form that parses back on its own.
    QCOMPARE(store.rawJson(2), QByteArray("[42]"));
    QVERIFY(store.at(2).isMalformed());
}

void TestLogParse::escapedLogsKeyFallsBackToWritingOut()
{
    // QJsonDocument reads "l\u006fgs" as "logs"; the scan does not, so entries are written out.
    const QByteArray body = R"({"l\u006fgs":[{"_id":"b1","type":"FUNCTION","started":"2026-11-29T06:00:00.500Z"}]})";
    const LogStore store = storeOf(body);
    QCOMPARE(store.size(), 1);
    const QJsonObject entry = QJsonDocument::fromJson(store.rawJson(0)).object();
    QCOMPARE(entry.value(QLatin1String("_id")).toString(), QStringLiteral("b1"));
    QCOMPARE(store.text(store.at(0).type), QStringLiteral("FUNCTION"));
}

void TestLogParse::shapeOfHostileText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("members"); // -1: not an object
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("empty object") << QByteArray(" {} ") << 0;
    QTest::newRow("trailing text") << QByteArray("{} x") << -1;
    QTest::newRow("unclosed") << QByteArray(R"({"a":[1,2)") << -1;
    QTest::newRow("unclosed string") << QByteArray(R"({"a":"b)") << -1;
    QTest::newRow("escaped quote") << QByteArray(R"({"a":"b\"}","c":{"d":[]}})") << 2;
    QTest::newRow("backslash at the end") << QByteArray("{\"a\":\"\\") << -1;
    // A quote ends a string after an even run of backslashes (none, or escaped backslashes).
    QTest::newRow("escaped backslash before the quote") << QByteArray(R"({"a":"b\\","c":1})") << 2;
    QTest::newRow("escaped backslash, then an escaped quote") << QByteArray(R"({"a":"b\\\"x","c":1})") << 2;
    QTest::newRow("escaped quote first in the string") << QByteArray(R"({"a":"\"","b":2})") << 2;
    QTest::newRow("a key of one escaped backslash") << QByteArray(R"({"\\":1,"b":[""]})") << 2;
    QTest::newRow("odd run at the end") << QByteArray(R"({"a":"b\\\"})") << -1;
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << -1;
    QTest::newRow("missing value") << QByteArray(R"({"a":})") << -1;
    QTest::newRow("deep") << (QByteArray("{\"a\":") + QByteArray(100000, '[') + QByteArray(100000, ']') + "}") << 1;
}

void TestLogParse::shapeOfHostileText()
{
    QFETCH(QByteArray, text);
    QFETCH(int, members);
    const std::optional<QList<JsonShape::Member>> found = JsonShape(text).members();
    QCOMPARE(found ? int(found->size()) : -1, members);
}

QTEST_GUILESS_MAIN(TestLogParse)
#include "tst_logparse.moc"
