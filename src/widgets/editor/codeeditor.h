#pragma once

#include <Qsci/qsciscintilla.h>

#include <QMap>

class ContextApis;
class FindReplaceBar;
class GoToLineDialog;
class QsciLexerJavaScript;
class QAction;
class QsciStyle;

//! The JavaScript editor of Stitch functions: palette-coloured highlighting, line numbers,
//! folding, brace matching, 2-space indentation, find/replace (Ctrl+F, Ctrl+H, F3), go to line
//! (Ctrl+G), comment toggle (Ctrl+/), completion of the function context API and of the app's
//! function and value names, and error lines marked in the margin.
class CodeEditor : public QsciScintilla
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    //! Names offered inside context.functions.execute("…") and context.values.get("…").
    void setCompletionNames(const QStringList &functionNames, const QStringList &valueNames);
    //! The app's uploaded packages, which completion offers inside require('…').
    void setPackageNames(const QStringList &packageNames);
    //! What completion would offer at the cursor now, sorted.
    QStringList completionList();

    //! Marks a line counted from 1 (as error messages count) and shows \a message under it.
    void markErrorLine(int lineNumber, const QString &message);
    void clearErrorMarks();
    //! Lines (from 1) that carry an error mark now; marks move with edits.
    QList<int> errorLines() const;
    //! The syntax check's mark: one line at most, kept apart from a run's error marks so that
    //! each clears on its own. The message shows under the line.
    void markSyntaxError(int lineNumber, const QString &message);
    void clearSyntaxError();
    //! The line (from 1) of the syntax mark, 0 when there is none.
    int syntaxErrorLine() const;

    //! Moves the cursor to the start of a line counted from 1 and shows it.
    void goToLine(int lineNumber);
    //! Comments out the selected lines (or the cursor's line) with //, or uncomments them when
    //! every non-blank one is already commented.
    void toggleComment();
    void showFind();
    void showReplace();
    void showGoToLine();

    FindReplaceBar *findReplaceBar() const { return m_findBar; }
    GoToLineDialog *goToLineDialog() const { return m_goToLine; }
    QsciLexerJavaScript *javaScriptLexer() const { return m_lexer; }

protected:
    QStringList apiContext(int pos, int &contextStart, int &lastWordStart) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyPalette();
    QAction *addShortcut(const QKeySequence &key);
    void layoutFindBar();
    void onCharAdded(int character);
    //! Squiggles the text of a line (0-based), leading and trailing blanks left out.
    void underlineLine(int line, int indicator);

    QsciLexerJavaScript *m_lexer;
    ContextApis *m_apis;
    FindReplaceBar *m_findBar;
    GoToLineDialog *m_goToLine = nullptr;
    QsciStyle *m_annotationStyle;
};
