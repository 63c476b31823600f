#include <session/profilestore.h>
#include <session/secretstore.h>

#include <QtTest>

class TestProfileStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void emptyStoreHasLocalFirst();
    void roundTrip();
    void localCannotBeRemovedNorGetAUrl();
    void removeAndLastUsed();
    void tags_data();
    void tags();

private:
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("console.ini")); }
};

void TestProfileStore::initTestCase()
{
    // Any default QSettings (QtKeychain's plain-text fallback among them) lands in here.
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("stitch-console-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_profilestore"));
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::emptyStoreHasLocalFirst()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    QCOMPARE(store.profiles().size(), 1);
    const Profile local = store.profiles().first();
    QVERIFY(local.builtInLocal);
    QCOMPARE(local.provider, QStringLiteral("mongodb-cloud"));
    QVERIFY(local.baseUrl.isEmpty());
    QCOMPARE(store.lastUsedId(), local.id);
}

void TestProfileStore::roundTrip()
{
    const QString secret = QStringLiteral("private-key-4f1c9d");
    QString id;
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        Profile cloud;
        cloud.name = QStringLiteral("Production cloud");
        cloud.baseUrl = QUrl(QStringLiteral("https://stitch.mongodb.com"));
        cloud.username = QStringLiteral("PUBKEY");
        cloud.defaultGroupId = QStringLiteral("5b2ec426970199272441a214");
        cloud.tag = Profile::Tag::Production;
        const Profile saved = store.save(cloud);
        QVERIFY(!QUuid::fromString(saved.id).isNull());
        QCOMPARE(changed.size(), 1);
        id = saved.id;

        Profile other;
        other.name = QStringLiteral("Team server");
        other.baseUrl = QUrl(QStringLiteral("http://10.0.0.5:7080"));
        other.provider = QStringLiteral("local-userpass");
        other.username = QStringLiteral("alice");
        store.save(other);
        store.setLastUsedId(id);
        // The secret goes where the console puts it: the keychain, or nowhere.
        SecretStore secrets(QStringLiteral("stitch-console-test"));
        bool done = false;
        secrets.write(id + QStringLiteral("/secret"), secret, this,
                      [&done](bool, const QString &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        settings.sync();
    }

    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    QCOMPARE(store.profiles().size(), 3);
    QVERIFY(store.profiles().first().builtInLocal);
    const Profile cloud = store.profile(id);
    QCOMPARE(cloud.name, QStringLiteral("Production cloud"));
    QCOMPARE(cloud.baseUrl, QUrl(QStringLiteral("https://stitch.mongodb.com")));
    QCOMPARE(cloud.provider, QStringLiteral("mongodb-cloud"));
    QCOMPARE(cloud.username, QStringLiteral("PUBKEY"));
    QCOMPARE(cloud.defaultGroupId, QStringLiteral("5b2ec426970199272441a214"));
    QCOMPARE(cloud.tag, Profile::Tag::Production);
    QVERIFY(!cloud.builtInLocal);
    QCOMPARE(store.profileByName(QStringLiteral("Team server")).provider,
             QStringLiteral("local-userpass"));
    QCOMPARE(store.lastUsedId(), id);

    // Replacing by id keeps one entry.
    Profile renamed = cloud;
    renamed.name = QStringLiteral("Cloud");
    store.save(renamed);
    QCOMPARE(store.profiles().size(), 3);
    QCOMPARE(store.profile(id).name, QStringLiteral("Cloud"));

    // QtKeychain's jobs flush their settings when deleted: let them go before looking.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (const QString &root : { m_dir->path(), m_home.path() }) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
    QVERIFY(QFile::exists(settingsPath()));
}

void TestProfileStore::localCannotBeRemovedNorGetAUrl()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    Profile local = store.profiles().first();
    store.remove(local.id);
    QCOMPARE(store.profiles().size(), 1);

    local.baseUrl = QUrl(QStringLiteral("http://example.invalid"));
    local.defaultGroupId = QStringLiteral("g1");
    const Profile saved = store.save(local);
    QVERIFY(saved.builtInLocal);
    QVERIFY(saved.baseUrl.isEmpty());
    settings.sync();

    QSettings reread(settingsPath(), QSettings::IniFormat);
    ProfileStore again(&reread);
    QCOMPARE(again.profiles().size(), 1);
    QCOMPARE(again.profiles().first().defaultGroupId, QStringLiteral("g1"));
    QVERIFY(again.profiles().first().baseUrl.isEmpty());
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("example.invalid"));

    // A saved profile cannot claim to be the built-in one.
    Profile impostor;
    impostor.name = QStringLiteral("Fake local");
    impostor.builtInLocal = true;
    QVERIFY(!again.save(impostor).builtInLocal);
}

void TestProfileStore::removeAndLastUsed()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    Profile p;
    p.name = QStringLiteral("Temp");
    const QString id = store.save(p).id;
    store.setLastUsedId(id);
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    store.remove(id);
    QCOMPARE(changed.size(), 1);
    QVERIFY(store.profile(id).isNull());
    QCOMPARE(store.lastUsedId(), store.profiles().first().id);
    store.remove(QStringLiteral("no-such-id"));
    QCOMPARE(changed.size(), 1);
}

void TestProfileStore::tags_data()
{
    QTest::addColumn<int>("tag");
    QTest::addColumn<QString>("key");
    QTest::newRow("none") << int(Profile::Tag::None) << "none";
    QTest::newRow("development") << int(Profile::Tag::Development) << "development";
    QTest::newRow("staging") << int(Profile::Tag::Staging) << "staging";
    QTest::newRow("production") << int(Profile::Tag::Production) << "production";
}

void TestProfileStore::tags()
{
    QFETCH(int, tag);
    QFETCH(QString, key);
    QCOMPARE(Profile::tagKey(Profile::Tag(tag)), key);
    QCOMPARE(int(Profile::tagFromKey(key)), tag);
    QVERIFY(!Profile::tagName(Profile::Tag(tag)).isEmpty());
    QCOMPARE(Profile::tagFromKey(QStringLiteral("bogus")), Profile::Tag::None);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
