#include <session/secretstore.h>

#include <QtTest>

// Whatever keychain this machine has (often none on a build machine), a secret either reaches
// it or is reported as not stored, and it never lands in a file.
class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTripOrUnavailable();

private:
    QTemporaryDir m_home;
};

void TestSecretStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    // QtKeychain's plain-text fallback would be a QSettings file under these folders.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home.path() + "/config").toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + "/data").toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("stitch-console-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_secretstore"));
}

void TestSecretStore::roundTripOrUnavailable()
{
    const QString secret = QStringLiteral("s3cr3t-%1").arg(QUuid::createUuid().toString());
    const QString key = QStringLiteral("test-profile/secret");
    SecretStore store(QStringLiteral("stitch-console-test"));
    QSignalSpy availability(&store, &SecretStore::availabilityChanged);

    QElapsedTimer clock;
    clock.start();
    bool writeDone = false;
    bool writeOk = false;
    QString writeError;
    store.write(key, secret, this, [&](bool ok, const QString &error) {
        writeDone = true;
        writeOk = ok;
        writeError = error;
    });
    // The call only queues work; an answer inside it would mean the UI thread waited for it.
    QVERIFY(!writeDone);
    QTRY_VERIFY_WITH_TIMEOUT(writeDone, 30000);
    qInfo("keychain write: ok=%d after %lld ms: %s", writeOk, clock.elapsed(),
          qPrintable(writeError));

    if (writeOk) {
        QVERIFY(store.available());
        bool readDone = false;
        QString readBack;
        store.read(key, this, [&](bool found, const QString &value) {
            readDone = found;
            readBack = value;
        });
        QTRY_VERIFY_WITH_TIMEOUT(readDone, 30000);
        QCOMPARE(readBack, secret);
        bool removed = false;
        store.remove(key, this, [&](bool ok, const QString &) { removed = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
    } else {
        QVERIFY(!store.available());
        QVERIFY(!store.unavailableReason().isEmpty());
        QCOMPARE(availability.size(), 1);
        QCOMPARE(availability.first().first().toBool(), false);
        bool readDone = false;
        bool found = true;
        store.read(key, this, [&](bool f, const QString &) {
            readDone = true;
            found = f;
        });
        QTRY_VERIFY_WITH_TIMEOUT(readDone, 30000);
        QVERIFY(!found);
    }

    // QtKeychain's jobs flush their settings when deleted: let them go before looking.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // Nothing under the temporary home holds the secret.
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
