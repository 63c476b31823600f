// DiffView on a diff large enough to be applied in many slices (12,000+ lines): when it says it
// is ready, every line number, marker, fold line and changed-word highlight is in the editor,
// in both layouts, also when the layout changes half-way, a new diff replaces one being
// applied, or the palette changes afterwards. Results, not timings (those are in
// bench_draftdiff).

#include <widgets/editor/diffview.h>
#include <widgets/editor/editorstyle.h>

#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qsciscintilla.h>

#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int Files = 400;

//! Files patches, each one hunk at line 5 (a fold of 4 unchanged lines above it) with a
//! changed line (two changed words) and a removed line beside an added one (side by side: two
//! changed rows), two runs of changes: 2 fold lines per file.
QString largePatch(int files = Files)
{
    QString patch;
    for (int f = 0; f < files; ++f) {
        patch += QStringLiteral("--- a/functions/f%1/source.js\n+++ b/functions/f%1/source.js\n"
                                "@@ -5,6 +5,6 @@\n"
                                " exports = function(arg) {\n"
                                "-  let total = %1; // old\n"
                                "+  let total = %2; // new\n"
                                "   total += 1;\n"
                                "-  gone();\n"
                                "+  added();\n"
                                "   return total;\n"
                                " };\n")
                     .arg(f)
                     .arg(f + 1);
    }
    return patch;
}

//! Shows view in layout and starts the large patch; true once its first slice is in.
bool startLarge(DiffView &view, DiffView::Layout layout)
{
    view.resize(900, 500);
    view.show();
    view.setLayout(layout);
    QSignalSpy first(&view, &DiffView::firstSliceShown);
    view.setPatch(largePatch(), DiffView::Syntax::JavaScript);
    return first.wait(20000) && first.count() == 1;
}

void waitReady(DiffView &view)
{
    QTRY_VERIFY_WITH_TIMEOUT(view.isDiffReady(), 20000);
}

} // namespace

class TestDiffViewSlices : public QObject
{
    Q_OBJECT
private slots:
    void everythingAppliedInBothLayouts();
    void layoutSwitchedHalfWay();
    void newDiffReplacesOneBeingApplied();
    void paletteChangeKeepsTheMarks();

private:
    void verifyApplied(DiffView &view, QsciScintilla *side, int foldLines);
};

void TestDiffViewSlices::verifyApplied(DiffView &view, QsciScintilla *side, int foldLines)
{
    QVERIFY(view.changedWordCount(side) > 0);
    QCOMPARE(view.indicatedWordCount(side), view.changedWordCount(side));
    QVERIFY(view.expectedNumberedLineCount(side) > 1000);
    QCOMPARE(view.numberedLineCount(side), view.expectedNumberedLineCount(side));
    QCOMPARE(view.markedLineCount(side, EditorStyle::FoldMarker), foldLines);
    // The last line is decorated too (the slices reached the end).
    const int last = side->lines() - 1;
    QVERIFY(side->markersAtLine(last) != 0 || !side->text(last).trimmed().isEmpty());
}

void TestDiffViewSlices::everythingAppliedInBothLayouts()
{
    DiffView view;
    QSignalSpy ready(&view, &DiffView::diffReady);
    QVERIFY(startLarge(view, DiffView::Layout::Unified));
    QVERIFY(ready.count() == 1 || ready.wait(20000));
    QVERIFY(view.isDiffReady());

    QsciScintilla *unified = view.unifiedEditor();
    // 8 lines a file (7 of the hunk, the changed line as - and +) plus 2 fold lines.
    QCOMPARE(unified->lines(), Files * 10);
    verifyApplied(view, unified, 2 * Files);
    QCOMPARE(view.markedLineCount(unified, EditorStyle::AddedMarker), 2 * Files);
    QCOMPARE(view.markedLineCount(unified, EditorStyle::RemovedMarker), 2 * Files);
    QVERIFY(unified->text().contains(QStringLiteral("let total = 400; // new")));
    // The document loaded on the worker thread is the editor's, whole, read-only and coloured
    // by the JavaScript lexer.
    QCOMPARE(unified->SendScintilla(QsciScintilla::SCI_GETLENGTH),
             long(unified->text().toUtf8().size()));
    QVERIFY(unified->isReadOnly());
    unified->SendScintilla(QsciScintilla::SCI_COLOURISE, 0L, -1L);
    const long at = unified->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE,
                                           (unsigned long)(unified->lines() - 2));
    const int keyword = unified->text(unified->lines() - 2).indexOf(QStringLiteral("return"));
    QVERIFY(keyword >= 0);
    QCOMPARE(unified->SendScintilla(QsciScintilla::SCI_GETSTYLEAT, at + keyword),
             long(QsciLexerJavaScript::Keyword));

    view.setLayout(DiffView::Layout::SideBySide);
    waitReady(view);
    QCOMPARE(view.leftEditor()->lines(), view.rightEditor()->lines());
    verifyApplied(view, view.leftEditor(), 2 * Files);
    verifyApplied(view, view.rightEditor(), 2 * Files);
    QCOMPARE(view.markedLineCount(view.leftEditor(), EditorStyle::ChangedMarker), 2 * Files);
    QCOMPARE(view.markedLineCount(view.rightEditor(), EditorStyle::ChangedMarker), 2 * Files);
    QCOMPARE(view.changeCount(), 2 * Files); // two runs a file
}

void TestDiffViewSlices::layoutSwitchedHalfWay()
{
    DiffView view;
    QVERIFY(startLarge(view, DiffView::Layout::Unified));
    // Only the lines on screen are in; switch away and back before the rest is.
    QVERIFY(!view.isDiffReady());
    view.setLayout(DiffView::Layout::SideBySide);
    QVERIFY(!view.isDiffReady());
    view.setLayout(DiffView::Layout::Unified);
    waitReady(view);
    verifyApplied(view, view.unifiedEditor(), 2 * Files);
    view.setLayout(DiffView::Layout::SideBySide);
    waitReady(view);
    verifyApplied(view, view.leftEditor(), 2 * Files);
    verifyApplied(view, view.rightEditor(), 2 * Files);
}

void TestDiffViewSlices::newDiffReplacesOneBeingApplied()
{
    DiffView view;
    QVERIFY(startLarge(view, DiffView::Layout::Unified));
    QVERIFY(!view.isDiffReady());
    // A small diff while the large one is still being applied: nothing of the large one stays.
    QSignalSpy ready(&view, &DiffView::diffReady);
    view.setPatch(largePatch(3), DiffView::Syntax::JavaScript);
    QVERIFY(ready.wait(20000));
    QsciScintilla *unified = view.unifiedEditor();
    QCOMPARE(unified->lines(), 3 * 10);
    QCOMPARE(view.markedLineCount(unified, EditorStyle::FoldMarker), 2 * 3);
    QCOMPARE(view.markedLineCount(unified, EditorStyle::AddedMarker), 2 * 3);
    QCOMPARE(view.indicatedWordCount(unified), view.changedWordCount(unified));
    // No highlight beyond the small diff's own words.
    int runs = 0;
    for (int indicator : { EditorStyle::RemovedWordIndicator, EditorStyle::AddedWordIndicator }) {
        long pos = 0;
        const long length = unified->SendScintilla(QsciScintilla::SCI_GETLENGTH);
        while (pos < length) {
            const long end = unified->SendScintilla(QsciScintilla::SCI_INDICATOREND,
                                                    (unsigned long)indicator, pos);
            if (unified->SendScintilla(QsciScintilla::SCI_INDICATORVALUEAT,
                                       (unsigned long)indicator, pos))
                ++runs;
            if (end <= pos)
                break;
            pos = end;
        }
    }
    QCOMPARE(runs, view.changedWordCount(unified));

    view.showMessage(QStringLiteral("No changes"));
    QCOMPARE(unified->text(), QStringLiteral("No changes"));
    QCOMPARE(view.markedLineCount(unified, EditorStyle::FoldMarker), 0);
    QCOMPARE(view.changeCount(), 0);
}

void TestDiffViewSlices::paletteChangeKeepsTheMarks()
{
    DiffView view;
    QSignalSpy ready(&view, &DiffView::diffReady);
    QVERIFY(startLarge(view, DiffView::Layout::SideBySide));
    QVERIFY(ready.count() == 1 || ready.wait(20000));
    QPalette dark = view.palette();
    dark.setColor(QPalette::Base, Qt::black);
    dark.setColor(QPalette::Text, Qt::white);
    view.setPalette(dark);
    QVERIFY(view.isDiffReady());
    verifyApplied(view, view.leftEditor(), 2 * Files);
    verifyApplied(view, view.rightEditor(), 2 * Files);
    // The new colours are the view's (black paper, as BGR 0), the marks still the document's.
    QCOMPARE(view.leftEditor()->SendScintilla(QsciScintilla::SCI_STYLEGETBACK,
                                              (unsigned long)QsciScintilla::STYLE_DEFAULT),
             0L);
}

QTEST_MAIN(TestDiffViewSlices)
#include "tst_diffviewslices.moc"
