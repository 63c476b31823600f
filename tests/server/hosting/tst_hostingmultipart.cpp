#include "server/hosting/multipart.h"

#include <QtTest>

using namespace stitchlocal;

// The multipart parser on its own: well-formed bodies in the shapes clients send, then every
// kind of malformed input an upload can bring.
class tst_HostingMultipart : public QObject
{
    Q_OBJECT

private slots:
    void boundary_data();
    void boundary();
    void wellFormed_data();
    void wellFormed();
    void malformed_data();
    void malformed();
};

void tst_HostingMultipart::boundary_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("boundary");
    QTest::newRow("mixed") << QByteArray("multipart/mixed; boundary=abc123")
                           << QByteArray("abc123");
    QTest::newRow("form-data") << QByteArray("multipart/form-data; boundary=----x")
                               << QByteArray("----x");
    QTest::newRow("quoted") << QByteArray("Multipart/Mixed; charset=utf-8; boundary=\"a b:c\"")
                            << QByteArray("a b:c");
    QTest::newRow("no boundary") << QByteArray("multipart/mixed") << QByteArray();
    QTest::newRow("empty boundary") << QByteArray("multipart/mixed; boundary=") << QByteArray();
    QTest::newRow("boundary too long")
        << QByteArray("multipart/mixed; boundary=" + QByteArray(71, 'a')) << QByteArray();
    QTest::newRow("bad character")
        << QByteArray("multipart/mixed; boundary=a\x01z") << QByteArray();
    QTest::newRow("not multipart") << QByteArray("application/json") << QByteArray();
    QTest::newRow("no type") << QByteArray() << QByteArray();
}

void tst_HostingMultipart::boundary()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, boundary);
    QString error;
    QCOMPARE(multipartBoundary(contentType, &error), boundary);
    QCOMPARE(error.isEmpty(), !boundary.isEmpty());
}

void tst_HostingMultipart::wellFormed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<QByteArray>>("bodies");
    const QByteArray binary("\r\n--b\x00\xff\r\n", 10); // looks like a delimiter, is not one
    QTest::newRow("two parts")
        << QByteArray("--b\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n{}\r\n"
                      "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n"
                      "Content-Type: application/octet-stream\r\n\r\n")
            + binary + "\r\n--b--\r\n"
        << QStringList { QStringLiteral("meta"), QStringLiteral("file") }
        << QList<QByteArray> { "{}", binary };
    QTest::newRow("preamble, padding and epilogue")
        << QByteArray("ignored preamble\r\n--b  \r\nContent-Disposition: form-data; name=x\r\n"
                      "\r\nvalue\r\n--b--\r\nepilogue")
        << QStringList { QStringLiteral("x") } << QList<QByteArray> { "value" };
    QTest::newRow("empty part body")
        << QByteArray("--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n\r\n--b--")
        << QStringList { QStringLiteral("f") } << QList<QByteArray> { "" };
    // Found by fuzz_multipart: the first part's body was the rest of the request.
    QTest::newRow("blank line shared with the delimiter")
        << QByteArray("--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n--b\r\n"
                      "Content-Disposition: form-data; name=\"g\"\r\n\r\nx\r\n--b--")
        << QStringList { QStringLiteral("f"), QStringLiteral("g") }
        << QList<QByteArray> { "", "x" };
    QTest::newRow("no parts") << QByteArray("--b--\r\n") << QStringList() << QList<QByteArray>();
}

void tst_HostingMultipart::wellFormed()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, names);
    QFETCH(QList<QByteArray>, bodies);
    QList<MultipartPart> parts;
    QString error;
    QVERIFY2(parseMultipart("b", body, &parts, &error), qPrintable(error));
    QCOMPARE(parts.size(), names.size());
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QCOMPARE(parts.at(i).name(), names.at(i));
        QCOMPARE(parts.at(i).body, bodies.at(i));
    }
}

void tst_HostingMultipart::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    const QByteArray head("--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n");
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("no multipart delimiter");
    QTest::newRow("other boundary")
        << QByteArray("--c\r\nA: b\r\n\r\nx\r\n--c--") << QStringLiteral("no multipart delimiter");
    QTest::newRow("truncated in a part") << head + "abc" << QStringLiteral("ends before");
    QTest::newRow("truncated after a delimiter")
        << head + "abc\r\n--b" << QStringLiteral("ends before");
    QTest::newRow("truncated in headers")
        << QByteArray("--b\r\nContent-Disposition: form") << QStringLiteral("ends before");
    QTest::newRow("part without headers")
        << QByteArray("--b\r\n\r\nabc\r\n--b--") << QStringLiteral("no headers");
    QTest::newRow("headers without blank line")
        << QByteArray("--b\r\nContent-Disposition: form-data\r\nabc\r\n--b--")
        << QStringLiteral("no blank line");
    QTest::newRow("header without colon") << QByteArray("--b\r\nnot a header\r\n\r\nx\r\n--b--")
                                          << QStringLiteral("malformed part header");
    QTest::newRow("bare LF in headers")
        << QByteArray("--b\r\nA: 1\nB: 2\r\n\r\nx\r\n--b--") << QStringLiteral("CRLF");
    QTest::newRow("junk after delimiter") << QByteArray("--bjunk\r\nA: 1\r\n\r\nx\r\n--b--")
                                          << QStringLiteral("not followed by CRLF");
}

void tst_HostingMultipart::malformed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    QList<MultipartPart> parts;
    QString error;
    QVERIFY(!parseMultipart("b", body, &parts, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_HostingMultipart)
#include "tst_hostingmultipart.moc"
