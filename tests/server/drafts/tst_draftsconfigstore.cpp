// ConfigStore over a real Store: the draft overlay seen by each admin, and deploy / discard.

#include "server/configstore.h"
#include "server/store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace stitchlocal;

namespace {

const QString kApp = QStringLiteral("64b000000000000000000001");
const QString kAlice = QStringLiteral("a11ce0000000000000000000");
const QString kBob = QStringLiteral("b0b000000000000000000000");

Resource doc(const QString &kind, const QString &id, const QString &name,
             const QString &parentId = QString(), const QJsonObject &extra = {})
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("_id"), id);
    object.insert(QStringLiteral("name"), name);
    return { kind, id, parentId, name, object };
}

QStringList namesOf(const QList<Resource> &resources)
{
    QStringList names;
    for (const Resource &resource : resources)
        names.append(resource.kind + u':' + resource.name);
    return names;
}

} // namespace

class tst_DraftsConfigStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void isolation_data();
    void isolation();
    void duplicateOnOwnView();
    void updateAndRemoveInDraft();
    void serviceDeleteCascadesInDraft();
    void deployApplies();
    void discardDrops();
    void failedDeployLeavesDeployedState();
    void writesWithoutDraftAreDeployments();
    void appDeleteCascades();

private:
    QString openDraft(const QString &adminId);
    bool deploy(const QString &draftId, QString *error);
    int count(const QString &sql, const QVariantList &values = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ConfigStore> m_config;
};

void tst_DraftsConfigStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store>();
    QString error;
    bool created = false;
    QVERIFY2(m_store->open(m_dir->path(), &error, &created), qPrintable(error));
    AppRecord app { kApp,
                    QStringLiteral("64b0000000000000000000ff"),
                    QStringLiteral("app"),
                    QStringLiteral("app-abcde"),
                    QStringLiteral("US-VA"),
                    QStringLiteral("GLOBAL"),
                    QStringLiteral("64b0000000000000000000fe"),
                    {} };
    // An app with no configuration at all, so that every count here starts from zero: the
    // api-key provider every new app starts with goes again.
    QVERIFY(m_store->write([&] {
        QSqlQuery query(m_store->database());
        return m_store->insertApp(app)
            && m_store->exec(query, QStringLiteral("DELETE FROM resources WHERE app_id = ?"),
                             { kApp });
    }));
    m_config = std::make_unique<ConfigStore>(*m_store);
}

void tst_DraftsConfigStore::cleanup()
{
    m_config.reset();
    m_store.reset();
    m_dir.reset();
}

QString tst_DraftsConfigStore::openDraft(const QString &adminId)
{
    const QString id = adminId.left(20) + QStringLiteral("d000");
    QSqlQuery query(m_store->database());
    const bool ok = m_store->exec(
        query, QStringLiteral("INSERT INTO drafts(id, app_id, admin_id, created) VALUES(?,?,?,0)"),
        { id, kApp, adminId });
    return ok ? id : QString();
}

bool tst_DraftsConfigStore::deploy(const QString &draftId, QString *error)
{
    return m_store->write([&] {
        QSqlQuery query(m_store->database());
        return m_config->applyDraft(kApp, draftId, error)
            && m_store->exec(query, QStringLiteral("DELETE FROM drafts WHERE id = ?"), { draftId });
    });
}

int tst_DraftsConfigStore::count(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_store->database());
    if (!m_store->exec(query, sql, values) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void tst_DraftsConfigStore::isolation_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : { "function", "value", "trigger", "service", "auth_provider" })
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void tst_DraftsConfigStore::isolation()
{
    QFETCH(QString, kind);
    const QString draft = openDraft(kAlice);
    QVERIFY(!draft.isEmpty());
    const Resource added
        = doc(kind, QStringLiteral("0000000000000000000000a1"), QStringLiteral("x"));
    QCOMPARE(m_config->insert(kApp, added, kAlice), ConfigStore::Status::Ok);

    // Alice reads her draft; Bob and the deployed state ("") do not see it.
    QCOMPARE(m_config->list(kApp, kind, kAlice).size(), 1);
    QCOMPARE(m_config->get(kApp, kind, added.id, kAlice)->doc, added.doc);
    QVERIFY(m_config->findByName(kApp, kind, QString(), QStringLiteral("x"), kAlice));
    for (const QString &other : { kBob, QString() }) {
        QVERIFY(m_config->list(kApp, kind, other).isEmpty());
        QVERIFY(!m_config->get(kApp, kind, added.id, other));
        QVERIFY(!m_config->findByName(kApp, kind, QString(), QStringLiteral("x"), other));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resources")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deployments")), 0);
}

void tst_DraftsConfigStore::duplicateOnOwnView()
{
    const Resource f = doc(QStringLiteral("function"), QStringLiteral("0000000000000000000000f1"),
                           QStringLiteral("f"));
    QCOMPARE(m_config->insert(kApp, f, kBob), ConfigStore::Status::Ok);
    const QString draft = openDraft(kAlice);
    // Alice removes "f" in her draft: the name is free in her view only.
    QCOMPARE(m_config->remove(kApp, f.kind, f.id, kAlice), ConfigStore::Status::Ok);
    Resource again = doc(f.kind, QStringLiteral("0000000000000000000000f2"), QStringLiteral("f"));
    QCOMPARE(m_config->insert(kApp, again, kBob), ConfigStore::Status::Duplicate);
    QCOMPARE(m_config->insert(kApp, again, kAlice), ConfigStore::Status::Ok);
    QCOMPARE(m_config->insert(kApp, again, kAlice), ConfigStore::Status::Duplicate);
    // A rename onto a name taken in the view is refused too.
    const Resource g = doc(f.kind, QStringLiteral("0000000000000000000000f3"), QStringLiteral("g"));
    QCOMPARE(m_config->insert(kApp, g, kAlice), ConfigStore::Status::Ok);
    QCOMPARE(m_config->update(kApp, doc(f.kind, g.id, QStringLiteral("f")), kAlice),
             ConfigStore::Status::Duplicate);
    QCOMPARE(namesOf(m_config->list(kApp, f.kind, kAlice)),
             (QStringList { QStringLiteral("function:f"), QStringLiteral("function:g") }));
    QCOMPARE(m_config->get(kApp, f.kind, QStringLiteral("0000000000000000000000f2"), kAlice)->id,
             again.id);
    QVERIFY(!m_config->get(kApp, f.kind, f.id, kAlice));
    QCOMPARE(m_config->get(kApp, f.kind, f.id, kBob)->name, QStringLiteral("f"));
}

void tst_DraftsConfigStore::updateAndRemoveInDraft()
{
    const Resource v = doc(QStringLiteral("value"), QStringLiteral("0000000000000000000000b1"),
                           QStringLiteral("v"), QString(), { { QStringLiteral("value"), 1 } });
    QCOMPARE(m_config->insert(kApp, v, QString()), ConfigStore::Status::Ok);
    openDraft(kAlice);
    const Resource changed = doc(v.kind, v.id, QStringLiteral("renamed"), QString(),
                                 { { QStringLiteral("value"), 2 } });
    QCOMPARE(m_config->update(kApp, changed, kAlice), ConfigStore::Status::Ok);
    QCOMPARE(m_config->get(kApp, v.kind, v.id, kAlice)->doc, changed.doc);
    QCOMPARE(m_config->get(kApp, v.kind, v.id, kBob)->doc, v.doc);
    QCOMPARE(m_config->update(
                 kApp,
                 doc(v.kind, QStringLiteral("0000000000000000000000b9"), QStringLiteral("nope")),
                 kAlice),
             ConfigStore::Status::NotFound);
    QCOMPARE(m_config->remove(kApp, v.kind, v.id, kAlice), ConfigStore::Status::Ok);
    QCOMPARE(m_config->remove(kApp, v.kind, v.id, kAlice), ConfigStore::Status::NotFound);
    QCOMPARE(m_config->update(kApp, changed, kAlice), ConfigStore::Status::NotFound);
    QVERIFY(m_config->list(kApp, v.kind, kAlice).isEmpty());
    QCOMPARE(m_config->list(kApp, v.kind, kBob).size(), 1);
}

void tst_DraftsConfigStore::serviceDeleteCascadesInDraft()
{
    const Resource service = doc(QStringLiteral("service"),
                                 QStringLiteral("0000000000000000000000c1"), QStringLiteral("svc"));
    QCOMPARE(m_config->insert(kApp, service, QString()), ConfigStore::Status::Ok);
    const Resource rule = doc(QStringLiteral("rule"), QStringLiteral("0000000000000000000000c2"),
                              QStringLiteral("db.coll"), service.id);
    QCOMPARE(m_config->insert(kApp, rule, QString()), ConfigStore::Status::Ok);
    const QString draft = openDraft(kAlice);
    // A webhook that exists only in the draft goes with its service as well.
    const Resource hook
        = doc(QStringLiteral("incoming_webhook"), QStringLiteral("0000000000000000000000c3"),
              QStringLiteral("hook"), service.id);
    QCOMPARE(m_config->insert(kApp, hook, kAlice), ConfigStore::Status::Ok);
    QCOMPARE(m_config->list(kApp, hook.kind, kAlice, service.id).size(), 1);
    QCOMPARE(m_config->list(kApp, hook.kind, kAlice, QStringLiteral("")).size(), 0);
    QCOMPARE(m_config->remove(kApp, service.kind, service.id, kAlice), ConfigStore::Status::Ok);
    QVERIFY(m_config->all(kApp, kAlice).isEmpty());
    QCOMPARE(namesOf(m_config->all(kApp, kBob)),
             (QStringList { QStringLiteral("rule:db.coll"), QStringLiteral("service:svc") }));

    QString error;
    QVERIFY2(deploy(draft, &error), qPrintable(error));
    QVERIFY(m_config->all(kApp, QString()).isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resources")), 0);
}

void tst_DraftsConfigStore::deployApplies()
{
    const Resource a = doc(QStringLiteral("function"), QStringLiteral("0000000000000000000000d1"),
                           QStringLiteral("a"));
    const Resource b = doc(a.kind, QStringLiteral("0000000000000000000000d2"), QStringLiteral("b"));
    QCOMPARE(m_config->insert(kApp, a, QString()), ConfigStore::Status::Ok);
    QCOMPARE(m_config->insert(kApp, b, QString()), ConfigStore::Status::Ok);
    const QString draft = openDraft(kAlice);
    // Swapping two names passes through a moment where both are taken.
    QCOMPARE(m_config->update(kApp, doc(a.kind, a.id, QStringLiteral("tmp")), kAlice),
             ConfigStore::Status::Ok);
    QCOMPARE(m_config->update(kApp, doc(a.kind, b.id, QStringLiteral("a")), kAlice),
             ConfigStore::Status::Ok);
    QCOMPARE(m_config->update(kApp, doc(a.kind, a.id, QStringLiteral("b")), kAlice),
             ConfigStore::Status::Ok);
    const Resource c = doc(QStringLiteral("value"), QStringLiteral("0000000000000000000000d3"),
                           QStringLiteral("c"));
    QCOMPARE(m_config->insert(kApp, c, kAlice), ConfigStore::Status::Ok);
    const QList<Resource> drafted = m_config->all(kApp, kAlice);

    QString error;
    QVERIFY2(deploy(draft, &error), qPrintable(error));
    const QList<Resource> deployed = m_config->all(kApp, QString());
    QCOMPARE(namesOf(deployed), namesOf(drafted));
    QCOMPARE(m_config->get(kApp, a.kind, a.id, kBob)->name, QStringLiteral("b"));
    QCOMPARE(m_config->get(kApp, a.kind, b.id, kBob)->name, QStringLiteral("a"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM draft_resources")), 0);
    QVERIFY(m_store->draftIdFor(kApp, kAlice).isEmpty());
    // Without her draft, Alice's writes deploy at once.
    QCOMPARE(m_config->remove(kApp, c.kind, c.id, kAlice), ConfigStore::Status::Ok);
    QVERIFY(!m_config->get(kApp, c.kind, c.id, kBob));
}

void tst_DraftsConfigStore::discardDrops()
{
    const QString draft = openDraft(kAlice);
    QCOMPARE(m_config->insert(kApp,
                              doc(QStringLiteral("value"),
                                  QStringLiteral("0000000000000000000000e1"), QStringLiteral("v")),
                              kAlice),
             ConfigStore::Status::Ok);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM draft_resources")), 1);
    QSqlQuery query(m_store->database());
    QVERIFY(m_store->exec(query, QStringLiteral("DELETE FROM drafts WHERE id = ?"), { draft }));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM draft_resources")), 0);
    QVERIFY(m_config->all(kApp, kAlice).isEmpty());
}

void tst_DraftsConfigStore::failedDeployLeavesDeployedState()
{
    const Resource kept = doc(QStringLiteral("value"), QStringLiteral("0000000000000000000000f7"),
                              QStringLiteral("kept"));
    QCOMPARE(m_config->insert(kApp, kept, kBob), ConfigStore::Status::Ok);
    const QString draft = openDraft(kAlice);
    QCOMPARE(m_config->remove(kApp, kept.kind, kept.id, kAlice), ConfigStore::Status::Ok);
    QCOMPARE(m_config->insert(kApp,
                              doc(kept.kind, QStringLiteral("0000000000000000000000f8"),
                                  QStringLiteral("clash")),
                              kAlice),
             ConfigStore::Status::Ok);
    // Bob deploys the same name first: Alice's deployment cannot apply, and nothing of it does.
    const Resource bobs
        = doc(kept.kind, QStringLiteral("0000000000000000000000f9"), QStringLiteral("clash"));
    QCOMPARE(m_config->insert(kApp, bobs, kBob), ConfigStore::Status::Ok);
    const QList<Resource> before = m_config->all(kApp, QString());

    QString error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("UNIQUE constraint")));
    QVERIFY(!deploy(draft, &error));
    QVERIFY2(error.contains(QLatin1String("clash")), qPrintable(error));
    QCOMPARE(namesOf(m_config->all(kApp, QString())), namesOf(before));
    QCOMPARE(m_config->get(kApp, kept.kind, bobs.id, QString())->name, QStringLiteral("clash"));
    QVERIFY(m_config->get(kApp, kept.kind, kept.id, QString()));
    QCOMPARE(m_store->draftIdFor(kApp, kAlice), draft);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM draft_resources")), 2);
}

void tst_DraftsConfigStore::writesWithoutDraftAreDeployments()
{
    const Resource v = doc(QStringLiteral("value"), QStringLiteral("0000000000000000000000aa"),
                           QStringLiteral("v"));
    QCOMPARE(m_config->insert(kApp, v, kBob), ConfigStore::Status::Ok);
    QCOMPARE(m_config->update(kApp, v, kBob), ConfigStore::Status::Ok);
    QCOMPARE(m_config->remove(kApp, v.kind, v.id, kBob), ConfigStore::Status::Ok);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deployments WHERE app_id = ? AND"
                                  " doc LIKE ?"),
                   { kApp, QStringLiteral("%\"user_id\":\"%1\"%").arg(kBob) }),
             3);
    // A refused write records nothing.
    QCOMPARE(m_config->remove(kApp, v.kind, v.id, kBob), ConfigStore::Status::NotFound);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deployments")), 3);
    // The server's own writes (no admin) are not deployments.
    QCOMPARE(m_config->insert(kApp, v, QString()), ConfigStore::Status::Ok);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deployments")), 3);
}

void tst_DraftsConfigStore::appDeleteCascades()
{
    openDraft(kAlice);
    QCOMPARE(m_config->insert(kApp,
                              doc(QStringLiteral("value"),
                                  QStringLiteral("0000000000000000000000ab"), QStringLiteral("v")),
                              kAlice),
             ConfigStore::Status::Ok);
    QSqlQuery query(m_store->database());
    QVERIFY(m_store->exec(query, QStringLiteral("DELETE FROM apps WHERE id = ?"), { kApp }));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM drafts")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM draft_resources")), 0);
}

QTEST_GUILESS_MAIN(tst_DraftsConfigStore)
#include "tst_draftsconfigstore.moc"
