// The copy of run cases in an app-as-code folder (.stitch-console/cases/<function>.json):
// written beside a pull, ignored by compare, push, pull and the watch, read back on a machine
// without the console's own copy; and cases following a renamed function.
#include "appcodetesthelpers.h"
#include "runcasesfixture.h"

#include <models/appcode/appsnapshot.h>
#include <models/cases/runcasestore.h>
#include <panels/appcodewatch.h>

class TestCasesAppFolder : public QObject, private RunCasesFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpCases(QStringLiteral("tst_casesappfolder")); }
    void cleanupTestCase() { tearDown(); }
    void cleanup() { cleanUpCases(); }
    void appFolderCopyIgnoredByPush();
    void casesFollowARename();
};

void TestCasesAppFolder::appFolderCopyIgnoredByPush()
{
    // A pull of the app into a folder.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const appcode::Snapshot app = appcodetest::read(*m_fx.session, m_fx.groupId, m_fx.app.id, true);
    QVERIFY(app.isValid());
    QCOMPARE(appcode::writeFolder(folder.path(), app), QString());
    QVERIFY(runcasestore::isFolderOfApp(folder.path(), m_fx.app.name));
    QVERIFY(appcode::compare(app, appcode::readFolder(folder.path())).isEmpty());

    // Cases copied into it, one file per function.
    m_cases->setMirrorFolder(folder.path());
    m_cases->addCase(makeCase("sum", "adds", { 2, 3 }, RunCase::Expect::Equals, 5));
    m_cases->addCase(makeCase("sum", "adds more", { 4, 3 }, RunCase::Expect::Equals, 7));
    m_cases->addCase(makeCase("explode", "throws", { 1 }, RunCase::Expect::Fails, QJsonValue(),
                              QStringLiteral("boom")));
    QVERIFY(waitSaved(m_cases));
    const QDir copies(QDir(folder.path()).filePath(runcasestore::mirrorSubfolder()));
    QCOMPARE(copies.entryList(QDir::Files, QDir::Name),
             (QStringList { QStringLiteral("explode.json"), QStringLiteral("sum.json") }));
    QFile sumFile(copies.filePath(QStringLiteral("sum.json")));
    QVERIFY(sumFile.open(QIODevice::ReadOnly));
    const QJsonObject sumCopy = QJsonDocument::fromJson(sumFile.readAll()).object();
    QCOMPARE(sumCopy.value(QStringLiteral("function")).toString(), QStringLiteral("sum"));
    QCOMPARE(sumCopy.value(QStringLiteral("cases")).toArray().size(), 2);

    // Compare and push see no difference, and do not list the copies as ignored files either.
    const appcode::Snapshot read = appcode::readFolder(folder.path());
    QVERIFY(read.isValid());
    for (const QString &ignored : read.ignored)
        QVERIFY2(!ignored.contains(QStringLiteral(".stitch-console")), qPrintable(ignored));
    const appcode::Comparison comparison = appcode::compare(app, read);
    QVERIFY2(comparison.isEmpty(), qPrintable(comparison.summary()));
    QVERIFY(appcode::plan(app, read, comparison).isEmpty());
    const appcodetest::PushResult pushed
        = appcodetest::push(*m_fx.session, m_fx.groupId, m_fx.app.id, read, &app);
    QVERIFY2(!pushed.error.isError(), qPrintable(pushed.error.summary()));
    QCOMPARE(pushed.writes, 0);
    // A pull again leaves them where they are.
    QCOMPARE(appcode::writeFolder(folder.path(), app), QString());
    QVERIFY(sumFile.exists());

    // The watch pushes a saved function, and only that: the copies are no functions of it.
    AppCodeWatch watch(m_fx.session.get());
    QSignalSpy reported(&watch, &AppCodeWatch::reported);
    watch.start(folder.path(), m_fx.groupId, m_fx.app.id);
    m_cases->addCase(makeCase("explode", "throws again", { 2 }, RunCase::Expect::Fails,
                              QJsonValue(), QStringLiteral("boom")));
    QVERIFY(waitSaved(m_cases));
    const QString source
        = QDir(folder.path()).filePath(QStringLiteral("functions/explode/source.js"));
    QFile sourceFile(source);
    QVERIFY(sourceFile.open(QIODevice::Append));
    sourceFile.write("// saved while watched\n");
    sourceFile.close();
    QTRY_VERIFY_WITH_TIMEOUT(!reported.isEmpty(), 30000);
    QVERIFY2(!reported.first().at(1).toBool(), qPrintable(reported.first().at(0).toString()));
    QCOMPARE(reported.first().at(0).toString().section(u' ', 0, 3),
             QStringLiteral("Watch: pushed explode at"));
    QCOMPARE(watch.pushedCount(), 1);
    watch.stop();

    // Removing a function's last case removes its copy.
    for (const RunCase &c : m_cases->casesOf(QStringLiteral("explode")))
        m_cases->removeCase(c.id);
    QVERIFY(waitSaved(m_cases));
    QCOMPARE(copies.entryList(QDir::Files), QStringList { QStringLiteral("sum.json") });

    // A checkout without the console's data: the cases come from the folder.
    QTemporaryDir freshData;
    RunCaseModel elsewhere(freshData.path());
    elsewhere.setMirrorFolder(folder.path());
    QSignalSpy loaded(&elsewhere, &RunCaseModel::loaded);
    elsewhere.setApp(m_fx.app.id, m_fx.app.name);
    QTRY_VERIFY_WITH_TIMEOUT(elsewhere.isLoaded(), 10000);
    QCOMPARE(elsewhere.rowCount(), 2);
    m_cases->setMirrorFolder(QString());
}

void TestCasesAppFolder::casesFollowARename()
{
    const QString id = m_cases->addCase(makeCase("explode", "throws", { 1 }, RunCase::Expect::Fails,
                                                 QJsonValue(), QStringLiteral("boom")));
    m_panel->renameFunction(m_fx.idOf(QStringLiteral("explode")), QStringLiteral("blowUp"));
    QTRY_COMPARE_WITH_TIMEOUT(m_cases->caseById(id).function, QStringLiteral("blowUp"), 30000);
    CaseRunner runner(m_fx.session->client(), &m_results);
    QSignalSpy finished(&runner, &CaseRunner::finished);
    runner.start(m_fx.groupId, m_fx.app.id, m_cases->cases());
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_results.countOf(CaseVerdict::Status::Passed), 1);

    // A case of a function that is gone is an error (not run), not a failure of the function.
    RunCase gone = makeCase("explode", "gone", { 1 }, RunCase::Expect::Succeeds);
    gone.id = QStringLiteral("gone");
    runner.start(m_fx.groupId, m_fx.app.id, { gone });
    QVERIFY(finished.wait(30000));
    const CaseVerdict verdict = m_results.verdictOf(gone.id);
    QCOMPARE(verdict.status, CaseVerdict::Status::Error);
    QVERIFY2(verdict.message.contains(QStringLiteral("not found")), qPrintable(verdict.message));
    QCOMPARE(m_results.failureCount(), 1);
}

QTEST_MAIN(TestCasesAppFolder)
#include "tst_casesappfolder.moc"
