#include <api/apierror.h>

#include <QtTest>

class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    void fromHttp_data();
    void fromHttp();
    void bodySampleIsCapped();
    void summaryAndDetails();
};

void TestApiError::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("json error with code")
        << 401 << QByteArray(R"({"error":"invalid session","error_code":"InvalidSession"})")
        << int(ApiError::Api) << "InvalidSession"
        << "invalid session";
    QTest::newRow("json error without code")
        << 400 << QByteArray(R"({"error":"bad name"})") << int(ApiError::Api) << ""
        << "bad name";
    QTest::newRow("json code without message")
        << 409 << QByteArray(R"({"error_code":"DraftAlreadyExists"})") << int(ApiError::Api)
        << "DraftAlreadyExists"
        << "DraftAlreadyExists";
    QTest::newRow("empty body 404") << 404 << QByteArray() << int(ApiError::Http) << ""
                                    << "Not Found";
    QTest::newRow("whitespace body 503") << 503 << QByteArray(" \r\n") << int(ApiError::Http) << ""
                                         << "Service Unavailable";
    QTest::newRow("html 502")
        << 502
        << QByteArray("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad "
                      "Gateway</h1></body></html>")
        << int(ApiError::Http) << ""
        << "502 Bad Gateway 502 Bad Gateway";
    QTest::newRow("invalid json 500")
        << 500 << QByteArray(R"({"error": "oops)") << int(ApiError::Http) << ""
        << R"({"error": "oops)";
    QTest::newRow("json without error fields 400")
        << 400 << QByteArray(R"({"message":"nope"})") << int(ApiError::Http) << ""
        << R"({"message":"nope"})";
    QTest::newRow("json array 500") << 500 << QByteArray("[1,2]") << int(ApiError::Http) << ""
                                    << "[1,2]";
    QTest::newRow("200 with body")
        << 200 << QByteArray(R"({"error":"ignored"})") << int(ApiError::None) << ""
        << "";
    QTest::newRow("204 empty") << 204 << QByteArray() << int(ApiError::None) << ""
                               << "";
    QTest::newRow("201 html") << 201 << QByteArray("<html/>") << int(ApiError::None) << ""
                              << "";
}

void TestApiError::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, errorCode);
    QFETCH(QString, message);

    const QUrl url(QStringLiteral("http://127.0.0.1:1/api/admin/v3.0/groups/g/apps"));
    const ApiError error = ApiError::fromHttp(status, body, url);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.isError(), kind != ApiError::None);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.errorCode, errorCode);
    QCOMPARE(error.message, message);
    QCOMPARE(error.requestUrl, url);
    if (error.isError()) {
        QCOMPARE(error.bodySample, body);
        QVERIFY(!error.summary().isEmpty());
    } else {
        QVERIFY(error.bodySample.isEmpty());
    }
}

void TestApiError::bodySampleIsCapped()
{
    const QByteArray big = QByteArray(5000, 'x');
    const ApiError error = ApiError::fromHttp(500, big, {});
    QCOMPARE(error.kind, ApiError::Http);
    QCOMPARE(error.bodySample.size(), 2048);
    QVERIFY(error.message.size() <= 200);
}

void TestApiError::summaryAndDetails()
{
    ApiError error = ApiError::fromHttp(
        404, R"({"error":"app not found","error_code":"AppNotFound"})",
        QUrl(QStringLiteral("http://127.0.0.1:1/api/admin/v3.0/groups/g/apps/x")));
    error.method = QStringLiteral("GET");
    QVERIFY(error.summary().contains(QLatin1String("app not found")));
    QVERIFY(error.summary().contains(QLatin1String("404")));
    const QString details = error.details();
    QVERIFY(
        details.contains(QLatin1String("GET http://127.0.0.1:1/api/admin/v3.0/groups/g/apps/x")));
    QVERIFY(details.contains(QLatin1String("404")));
    QVERIFY(details.contains(QLatin1String("AppNotFound")));
    QVERIFY(details.contains(QLatin1String(R"("error_code":"AppNotFound")")));

    const ApiError empty = ApiError::fromHttp(404, {}, {});
    QCOMPARE(empty.summary(), QStringLiteral("HTTP 404 Not Found"));
    QCOMPARE(ApiError().summary(), QString());
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
