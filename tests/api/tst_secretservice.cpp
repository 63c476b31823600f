// The keychain path for real: a private D-Bus session bus and gnome-keyring-daemon (its login
// keyring unlocked with a throwaway password) under a temporary HOME, and secrets saved, read
// back by a fresh process, and deleted through SecretStore - what the console uses - with the
// key the main window uses ("<profile id>/secret"). No file under HOME may hold a secret in plain
// text. Skips only when the daemons are not installed or cannot start.

#include <session/secretstore.h>

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

namespace {

// In the child: reads the key named by this variable and prints what it found.
constexpr char childKeyVariable[] = "STITCH_TEST_KEYCHAIN_READ";
constexpr int childNotFound = 3;

int readInChild(const QString &key)
{
    SecretStore store;
    int status = 2;
    store.read(key, QCoreApplication::instance(), [&status](bool found, const QString &secret) {
        QTextStream(stdout) << secret;
        status = found ? 0 : childNotFound;
        QCoreApplication::exit(status);
    });
    QTimer::singleShot(30000, [] { QCoreApplication::exit(2); });
    QCoreApplication::exec();
    return status;
}

} // namespace

class tst_SecretService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void savedReadByAnotherProcessAndDeleted();

private:
    //! Runs this executable again to read key; returns its exit status and what it printed.
    int readInFreshProcess(const QString &key, QString *secret);
    //! Every file under the temporary HOME that contains needle (none is the wanted answer).
    QStringList filesContaining(const QByteArray &needle) const;
    void writeSecret(SecretStore &store, const QString &key, const QString &secret);

    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
};

void tst_SecretService::initTestCase()
{
    QVERIFY(m_home.isValid());
    const QString dbusDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    const QString keyringDaemon
        = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbusDaemon.isEmpty() || keyringDaemon.isEmpty())
        QSKIP("dbus-daemon or gnome-keyring-daemon is not installed "
              "(packaging/install-deps.sh installs both)");

    // Everything the keyring or a fallback could write lands under the temporary HOME.
    const QString home = m_home.path();
    const QString runtime = home + QStringLiteral("/run");
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("HOME", home.toUtf8());
    qputenv("XDG_CONFIG_HOME", (home + "/config").toUtf8());
    qputenv("XDG_DATA_HOME", (home + "/data").toUtf8());
    qputenv("XDG_CACHE_HOME", (home + "/cache").toUtf8());
    qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
    qunsetenv("GNOME_KEYRING_CONTROL");

    // A session bus of our own, nothing shared with the machine's.
    const QString busAddress = QStringLiteral("unix:path=%1/bus").arg(runtime);
    m_bus.setProgram(dbusDaemon);
    m_bus.setArguments({ QStringLiteral("--session"), QStringLiteral("--nofork"),
                         QStringLiteral("--nopidfile"), QStringLiteral("--address=") + busAddress,
                         QStringLiteral("--print-address=1") });
    m_bus.start();
    if (!m_bus.waitForStarted(10000))
        QSKIP(qPrintable("dbus-daemon did not start: " + m_bus.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine() || m_bus.state() != QProcess::Running, 20000);
    if (m_bus.state() != QProcess::Running)
        QSKIP(qPrintable("dbus-daemon exited: " + m_bus.readAllStandardError()));
    qputenv("DBUS_SESSION_BUS_ADDRESS", busAddress.toUtf8());

    // The Secret Service, its login keyring created and unlocked with a throwaway password read
    // from standard input: the keyring file on disk is encrypted with it.
    m_keyring.setProgram(keyringDaemon);
    m_keyring.setArguments({ QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                             QStringLiteral("--components=secrets") });
    m_keyring.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    m_keyring.start();
    if (!m_keyring.waitForStarted(10000))
        QSKIP(qPrintable("gnome-keyring-daemon did not start: " + m_keyring.errorString()));
    m_keyring.write("throwaway-test-password");
    m_keyring.closeWriteChannel();

    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
    const auto serviceUp = [&bus] {
        return bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"))
            .value();
    };
    QTRY_VERIFY_WITH_TIMEOUT(serviceUp() || m_keyring.state() != QProcess::Running, 20000);
    if (!serviceUp())
        QSKIP(qPrintable("gnome-keyring-daemon did not offer the Secret Service: "
                         + m_keyring.readAllStandardError()));
}

void tst_SecretService::cleanupTestCase()
{
    for (QProcess *process : { &m_keyring, &m_bus }) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(10000))
            process->kill();
        process->waitForFinished(10000);
    }
}

int tst_SecretService::readInFreshProcess(const QString &key, QString *secret)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(childKeyVariable), key);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForFinished(60000))
        return -1;
    *secret = QString::fromUtf8(child.readAllStandardOutput());
    return child.exitCode();
}

QStringList tst_SecretService::filesContaining(const QByteArray &needle) const
{
    QStringList found;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

void tst_SecretService::writeSecret(SecretStore &store, const QString &key, const QString &secret)
{
    bool done = false;
    bool ok = false;
    QString error;
    store.write(key, secret, this, [&](bool success, const QString &message) {
        done = true;
        ok = success;
        error = message;
    });
    QVERIFY(!done); // queued: the UI thread never waits for the keychain
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY2(ok, qPrintable(error));
}

void tst_SecretService::savedReadByAnotherProcessAndDeleted()
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("/secret");
    const QString secret = QStringLiteral("private-api-key-%1")
                               .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    SecretStore store; // the service name the console uses
    QSignalSpy availability(&store, &SecretStore::availabilityChanged);

    writeSecret(store, key, secret);
    QVERIFY(store.available());
    QCOMPARE(availability.size(), 0); // it was never unavailable

    // Another process - the console started again - finds it in the keychain.
    QString readBack;
    QCOMPARE(readInFreshProcess(key, &readBack), 0);
    QCOMPARE(readBack, secret);

    // Overwriting keeps one entry with the new value.
    const QString replaced = secret + QStringLiteral("-rotated");
    writeSecret(store, key, replaced);
    QCOMPARE(readInFreshProcess(key, &readBack), 0);
    QCOMPARE(readBack, replaced);

    // On disk there is a keyring, and neither value is in it, or in any other file, as text.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QDir keyrings(m_home.path() + QStringLiteral("/data/keyrings"));
    QVERIFY2(!keyrings.entryList({ QStringLiteral("*.keyring") }, QDir::Files).isEmpty(),
             qPrintable(keyrings.path()));
    for (const QString &value : { secret, replaced }) {
        QCOMPARE(filesContaining(value.toUtf8()), QStringList());
        QCOMPARE(filesContaining(QByteArray(reinterpret_cast<const char *>(value.utf16()),
                                            value.size() * 2)),
                 QStringList());
    }

    // Deleted: gone for the next process too, and deleting again is not an error.
    for (int round = 0; round < 2; ++round) {
        bool removed = false;
        store.remove(key, this, [&](bool ok, const QString &) { removed = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
    }
    QCOMPARE(readInFreshProcess(key, &readBack), childNotFound);
    QVERIFY(readBack.isEmpty());
    QVERIFY(store.available());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString childKey = qEnvironmentVariable(childKeyVariable);
    if (!childKey.isEmpty())
        return readInChild(childKey);
    tst_SecretService test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretservice.moc"
