#include "server/localserver.h"

#include <QtTest>

using namespace stitchlocal;

class tst_ServerOptions : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void good_data();
    void good();
    void maxConnections();
    void admins();
    void bad_data();
    void bad();
    void deployDelayAndUploadLimit();
    void debugTimeLimit();
    void help();
};

static bool parse(const QStringList &args, ServerOptions *options, QString *error, bool *exitNow)
{
    return parseServerArguments(QStringList { QStringLiteral("stitch-local") } + args, options,
                                error, exitNow);
}

void tst_ServerOptions::defaults()
{
    ServerOptions options;
    options.port = 1;
    QString error;
    bool exitNow = true;
    QVERIFY2(parse({}, &options, &error, &exitNow), qPrintable(error));
    QVERIFY(!exitNow);
    QCOMPARE(options.address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(options.port, quint16(7080));
    QVERIFY(options.dataDir.isEmpty());
    QVERIFY(options.admins.isEmpty());
    QCOMPARE(options.tokenTtlSeconds, 1800);
    QCOMPARE(options.maxBodyBytes, 64LL * 1024 * 1024);
    QCOMPARE(options.maxConnections, 256);
    QVERIFY(!options.demo);
    QVERIFY(!options.allowRemote);
}

void tst_ServerOptions::good_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("ttl");
    QTest::addColumn<qint64>("maxBody");
    QTest::addColumn<bool>("demo");

    const qint64 mib64 = 64LL * 1024 * 1024;
    QTest::newRow("port 0") << QStringList { "--listen", "127.0.0.1:0" } << "127.0.0.1" << 0 << 1800
                            << mib64 << false;
    QTest::newRow("localhost") << QStringList { "--listen", "localhost:9000" } << "127.0.0.1"
                               << 9000 << 1800 << mib64 << false;
    QTest::newRow("ipv6 loopback")
        << QStringList { "--listen=[::1]:65535" } << "::1" << 65535 << 1800 << mib64 << false;
    QTest::newRow("ttl, body, demo")
        << QStringList { "--token-ttl", "1", "--max-body-bytes", "1024", "--demo" } << "127.0.0.1"
        << 7080 << 1 << qint64(1024) << true;
    QTest::newRow("remote with admin")
        << QStringList { "--listen", "0.0.0.0:80", "--allow-remote", "--admin-user", "a:b" }
        << "0.0.0.0" << 80 << 1800 << mib64 << false;
}

void tst_ServerOptions::good()
{
    QFETCH(QStringList, args);
    ServerOptions options;
    QString error;
    bool exitNow = false;
    QVERIFY2(parse(args, &options, &error, &exitNow), qPrintable(error));
    QVERIFY(!exitNow);
    QTEST(options.address.toString(), "host");
    QTEST(int(options.port), "port");
    QTEST(options.tokenTtlSeconds, "ttl");
    QTEST(options.maxBodyBytes, "maxBody");
    QTEST(options.demo, "demo");
}

void tst_ServerOptions::maxConnections()
{
    ServerOptions options;
    QString error;
    bool exitNow = false;
    QVERIFY2(parse({ "--max-connections", "12" }, &options, &error, &exitNow), qPrintable(error));
    QCOMPARE(options.maxConnections, 12);
}

void tst_ServerOptions::admins()
{
    ServerOptions options;
    QString error;
    bool exitNow = false;
    QVERIFY2(parse({ "--admin-key", "PUBKEY:priv-key", "--admin-user",
                     "alice:s3cret:5F0A1B2C3D4E5F60718293A4", "--admin-key",
                     "k2:p2:0123456789abcdef01234567", "--data", "/tmp/x" },
                   &options, &error, &exitNow),
             qPrintable(error));
    QCOMPARE(options.dataDir, QStringLiteral("/tmp/x"));
    QCOMPARE(options.admins.size(), 3);
    // Keys come before users; within each option the order of the command line holds.
    const AdminSpec key = options.admins.at(0);
    QCOMPARE(key.kind, AdminSpec::Kind::ApiKey);
    QCOMPARE(key.provider(), QStringLiteral("mongodb-cloud"));
    QCOMPARE(key.name, QStringLiteral("PUBKEY"));
    QCOMPARE(key.secret, QStringLiteral("priv-key"));
    QVERIFY(key.groupId.isEmpty());
    QCOMPARE(options.admins.at(1).groupId, QStringLiteral("0123456789abcdef01234567"));
    const AdminSpec user = options.admins.at(2);
    QCOMPARE(user.kind, AdminSpec::Kind::UserPassword);
    QCOMPARE(user.provider(), QStringLiteral("local"));
    QCOMPARE(user.name, QStringLiteral("alice"));
    QCOMPARE(user.secret, QStringLiteral("s3cret"));
    QCOMPARE(user.groupId, QStringLiteral("5f0a1b2c3d4e5f60718293a4"));
}

void tst_ServerOptions::bad_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");

    QTest::newRow("no port") << QStringList { "--listen", "127.0.0.1" } << "--listen";
    QTest::newRow("port too big") << QStringList { "--listen", "127.0.0.1:65536" } << "--listen";
    QTest::newRow("port not a number")
        << QStringList { "--listen", "127.0.0.1:http" } << "--listen";
    QTest::newRow("negative port") << QStringList { "--listen", "127.0.0.1:-1" } << "--listen";
    QTest::newRow("bad host") << QStringList { "--listen", "no such host:80" } << "--listen";
    QTest::newRow("bare ipv6") << QStringList { "--listen", "::1:80" } << "--listen";
    QTest::newRow("unclosed ipv6") << QStringList { "--listen", "[::1:80" } << "--listen";
    QTest::newRow("remote without allow")
        << QStringList { "--listen", "0.0.0.0:7080", "--admin-key", "a:b" } << "allow-remote";
    QTest::newRow("remote without admin")
        << QStringList { "--listen", "192.168.1.2:7080", "--allow-remote" } << "admin";
    QTest::newRow("key without secret") << QStringList { "--admin-key", "public" } << "--admin-key";
    QTest::newRow("key empty secret") << QStringList { "--admin-key", "public:" } << "--admin-key";
    QTest::newRow("key empty name") << QStringList { "--admin-key", ":private" } << "--admin-key";
    QTest::newRow("key bad group") << QStringList { "--admin-key", "a:b:nothex" } << "--admin-key";
    QTest::newRow("key too many parts")
        << QStringList { "--admin-key", "a:b:c:d" } << "--admin-key";
    QTest::newRow("user short group")
        << QStringList { "--admin-user", "bob:pw:0123456789abcdef" } << "--admin-user";
    QTest::newRow("ttl zero") << QStringList { "--token-ttl", "0" } << "--token-ttl";
    QTest::newRow("ttl text") << QStringList { "--token-ttl", "soon" } << "--token-ttl";
    QTest::newRow("body negative")
        << QStringList { "--max-body-bytes", "-5" } << "--max-body-bytes";
    QTest::newRow("no connections")
        << QStringList { "--max-connections", "0" } << "--max-connections";
    QTest::newRow("connections text")
        << QStringList { "--max-connections", "many" } << "--max-connections";
    QTest::newRow("unknown option") << QStringList { "--frobnicate" } << "frobnicate";
    QTest::newRow("missing value") << QStringList { "--listen" } << "listen";
    QTest::newRow("positional") << QStringList { "extra" } << "extra";
}

void tst_ServerOptions::bad()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    ServerOptions options;
    options.port = 1234;
    QString error;
    bool exitNow = false;
    QVERIFY(!parse(args, &options, &error, &exitNow));
    QVERIFY(!exitNow);
    QVERIFY2(error.contains(mention), qPrintable(error));
    QCOMPARE(options.port, quint16(1234)); // untouched on failure
}

void tst_ServerOptions::deployDelayAndUploadLimit()
{
    ServerOptions options;
    QString error;
    bool exitNow = false;
    QVERIFY2(parse({}, &options, &error, &exitNow), qPrintable(error));
    QCOMPARE(options.deployDelayMs, 0); // deployments applied before the answer
    QCOMPARE(options.maxUploadBytes, 512LL * 1024 * 1024);
    QVERIFY2(parse({ "--deploy-delay-ms", "1500", "--max-upload-bytes", "100000000" }, &options,
                   &error, &exitNow),
             qPrintable(error));
    QCOMPARE(options.deployDelayMs, 1500);
    QCOMPARE(options.maxUploadBytes, qint64(100000000));
    QVERIFY(!parse({ "--deploy-delay-ms", "-1" }, &options, &error, &exitNow));
    QVERIFY(error.contains(QLatin1String("--deploy-delay-ms")));
    QVERIFY(!parse({ "--max-upload-bytes", "0" }, &options, &error, &exitNow));
    QVERIFY(error.contains(QLatin1String("--max-upload-bytes")));
}

void tst_ServerOptions::debugTimeLimit()
{
    ServerOptions options;
    QString error;
    bool exitNow = false;
    QVERIFY2(parse({}, &options, &error, &exitNow), qPrintable(error));
    QCOMPARE(options.debugSessionTimeLimitMs, 600000); // ten minutes, as the issue asks
    QVERIFY2(parse({ "--debug-time-limit", "2.5" }, &options, &error, &exitNow), qPrintable(error));
    QCOMPARE(options.debugSessionTimeLimitMs, 2500);
    // Longer than a day is held to a day (QTimer counts in int milliseconds).
    QVERIFY2(parse({ "--debug-time-limit", "1e9" }, &options, &error, &exitNow), qPrintable(error));
    QCOMPARE(options.debugSessionTimeLimitMs, 86400000);
    QVERIFY(!parse({ "--debug-time-limit", "0" }, &options, &error, &exitNow));
    QVERIFY(error.contains(QLatin1String("--debug-time-limit")));
    QVERIFY(!parse({ "--debug-time-limit", "soon" }, &options, &error, &exitNow));
    QVERIFY(error.contains(QLatin1String("--debug-time-limit")));
}

void tst_ServerOptions::help()
{
    ServerOptions options;
    QString error;
    bool exitNow = false;
    QVERIFY(parse({ "--help" }, &options, &error, &exitNow));
    QVERIFY(exitNow);
}

QTEST_GUILESS_MAIN(tst_ServerOptions)
#include "tst_serveroptions.moc"
