// The pieces under the Deploy panel: the draft and deployment parsers, unified-diff parsing and
// changed words, the file-list and history models (under QAbstractItemModelTester), and the
// DiffView's folds, layouts and change stepping on a patch.

#include "signedinfixture.h"

#include <api/draftcalls.h>
#include <models/deploymentlistmodel.h>
#include <models/draftfilemodel.h>
#include <models/json/textdiff.h>
#include <models/listfilterproxy.h>
#include <widgets/editor/diffview.h>
#include <widgets/editor/editorstyle.h>

#include <Qsci/qsciscintilla.h>

#include <QAbstractItemModelTester>
#include <QJsonArray>

namespace {

const char *kPatch = "--- a/functions/sum/source.js\n"
                     "+++ b/functions/sum/source.js\n"
                     "@@ -1,3 +1,4 @@\n"
                     " exports = function(a, b) {\n"
                     "-  return a + b;\n"
                     "+  // checked\n"
                     "+  return a + b + 0;\n"
                     " };\n"
                     "@@ -20,2 +21,2 @@\n"
                     " const x = 1;\n"
                     "-const y = 2;\n"
                     "+const y = 3;";

DraftDiff sampleDiff()
{
    DraftDiff diff;
    diff.diffs << QString::fromUtf8(kPatch)
               << QStringLiteral("--- /dev/null\n+++ b/values/limit.json\n@@ -0,0 +1,3 @@\n+{\n+  "
                                 "\"name\": \"limit\"\n+}")
               << QStringLiteral("--- a/values/old.json\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-{}");
    diff.hostingAdded << QStringLiteral("/index.html");
    diff.hostingModified << QStringLiteral("/app.css");
    return diff;
}

} // namespace

class TestDraftModels : public QObject
{
    Q_OBJECT
private slots:
    void parseDraftsArrayOrObject();
    void parseDiffAndDeployment();
    void parseUnifiedPatch();
    void changedWords();
    void fileModel();
    void historyModel();
    void diffViewOnAPatch();
};

void TestDraftModels::parseDraftsArrayOrObject()
{
    QString why;
    QCOMPARE(draftcalls::parseDrafts(QJsonDocument(QJsonArray()), &why).size(), 0);
    QVERIFY(why.isEmpty());
    const QJsonObject one { { QStringLiteral("_id"), QStringLiteral("d1") },
                            { QStringLiteral("user_id"), QStringLiteral("u1") } };
    QList<Draft> drafts = draftcalls::parseDrafts(QJsonDocument(QJsonArray { one }), &why);
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().id, QStringLiteral("d1"));
    drafts = draftcalls::parseDrafts(QJsonDocument(one), &why);
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().userId, QStringLiteral("u1"));
    QCOMPARE(draftcalls::parseDrafts(QJsonDocument(QJsonObject()), &why).size(), 0);
    QVERIFY(why.isEmpty());
    draftcalls::parseDrafts(QJsonDocument(QJsonArray { QJsonObject() }), &why);
    QVERIFY(!why.isEmpty());
}

void TestDraftModels::parseDiffAndDeployment()
{
    QString why;
    const QJsonObject body {
        { QStringLiteral("diffs"), QJsonArray { QStringLiteral("--- a/x\n+++ b/x") } },
        { QStringLiteral("hosting_files_diff"),
          QJsonObject {
              { QStringLiteral("added"), QJsonArray { QStringLiteral("/a.html") } },
              { QStringLiteral("deleted"),
                QJsonArray { QJsonObject { { QStringLiteral("path"), QStringLiteral("/b") } } } },
              { QStringLiteral("modified"), QJsonArray() } } }
    };
    const DraftDiff diff = draftcalls::parseDiff(QJsonDocument(body), &why);
    QVERIFY(why.isEmpty());
    QCOMPARE(diff.changeCount(), 3);
    QCOMPARE(diff.hostingDeleted, QStringList { QStringLiteral("/b") });
    QVERIFY(draftcalls::parseDiff(
                QJsonDocument(QJsonObject { { QStringLiteral("diffs"), QJsonArray() } }), &why)
                .isEmpty());

    const Deployment d = draftcalls::parseDeployment(
        QJsonObject { { QStringLiteral("_id"), QStringLiteral("dep") },
                      { QStringLiteral("status"), QStringLiteral("pending") },
                      { QStringLiteral("deployed_at"), 1700000000 },
                      { QStringLiteral("status_error_message"), QStringLiteral("") } },
        &why);
    QVERIFY(why.isEmpty());
    QVERIFY(d.isInProgress());
    QCOMPARE(d.deployedAt, qint64(1700000000));
    draftcalls::parseDeployments(QJsonDocument(QJsonObject()), &why);
    QVERIFY(!why.isEmpty());
}

void TestDraftModels::parseUnifiedPatch()
{
    const QList<TextDiff::FilePatch> files = TextDiff::parseUnified(QString::fromUtf8(kPatch));
    QCOMPARE(files.size(), 1);
    const TextDiff::FilePatch &file = files.first();
    QCOMPARE(file.path(), QStringLiteral("functions/sum/source.js"));
    QCOMPARE(file.added, 3);
    QCOMPARE(file.removed, 2);
    QCOMPARE(file.hunks.size(), 2);
    const TextDiff::Hunk &first = file.hunks.first();
    QCOMPARE(first.lines.size(), 5);
    QCOMPARE(first.lines.at(1).op, TextDiff::Removed);
    QCOMPARE(first.lines.at(1).oldLine, 2);
    QCOMPARE(first.lines.at(2).op, TextDiff::Added);
    QCOMPARE(first.lines.at(2).newLine, 2);
    QCOMPARE(first.lines.at(4).oldLine, 3);
    QCOMPARE(first.lines.at(4).newLine, 4);
    QCOMPARE(file.hunks.at(1).lines.at(2).newLine, 22);

    // Several files, an added and a deleted one, and interleaved +/- reordered.
    const QString two = QStringLiteral("--- /dev/null\n+++ b/new.json\n@@ -0,0 +1,1 @@\n+{}\n"
                                       "--- a/gone.json\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-{}\n"
                                       "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n+A\n-a\n+B\n-b\n");
    const QList<TextDiff::FilePatch> many = TextDiff::parseUnified(two);
    QCOMPARE(many.size(), 3);
    QCOMPARE(many.at(0).oldPath, QString());
    QCOMPARE(many.at(1).newPath, QString());
    QCOMPARE(many.at(1).path(), QStringLiteral("gone.json"));
    const QList<TextDiff::Line> &run = many.at(2).hunks.first().lines;
    QCOMPARE(run.at(0).op, TextDiff::Removed);
    QCOMPARE(run.at(1).op, TextDiff::Removed);
    QCOMPARE(run.at(2).op, TextDiff::Added);
    // A removed line that reads "-- x" is content, not a new file.
    const QList<TextDiff::FilePatch> tricky = TextDiff::parseUnified(
        QStringLiteral("--- a/q.sql\n+++ b/q.sql\n@@ -1,2 +1,2 @@\n--- comment\n+++ other\n"));
    QCOMPARE(tricky.size(), 1);
    QCOMPARE(tricky.first().removed, 1);
    QCOMPARE(tricky.first().added, 1);
}

void TestDraftModels::changedWords()
{
    QList<TextDiff::Span> oldSpans, newSpans;
    TextDiff::changedWords(QStringLiteral("  return a + b;"), QStringLiteral("  return a + c;"),
                           &oldSpans, &newSpans);
    QCOMPARE(oldSpans.size(), 1);
    QCOMPARE(newSpans.size(), 1);
    QCOMPARE(QStringLiteral("  return a + b;").mid(oldSpans.first().start, oldSpans.first().length),
             QStringLiteral("b"));
    QCOMPARE(QStringLiteral("  return a + c;").mid(newSpans.first().start, newSpans.first().length),
             QStringLiteral("c"));
}

void TestDraftModels::fileModel()
{
    DraftFileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiff(sampleDiff());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.fileAt(0).path, QStringLiteral("functions/sum/source.js"));
    QCOMPARE(model.fileAt(0).added, 3);
    QCOMPARE(model.fileAt(0).removed, 2);
    QCOMPARE(model.fileAt(1).change, DraftFileModel::Change::Added);
    QCOMPARE(model.fileAt(1).path, QStringLiteral("values/limit.json"));
    QCOMPARE(model.fileAt(2).change, DraftFileModel::Change::Deleted);
    QCOMPARE(model.fileAt(2).path, QStringLiteral("values/old.json"));
    QVERIFY(model.fileAt(3).hosting);
    QCOMPARE(model.fileAt(3).path, QStringLiteral("hosting/index.html"));
    QCOMPARE(model.fileAt(4).change, DraftFileModel::Change::Modified);
    QCOMPARE(model.hostingCount(), 2);
    QCOMPARE(model.totalAdded(), 6);
    QCOMPARE(model.totalRemoved(), 3);
    QCOMPARE(model.index(0, DraftFileModel::AddedColumn).data().toString(), QStringLiteral("+3"));
    QCOMPARE(model.index(3, DraftFileModel::AddedColumn).data().toString(), QString());
    QCOMPARE(model.index(1, DraftFileModel::ChangeColumn).data().toString(),
             QStringLiteral("added"));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("HOSTING"));
    QCOMPARE(proxy.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestDraftModels::historyModel()
{
    SignedInFixture fx;
    QVERIFY(fx.start());
    // A change without a draft is a deployment of its own (origin UI); then a draft's.
    StitchFunction function = fx.fetch(*fx.other, fx.idOf(QStringLiteral("sum")));
    function.source += QStringLiteral("// direct\n");
    QVERIFY(SignedInFixture::finish(
        functioncalls::update(*fx.other->client(), fx.groupId, fx.app.id, function)));
    auto *create = draftcalls::create(*fx.other->client(), fx.groupId, fx.app.id);
    QSignalSpy created(create, &ApiJob::finished);
    QVERIFY(created.wait(30000) && create->ok());
    const QString draftId = create->result().id;
    function.source += QStringLiteral("// drafted\n");
    QVERIFY(SignedInFixture::finish(
        functioncalls::update(*fx.other->client(), fx.groupId, fx.app.id, function)));
    QVERIFY(SignedInFixture::finish(
        draftcalls::deploy(*fx.other->client(), fx.groupId, fx.app.id, draftId)));

    DeploymentListModel model(fx.session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ListFilterProxy proxy(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSelfUserId(fx.session->adminProfile().userId);
    model.reload(fx.groupId, fx.app.id);
    QTRY_VERIFY(model.hasLoaded());
    QVERIFY(model.rowCount() >= 2);
    QCOMPARE(model.columnCount(), 5);
    // Newest first: the draft's deployment.
    QCOMPARE(model.deploymentAt(0).draftId, draftId);
    QCOMPARE(model.index(0, DeploymentListModel::OriginColumn).data().toString(),
             QStringLiteral("DRAFT"));
    QCOMPARE(model.index(0, DeploymentListModel::StatusColumn).data().toString(),
             QStringLiteral("successful"));
    QCOMPARE(model.index(0, DeploymentListModel::WhoColumn).data().toString(),
             QStringLiteral("you"));
    QVERIFY(!model.index(0, DeploymentListModel::TimeColumn).data().toString().isEmpty());
    proxy.setFilterText(QStringLiteral("DRAFT"));
    QVERIFY(proxy.rowCount() >= 1);
    QVERIFY(proxy.rowCount() < model.rowCount());
    model.refresh();
    QTRY_VERIFY(!model.isLoading());
}

void TestDraftModels::diffViewOnAPatch()
{
    DiffView view;
    view.resize(900, 400);
    view.show();
    QSignalSpy ready(&view, &DiffView::diffReady);
    view.setLayout(DiffView::Layout::Unified);
    view.setPatch(QString::fromUtf8(kPatch), DiffView::syntaxFor(QStringLiteral("x.js")));
    QVERIFY(ready.wait(10000));
    QsciScintilla *unified = view.unifiedEditor();
    // Hunk one, a fold of the 16 lines between, hunk two.
    QVERIFY(unified->text().contains(QStringLiteral("16 unchanged line")));
    QCOMPARE(view.markedLineCount(unified, EditorStyle::FoldMarker), 1);
    QCOMPARE(view.markedLineCount(unified, EditorStyle::AddedMarker), 3);
    QCOMPARE(view.markedLineCount(unified, EditorStyle::RemovedMarker), 2);
    QCOMPARE(view.changeCount(), 2);
    QVERIFY(view.changedWordCount(unified) >= 2);
    QVERIFY(unified->lexer() != nullptr);
    // Both numbers in the margin: old 3 / new 4 for "};".
    const int closing = int(unified->text().split(u'\n').indexOf(QStringLiteral("};")));
    QVERIFY(closing >= 0);
    const long length = unified->SendScintilla(QsciScintilla::SCI_MARGINGETTEXT,
                                               (unsigned long)closing, (void *)nullptr);
    QByteArray margin(int(length) + 1, '\0');
    unified->SendScintilla(QsciScintilla::SCI_MARGINGETTEXT, (unsigned long)closing,
                           (void *)margin.data());
    QCOMPARE(QString::fromUtf8(margin.constData()).simplified(), QStringLiteral("3 4"));
    view.nextChange();
    const int first = view.currentChangeLine();
    view.nextChange();
    QVERIFY(view.currentChangeLine() > first);
    view.previousChange();
    QCOMPARE(view.currentChangeLine(), first);

    view.setLayout(DiffView::Layout::SideBySide);
    QCOMPARE(view.leftEditor()->lines(), view.rightEditor()->lines());
    QCOMPARE(view.markedLineCount(view.leftEditor(), EditorStyle::FoldMarker), 1);
    QCOMPARE(view.markedLineCount(view.leftEditor(), EditorStyle::ChangedMarker), 2);
    QCOMPARE(view.markedLineCount(view.rightEditor(), EditorStyle::AddedMarker), 1);
    QCOMPARE(view.markedLineCount(view.leftEditor(), EditorStyle::FillerMarker), 1);
    QVERIFY(view.leftEditor()->text().contains(QStringLiteral("const y = 2;")));
    QVERIFY(view.rightEditor()->text().contains(QStringLiteral("const y = 3;")));
    QCOMPARE(view.changeCount(), 2);

    view.showMessage(QStringLiteral("nothing"));
    QCOMPARE(view.changeCount(), 0);
    QCOMPARE(view.leftEditor()->text(), QStringLiteral("nothing"));
}

QTEST_MAIN(TestDraftModels)
#include "tst_draftmodels.moc"
