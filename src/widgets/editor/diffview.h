#pragma once

#include "scidocument.h"

#include <models/json/textdiff.h>

#include <QWidget>

#include <functional>

template<typename T> class QFutureWatcher;
class QLabel;
class QStackedWidget;
class QsciLexer;
class QsciScintilla;

//! A read-only diff in two layouts: two texts side by side, scrolling together, with filler
//! lines where the other side has lines this one lacks, or one unified column with the line
//! numbers of both sides. Removed, added and changed lines are highlighted, and so are the words
//! that changed inside a changed line; unchanged regions a patch leaves out show as one folded
//! line with their count. F7 / Shift+F7 go to the next / previous change. Everything is
//! computed on a worker thread, down to the QScintilla documents holding the text; the UI thread
//! swaps a document in and then applies margins, markers and word highlights in slices of at
//! most a few milliseconds, the top (what shows first) at once. QScintilla colours lazily, only
//! what is on screen.
class DiffView : public QWidget
{
    Q_OBJECT
public:
    enum class Layout { SideBySide, Unified };
    enum class Syntax { Plain, Json, JavaScript };

    explicit DiffView(QWidget *parent = nullptr);

    //! Left is "Your version", right "Server version" unless titles are given. The diff is
    //! computed on a worker thread; diffReady() says when both sides show it.
    void setTexts(const QString &leftText, const QString &rightText);
    //! Shows unified-diff text (one or more files, e.g. a draft's diff from the server): only
    //! the hunks, with the regions between them folded. Computed on a worker thread.
    void setPatch(const QString &unifiedDiff, Syntax syntax = Syntax::Plain);
    //! Empties the view (e.g. a hosting file, whose content the diff does not carry), showing
    //! \a message in both layouts.
    void showMessage(const QString &message);
    //! Whether the latest diff is computed and fully shown in the current layout (every slice
    //! of margins and marks).
    bool isDiffReady() const;
    void setTitles(const QString &leftTitle, const QString &rightTitle);

    void setLayout(Layout layout);
    Layout layout() const { return m_layout; }
    void setSyntax(Syntax syntax);
    //! The colouring a file path asks for (.json, .js).
    static Syntax syntaxFor(const QString &path);

    QString leftText() const { return m_leftText; }
    QString rightText() const { return m_rightText; }
    //! The difference as unified-diff text, from the left text to the right one.
    QString unifiedText() const;

    QsciScintilla *leftEditor() const { return m_left; }
    QsciScintilla *rightEditor() const { return m_right; }
    QsciScintilla *unifiedEditor() const { return m_unified; }
    //! Lines of one side that carry \a marker (EditorStyle::AddedMarker, ...).
    int markedLineCount(const QsciScintilla *side, int marker) const;
    //! How many runs of changes the diff has (what F7 steps through).
    int changeCount() const;
    //! The line (of the current layout's editor) the last next/previousChange went to; -1 none.
    int currentChangeLine() const { return m_changeLine; }
    //! Spans marked as changed words in \a side (for tests): their total count.
    int changedWordCount(const QsciScintilla *side) const;
    //! Of those spans, how many \a side's editor shows highlighted, first to last byte.
    int indicatedWordCount(const QsciScintilla *side) const;
    //! Lines of \a side whose margin shows the line number(s) they should.
    int numberedLineCount(const QsciScintilla *side) const;
    //! Lines of \a side that should show line number(s).
    int expectedNumberedLineCount(const QsciScintilla *side) const;

    //! One editor's content, made on the worker thread.
    struct Pane
    {
        QByteArray utf8; // the text, until it is loaded into document (on the worker thread)
        SciDocument document;
        int lineCount = 0;
        QStringList margins; // per line; empty: none
        QList<QPair<int, int>> markers; // line, marker
        QList<QPair<int, int>> removedWords; // UTF-8 byte position, byte length
        QList<QPair<int, int>> addedWords;
        QList<int> changeStarts; // first line of each run of changes
        int marginWidth = 2; // characters
    };
    struct Result
    {
        Pane left;
        Pane right;
        Pane unified;
    };

public slots:
    void nextChange();
    void previousChange();

signals:
    //! The first slice of the latest diff is in the editor (what shows first: the top lines
    //! with their margins, marks and word highlights); the rest follows in slices.
    void firstSliceShown();
    void diffReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    QsciScintilla *makeSide(QWidget *parent);
    void applyPalette();
    void fill();
    void showPane(QsciScintilla *editor, Pane &pane);
    void decoratePane(QsciScintilla *editor, const Pane &pane, int from, int to);
    void decorate(int serial);
    void scheduleDecorate();
    void run(std::function<Result()> work);
    void setResult(Result result);
    void applyMarginWidths();
    QsciScintilla *currentEditor() const;
    const Pane &currentPane() const;
    const Pane &paneOf(const QsciScintilla *side) const;
    void goToChange(bool forward);

    QStackedWidget *m_stack;
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QsciScintilla *m_left;
    QsciScintilla *m_right;
    QsciScintilla *m_unified;
    QString m_leftText;
    QString m_rightText;
    Result m_result;
    Layout m_layout = Layout::SideBySide;
    Syntax m_syntax = Syntax::Plain;
    bool m_ready = true;
    // Per layout (index int(Layout)): whether its editors show m_result's documents, and how
    // many of their lines have their margins, markers and words applied.
    bool m_shown[2] = { false, false };
    int m_decorated[2] = { 0, 0 };
    int m_generation = 0;
    int m_changeLine = -1;
    int m_fillSerial = 0;
    bool m_decorating = false; // a slice is scheduled
    bool m_firstSliceDone = true; // firstSliceShown() emitted for m_result
    bool m_announce = false; // emit diffReady() when the current layout is fully decorated
};
