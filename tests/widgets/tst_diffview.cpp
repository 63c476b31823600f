#include <models/json/textdiff.h>
#include <widgets/editor/diffview.h>
#include <widgets/editor/editorstyle.h>

#include <Qsci/qsciscintilla.h>

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

namespace {

bool setTextsAndWait(DiffView &view, const QString &left, const QString &right)
{
    QSignalSpy ready(&view, &DiffView::diffReady);
    view.setTexts(left, right);
    return !view.isDiffReady() && ready.wait(10000) && view.isDiffReady();
}

} // namespace

class TestDiffView : public QObject
{
    Q_OBJECT
private slots:
    void highlightedCounts_data();
    void highlightedCounts();
    void alignedAndScrollingTogether();
    void unifiedText();
    void onlyTheLatestTextsShow();
};

void TestDiffView::highlightedCounts_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("changed");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("added");

    QTest::newRow("identical") << "a\nb\n"
                               << "a\nb\n"
                               << 0 << 0 << 0;
    QTest::newRow("one changed") << "a\nb\nc\n"
                                 << "a\nB\nc\n"
                                 << 1 << 0 << 0;
    QTest::newRow("two removed") << "a\nb\nc\nd\n"
                                 << "a\nd\n"
                                 << 0 << 2 << 0;
    QTest::newRow("three added") << "a\n"
                                 << "a\nx\ny\nz\n"
                                 << 0 << 0 << 3;
    QTest::newRow("changed and more added") << "a\nb\nc\n"
                                            << "a\nB\nB2\nB3\nc\n"
                                            << 1 << 0 << 2;
    QTest::newRow("left empty") << ""
                                << "x\ny\n"
                                << 0 << 0 << 2;
}

void TestDiffView::highlightedCounts()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(int, changed);
    QFETCH(int, removed);
    QFETCH(int, added);

    DiffView view;
    QVERIFY(setTextsAndWait(view, left, right));
    QsciScintilla *l = view.leftEditor();
    QsciScintilla *r = view.rightEditor();
    QCOMPARE(view.markedLineCount(l, EditorStyle::ChangedMarker), changed);
    QCOMPARE(view.markedLineCount(r, EditorStyle::ChangedMarker), changed);
    QCOMPARE(view.markedLineCount(l, EditorStyle::RemovedMarker), removed);
    QCOMPARE(view.markedLineCount(r, EditorStyle::AddedMarker), added);
    QCOMPARE(view.markedLineCount(l, EditorStyle::AddedMarker), 0);
    QCOMPARE(view.markedLineCount(r, EditorStyle::RemovedMarker), 0);
    // Filler lines face the other side's extra lines.
    QCOMPARE(view.markedLineCount(l, EditorStyle::FillerMarker), added);
    QCOMPARE(view.markedLineCount(r, EditorStyle::FillerMarker), removed);
    // The counts agree with TextDiff: every removed or added line is highlighted somewhere.
    const QList<TextDiff::Line> diff = TextDiff::compute(left, right);
    QCOMPARE(changed + removed, TextDiff::count(diff, TextDiff::Removed));
    QCOMPARE(changed + added, TextDiff::count(diff, TextDiff::Added));
    QVERIFY(l->isReadOnly());
    QVERIFY(r->isReadOnly());
}

void TestDiffView::alignedAndScrollingTogether()
{
    QStringList left, right;
    for (int i = 0; i < 300; ++i) {
        left.append(QStringLiteral("line %1").arg(i));
        if (i % 50 != 0)
            right.append(QStringLiteral("line %1").arg(i));
        if (i % 70 == 0)
            right.append(QStringLiteral("inserted %1").arg(i));
    }
    DiffView view;
    view.resize(800, 300);
    QVERIFY(setTextsAndWait(view, left.join(u'\n'), right.join(u'\n')));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.leftEditor()->lines(), view.rightEditor()->lines());
    // Line numbers in the margin are the real ones, not the aligned rows.
    const auto marginText = [](QsciScintilla *side, int line) {
        char text[32] = {};
        side->SendScintilla(QsciScintilla::SCI_MARGINGETTEXT, line, text);
        return QString::fromUtf8(text);
    };
    QCOMPARE(marginText(view.leftEditor(), 0), QStringLiteral("1"));
    // "inserted 70" on the right faces a filler row on the left, without a number.
    QVERIFY(view.leftEditor()->markersAtLine(71) & (1 << EditorStyle::FillerMarker));
    QCOMPARE(marginText(view.leftEditor(), 71), QString());
    QCOMPARE(marginText(view.leftEditor(), 72), QStringLiteral("72"));
    QVERIFY(view.rightEditor()->markersAtLine(0) & (1 << EditorStyle::ChangedMarker));
    view.leftEditor()->verticalScrollBar()->setValue(120);
    QTRY_COMPARE(view.rightEditor()->firstVisibleLine(), 120);
    view.rightEditor()->verticalScrollBar()->setValue(40);
    QTRY_COMPARE(view.leftEditor()->firstVisibleLine(), 40);
}

void TestDiffView::unifiedText()
{
    DiffView view;
    QVERIFY(setTextsAndWait(view, QStringLiteral("a\nb\n"), QStringLiteral("a\nc\n")));
    QCOMPARE(view.unifiedText(),
             QStringLiteral("--- Your version\n+++ Server version\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n"));
}

void TestDiffView::onlyTheLatestTextsShow()
{
    DiffView view;
    QSignalSpy ready(&view, &DiffView::diffReady);
    view.setTexts(QStringLiteral("old\n"), QStringLiteral("first\n"));
    view.setTexts(QStringLiteral("old\n"), QStringLiteral("old\nsecond\n"));
    QVERIFY(ready.wait());
    QTRY_VERIFY(view.isDiffReady());
    QCOMPARE(view.rightEditor()->text(), QStringLiteral("old\nsecond"));
    QCOMPARE(view.markedLineCount(view.rightEditor(), EditorStyle::AddedMarker), 1);
    QCOMPARE(ready.size(), 1); // the superseded diff never reached the view
}

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
