#include "hostingtestkit.h"

#include <QRandomGenerator>

using namespace hostingtest;

// Uploads on a real server, multipart/mixed and multipart/form-data: the bytes round trip, every
// check that refuses an upload (and changes nothing), hostile paths, attributes and PATCH.
class tst_HostingUpload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void uploadRefused_data();
    void uploadRefused();
    void hostilePaths_data();
    void hostilePaths();
    void attributes_data();
    void attributes();
    void patch();
    void queryPath();

private:
    QJsonArray listAll()
    {
        return f.client.send("GET", f.assets() + "?recursive=true", f.dev.access).array();
    }
    Fixture f;
};

void tst_HostingUpload::initTestCase()
{
    QVERIFY(f.dir.isValid());
    QVERIFY(f.start());
}

void tst_HostingUpload::roundTrip_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<int>("size");
    QTest::newRow("mixed") << QByteArray("multipart/mixed") << 70000;
    QTest::newRow("form-data") << QByteArray("multipart/form-data") << 1234;
    QTest::newRow("empty file") << QByteArray("multipart/mixed") << 0;
}

void tst_HostingUpload::roundTrip()
{
    QFETCH(QByteArray, type);
    QFETCH(int, size);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    const QString path
        = QStringLiteral("/bin/%1 data.bin").arg(QString::fromLatin1(QTest::currentDataTag()));
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const Answer put
        = f.client.upload(f.assets(), f.dev.access,
                          meta(path, bytes, contentType("application/x-test")), bytes, type);
    QCOMPARE(put.status, 204);

    const Answer got = f.client.send("GET", f.assets() + "/asset?path=" + q(path), f.dev.access);
    QCOMPARE(got.status, 200);
    const QJsonObject entry = got.object();
    QCOMPARE(entry.value("appId").toString(), f.appId);
    QCOMPARE(entry.value("path").toString(), path);
    QCOMPARE(entry.value("hash").toString(), md5(bytes));
    QCOMPARE(entry.value("size").toInteger(), qint64(size));
    QCOMPARE(entry.value("attrs").toArray(), contentType("application/x-test"));
    QVERIFY(entry.value("last_modified").toInteger() >= before);
    QVERIFY(entry.value("last_modified").toInteger() <= QDateTime::currentSecsSinceEpoch());
    QVERIFY(listAll().contains(entry));

    // The url answers the very bytes that went up.
    const Answer served = f.client.send("GET", entry.value("url").toString(), QString());
    QCOMPARE(served.status, 200);
    QCOMPARE(served.body, bytes);
    QCOMPARE(served.header("Content-Type"), QByteArray("application/x-test"));
    QCOMPARE(served.header("ETag"), '"' + md5(bytes).toLatin1() + '"');
}

void tst_HostingUpload::uploadRefused_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    const QByteArray file("hello");
    const auto metaJson
        = [&](QJsonObject m) { return QJsonDocument(m).toJson(QJsonDocument::Compact); };
    const QJsonObject good = meta("/refused.txt", file);
    const QByteArray mixed("multipart/mixed; boundary=B");
    QJsonObject badHash = good;
    badHash["hash"] = md5("other");
    QJsonObject badSize = good;
    badSize["size"] = 6;
    QJsonObject negativeSize = good;
    negativeSize["size"] = -1;
    QJsonObject stringSize = good;
    stringSize["size"] = "5";
    QJsonObject noHash = good;
    noHash.remove("hash");
    QJsonObject noPath = good;
    noPath.remove("path");
    QJsonObject slash = meta("/refused.txt/", file);
    QJsonObject badAttr
        = meta("/refused.txt", file, { QJsonObject { { "name", "X-Evil" }, { "value", "1" } } });
    QTest::newRow("hash mismatch")
        << mixed << multipart("B", metaJson(badHash), file) << "InvalidParameter";
    QTest::newRow("size mismatch")
        << mixed << multipart("B", metaJson(badSize), file) << "InvalidParameter";
    QTest::newRow("negative size")
        << mixed << multipart("B", metaJson(negativeSize), file) << "InvalidParameter";
    QTest::newRow("size as string")
        << mixed << multipart("B", metaJson(stringSize), file) << "InvalidParameter";
    QTest::newRow("no hash") << mixed << multipart("B", metaJson(noHash), file)
                             << "MissingParameter";
    QTest::newRow("no path") << mixed << multipart("B", metaJson(noPath), file)
                             << "MissingParameter";
    QTest::newRow("file path ends in /")
        << mixed << multipart("B", metaJson(slash), file) << "InvalidParameter";
    QTest::newRow("attribute refused")
        << mixed << multipart("B", metaJson(badAttr), file) << "InvalidParameter";
    QTest::newRow("meta not JSON") << mixed << multipart("B", "{nope", file) << "InvalidParameter";
    QTest::newRow("no boundary") << QByteArray("multipart/mixed")
                                 << multipart("B", metaJson(good), file) << "InvalidParameter";
    QTest::newRow("wrong boundary") << QByteArray("multipart/mixed; boundary=C")
                                    << multipart("B", metaJson(good), file) << "InvalidParameter";
    QTest::newRow("truncated") << mixed << multipart("B", metaJson(good), file).chopped(12)
                               << "InvalidParameter";
    QTest::newRow("part without headers")
        << mixed << QByteArray("--B\r\n\r\n" + metaJson(good) + "\r\n--B--") << "InvalidParameter";
    QTest::newRow("missing file part")
        << mixed
        << QByteArray("--B\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n"
                      + metaJson(good) + "\r\n--B--")
        << "MissingParameter";
    QTest::newRow("missing meta part")
        << mixed
        << QByteArray("--B\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nhello\r\n--B--")
        << "MissingParameter";
    QTest::newRow("JSON file path")
        << QByteArray("application/json") << QByteArray("{\"path\": \"/refused.txt\"}")
        << "InvalidParameter";
    QTest::newRow("JSON malformed")
        << QByteArray("application/json") << QByteArray("{\"path\": ") << "InvalidParameter";
    QTest::newRow("JSON path not a string")
        << QByteArray("application/json") << QByteArray("{\"path\": 5}") << "InvalidParameter";
    QTest::newRow("JSON no path") << QByteArray("application/json") << QByteArray("{}")
                                  << "MissingParameter";
}

void tst_HostingUpload::uploadRefused()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const QJsonArray before = listAll();
    const Answer answer = f.client.send("PUT", f.assets() + "/asset", f.dev.access, body, type);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.isJsonError());
    QCOMPARE(answer.errorCode(), code);
    QCOMPARE(listAll(), before);
    QCOMPARE(f.client.send("GET", f.assets() + "/asset?path=/refused.txt", f.dev.access).status,
             404);
}

void tst_HostingUpload::hostilePaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("dot dot") << QStringLiteral("/a/../../etc/passwd");
    QTest::newRow("trailing dot dot") << QStringLiteral("/a/..");
    QTest::newRow("dot") << QStringLiteral("/a/./b");
    QTest::newRow("double slash") << QStringLiteral("/a//b");
    QTest::newRow("backslash") << QStringLiteral("/a\\..\\b");
    QTest::newRow("relative") << QStringLiteral("a/b.txt");
    QTest::newRow("NUL") << QStringLiteral("/a") + QChar(0) + QStringLiteral("b");
    QTest::newRow("newline") << QStringLiteral("/a\nb");
    QTest::newRow("DEL") << QStringLiteral("/a\x7f");
    QTest::newRow("too long") << u'/' + QString(1024, u'x');
}

void tst_HostingUpload::hostilePaths()
{
    QFETCH(QString, path);
    const QJsonArray before = listAll();
    const Answer upload = f.client.upload(f.assets(), f.dev.access, meta(path, "x"), "x");
    QCOMPARE(upload.status, 400);
    QCOMPARE(upload.errorCode(), QStringLiteral("InvalidParameter"));
    const Answer dir
        = f.client.json("PUT", f.assets() + "/asset", f.dev.access, { { "path", path + u'/' } });
    QCOMPARE(dir.status, 400);
    for (const QByteArray &verb :
         { QByteArray("GET"), QByteArray("DELETE"), QByteArray("PATCH") }) {
        const Answer answer
            = f.client.send(verb, f.assets() + "/asset?path=" + q(path), f.dev.access,
                            "{\"attributes\": []}", "application/json");
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.errorCode(), QStringLiteral("InvalidParameter"));
    }
    const Answer copy = f.client.json("POST", f.assets(), f.dev.access,
                                      { { "copy_from", "/nothing.txt" }, { "copy_to", path } });
    QCOMPARE(copy.status, 400);
    QCOMPARE(listAll(), before);
}

void tst_HostingUpload::attributes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("canonical"); //!< empty: refused
    QTest::newRow("Content-Type") << "Content-Type"
                                  << "Content-Type";
    QTest::newRow("Content-Disposition") << "Content-Disposition"
                                         << "Content-Disposition";
    QTest::newRow("Content-Language") << "Content-Language"
                                      << "Content-Language";
    QTest::newRow("Content-Encoding") << "Content-Encoding"
                                      << "Content-Encoding";
    QTest::newRow("Cache-Control") << "Cache-Control"
                                   << "Cache-Control";
    QTest::newRow("Website-Redirect-Location") << "Website-Redirect-Location"
                                               << "Website-Redirect-Location";
    QTest::newRow("lower case") << "cache-control"
                                << "Cache-Control";
    QTest::newRow("X-Custom") << "X-Custom" << QString();
    QTest::newRow("Set-Cookie") << "Set-Cookie" << QString();
    QTest::newRow("empty") << "" << QString();
}

void tst_HostingUpload::attributes()
{
    QFETCH(QString, name);
    QFETCH(QString, canonical);
    const QString path
        = QStringLiteral("/attrs/%1.txt").arg(QString::fromLatin1(QTest::currentDataTag()));
    const QJsonArray attrs { QJsonObject { { "name", name }, { "value", "v" } } };
    const Answer upload = f.client.upload(f.assets(), f.dev.access, meta(path, "a", attrs), "a");
    const Answer got = f.client.send("GET", f.assets() + "/asset?path=" + q(path), f.dev.access);
    if (canonical.isEmpty()) {
        QCOMPARE(upload.status, 400);
        QCOMPARE(got.status, 404);
        return;
    }
    QCOMPARE(upload.status, 204);
    const QJsonArray expected { QJsonObject { { "name", canonical }, { "value", "v" } } };
    QCOMPARE(got.object().value("attrs").toArray(), expected);
}

void tst_HostingUpload::patch()
{
    const QString path = QStringLiteral("/patch.txt");
    QCOMPARE(
        f.client
            .upload(f.assets(), f.dev.access, meta(path, "body", contentType("text/plain")), "body")
            .status,
        204);
    const QString asset = f.assets() + "/asset?path=" + q(path);
    const QJsonArray replaced { QJsonObject { { "name", "Cache-Control" },
                                              { "value", "no-store" } },
                                QJsonObject { { "name", "Content-Language" }, { "value", "de" } } };
    QCOMPARE(f.client.json("PATCH", asset, f.dev.access, { { "attributes", replaced } }).status,
             204);
    const QJsonObject entry = f.client.send("GET", asset, f.dev.access).object();
    QCOMPARE(entry.value("attrs").toArray(), replaced);
    QCOMPARE(entry.value("hash").toString(), md5("body"));
    const Answer served = f.client.send("GET", entry.value("url").toString(), QString());
    QCOMPARE(served.body, QByteArray("body"));
    QCOMPARE(served.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(served.header("Content-Language"), QByteArray("de"));
    QVERIFY(served.header("Content-Type").startsWith("text/plain")); // by extension now

    // Refused bodies change nothing.
    const QList<QByteArray> bad {
        "{",
        "[]",
        "{}",
        "{\"attributes\": 1}",
        "{\"attributes\": [1]}",
        "{\"attributes\": [{\"name\": \"X-No\", \"value\": \"1\"}]}",
        "{\"attributes\": [{\"name\": \"Cache-Control\", \"value\": 1}]}",
        "{\"attributes\": [{\"name\": \"Cache-Control\", \"value\": \"a\\r\\nX: y\"}]}"
    };
    for (const QByteArray &body : bad) {
        const Answer answer = f.client.send("PATCH", asset, f.dev.access, body, "application/json");
        QVERIFY2(answer.status == 400 && answer.isJsonError(), body.constData());
    }
    QCOMPARE(f.client.send("GET", asset, f.dev.access).object(), entry);
    const Answer unknown = f.client.json("PATCH", f.assets() + "/asset?path=/nope.txt",
                                         f.dev.access, { { "attributes", QJsonArray() } });
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("AssetNotFound"));
    QCOMPARE(
        f.client
            .json("PATCH", f.assets() + "/asset", f.dev.access, { { "attributes", QJsonArray() } })
            .errorCode(),
        QStringLiteral("MissingParameter"));
}

void tst_HostingUpload::queryPath()
{
    // The reference also names the path in the query: it must agree with the meta part's.
    const QByteArray body = multipart("Q", QJsonDocument(meta("/q.txt", "q")).toJson(), "q");
    const QByteArray type = "multipart/mixed; boundary=Q";
    const Answer differs
        = f.client.send("PUT", f.assets() + "/asset?path=/other.txt", f.dev.access, body, type);
    QCOMPARE(differs.status, 400);
    QCOMPARE(differs.errorCode(), QStringLiteral("InvalidParameter"));
    QCOMPARE(f.client.send("GET", f.assets() + "/asset?path=/q.txt", f.dev.access).status, 404);
    QCOMPARE(f.client.send("GET", f.assets() + "/asset?path=/other.txt", f.dev.access).status, 404);
    QCOMPARE(
        f.client.send("PUT", f.assets() + "/asset?path=/q.txt", f.dev.access, body, type).status,
        204);
    QCOMPARE(f.client.send("GET", f.served("/q.txt"), QString()).body, QByteArray("q"));
}

QTEST_GUILESS_MAIN(tst_HostingUpload)
#include "tst_hostingupload.moc"
