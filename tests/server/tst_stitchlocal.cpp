#include "servertestkit.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace servertest;

namespace {

const QString kBinary = QStringLiteral(STITCH_LOCAL_BINARY);

//! A running stitch-local whose output is collected as it comes.
class Running
{
public:
    explicit Running(const QStringList &args)
    {
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                         [this] { out += process.readAllStandardOutput(); });
        QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                         [this] { err += process.readAllStandardError(); });
        process.start(kBinary, args);
    }
    ~Running()
    {
        if (process.state() != QProcess::NotRunning) {
            QSignalSpy finished(&process, &QProcess::finished);
            process.terminate();
            if (!finished.wait(10000))
                process.kill();
        }
    }
    QString firstLine() const
    {
        const qsizetype end = out.indexOf('\n');
        return end < 0 ? QString() : QString::fromUtf8(out.left(end));
    }

    QProcess process;
    QByteArray out;
    QByteArray err;
};

QString capture(const QByteArray &text, const QString &pattern)
{
    const QRegularExpressionMatch match
        = QRegularExpression(pattern, QRegularExpression::MultilineOption)
              .match(QString::fromUtf8(text));
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

class tst_StitchLocal : public QObject
{
    Q_OBJECT

private slots:
    void demoRunAndRestart();
    void help();
    void badArguments_data();
    void badArguments();
};

void tst_StitchLocal::demoRunAndRestart()
{
    QTemporaryDir dir;
    const QStringList args { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--data"), dir.path(), QStringLiteral("--demo") };
    QString publicKey;
    QString privateKey;
    {
        Running run(args);
        QTRY_VERIFY_WITH_TIMEOUT(!run.firstLine().isEmpty(), 20000);
        const QRegularExpressionMatch first
            = QRegularExpression(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"))
                  .match(run.firstLine());
        QVERIFY2(first.hasMatch(), qPrintable(run.firstLine()));
        const int port = first.captured(1).toInt();
        QVERIFY(port > 0 && port != 7080);

        QTRY_VERIFY_WITH_TIMEOUT(run.out.contains("will not be shown again"), 10000);
        publicKey = capture(run.out, QStringLiteral("^\\s*public key:\\s+(\\S+)$"));
        privateKey = capture(run.out, QStringLiteral("^\\s*private key:\\s+(\\S+)$"));
        QVERIFY2(!publicKey.isEmpty() && !privateKey.isEmpty(), run.out.constData());

        QUrl root;
        root.setScheme(QStringLiteral("http"));
        root.setHost(QStringLiteral("127.0.0.1"));
        root.setPort(port);
        Probe probe(root);
        QCOMPARE(probe.get(QStringLiteral("/auth/providers")).status, 200);
        const Tokens tokens = probe.login(QStringLiteral("mongodb-cloud"), publicKey, privateKey);
        QVERIFY(!tokens.access.isEmpty());
        const QJsonArray apps
            = probe
                  .get(QStringLiteral("/groups/%1/apps").arg(probe.groupOf(tokens.access)),
                       tokens.access)
                  .array();
        QCOMPARE(apps.size(), 1);
        QCOMPARE(apps.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("demo-app"));

        // SIGTERM is a clean shutdown, not a crash.
        QSignalSpy finished(&run.process, &QProcess::finished);
        run.process.terminate();
        QVERIFY(finished.wait(10000));
        QCOMPARE(run.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(run.process.exitCode(), 0);
    }

    // Second start over the same folder: the public key again, the private key never.
    Running again(args);
    QTRY_VERIFY_WITH_TIMEOUT(again.out.contains("will not be shown again"), 20000);
    QVERIFY(again.firstLine().startsWith(QLatin1String("listening on http://127.0.0.1:")));
    QVERIFY2(again.out.contains(publicKey.toUtf8()), again.out.constData());
    QVERIFY(!again.out.contains(privateKey.toUtf8()));
    QVERIFY(!again.out.contains("private key:"));
    QUrl root(again.firstLine().mid(QStringLiteral("listening on ").size()));
    Probe probe(root);
    const Tokens tokens = probe.login(QStringLiteral("mongodb-cloud"), publicKey, privateKey);
    QVERIFY(!tokens.access.isEmpty());
    // --demo only fills a new folder: still one app.
    QCOMPARE(
        probe
            .get(QStringLiteral("/groups/%1/apps").arg(probe.groupOf(tokens.access)), tokens.access)
            .array()
            .size(),
        1);
}

void tst_StitchLocal::help()
{
    Running run({ QStringLiteral("--help") });
    QSignalSpy finished(&run.process, &QProcess::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(run.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(run.process.exitCode(), 0);
    QTRY_VERIFY(run.out.contains("--max-body-bytes"));
    for (const char *option : { "--listen", "--data", "--admin-key", "--admin-user", "--token-ttl",
                                "--demo", "--allow-remote", "--max-body-bytes" })
        QVERIFY2(run.out.contains(option), option);
}

void tst_StitchLocal::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("bad listen") << QStringList { "--listen", "127.0.0.1" };
    QTest::newRow("remote without allow") << QStringList { "--listen", "0.0.0.0:0" };
    QTest::newRow("remote without admin")
        << QStringList { "--listen", "0.0.0.0:0", "--allow-remote" };
    QTest::newRow("bad key") << QStringList { "--admin-key", "onlyone" };
    QTest::newRow("unknown option") << QStringList { "--nope" };
}

void tst_StitchLocal::badArguments()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    Running run(args + QStringList { QStringLiteral("--data"), dir.path() });
    QSignalSpy finished(&run.process, &QProcess::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(run.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(run.process.exitCode(), 2);
    QTRY_VERIFY(run.err.contains("stitch-local:"));
    QVERIFY(!run.out.contains("listening on"));
}

QTEST_GUILESS_MAIN(tst_StitchLocal)
#include "tst_stitchlocal.moc"
