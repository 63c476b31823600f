// CodeEditor's editing commands: error marks, go to line, comment toggle, find bar.
#include "codeeditor.h"

#include "editorstyle.h"
#include "findreplacebar.h"
#include "gotolinedialog.h"

#include <Qsci/qscistyle.h>

void CodeEditor::markErrorLine(int lineNumber, const QString &message)
{
    const int line = qBound(0, lineNumber - 1, qMax(0, lines() - 1));
    markerAdd(line, EditorStyle::ErrorMarker);
    underlineLine(line, EditorStyle::ErrorIndicator);
    if (!message.isEmpty())
        annotate(line, message, *m_annotationStyle);
}

void CodeEditor::underlineLine(int line, int indicator)
{
    const QString lineText = text(line);
    int first = 0;
    while (first < lineText.size() && lineText.at(first).isSpace())
        ++first;
    int last = int(lineText.size());
    while (last > first && lineText.at(last - 1).isSpace())
        --last;
    if (last > first)
        fillIndicatorRange(line, first, line, last, indicator);
}

void CodeEditor::markSyntaxError(int lineNumber, const QString &message)
{
    clearSyntaxError();
    const int line = qBound(0, lineNumber - 1, qMax(0, lines() - 1));
    markerAdd(line, EditorStyle::SyntaxMarker);
    underlineLine(line, EditorStyle::SyntaxIndicator);
    // A run's message on the same line stays; the syntax message is the newer news otherwise.
    if (!message.isEmpty() && !(markersAtLine(line) & (1 << EditorStyle::ErrorMarker)))
        annotate(line, message, *m_annotationStyle);
}

void CodeEditor::clearSyntaxError()
{
    const int line = syntaxErrorLine() - 1;
    if (line < 0)
        return;
    markerDeleteAll(EditorStyle::SyntaxMarker);
    const int last = qMax(0, lines() - 1);
    clearIndicatorRange(0, 0, last, int(text(last).size()), EditorStyle::SyntaxIndicator);
    if (!(markersAtLine(line) & (1 << EditorStyle::ErrorMarker)))
        clearAnnotations(line);
}

int CodeEditor::syntaxErrorLine() const
{
    return markerFindNext(0, 1 << EditorStyle::SyntaxMarker) + 1;
}

void CodeEditor::clearErrorMarks()
{
    markerDeleteAll(EditorStyle::ErrorMarker);
    const int last = qMax(0, lines() - 1);
    clearIndicatorRange(0, 0, last, int(text(last).size()), EditorStyle::ErrorIndicator);
    clearAnnotations();
}

QList<int> CodeEditor::errorLines() const
{
    QList<int> result;
    int line = -1;
    while ((line = markerFindNext(line + 1, 1 << EditorStyle::ErrorMarker)) >= 0)
        result.append(line + 1);
    return result;
}

void CodeEditor::goToLine(int lineNumber)
{
    const int line = qBound(0, lineNumber - 1, qMax(0, lines() - 1));
    setCursorPosition(line, 0);
    ensureLineVisible(line);
    setFocus(Qt::OtherFocusReason);
}

void CodeEditor::toggleComment()
{
    int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
    const bool selection = hasSelectedText();
    if (selection) {
        getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
        // A selection that ends at the start of a line does not take that line.
        if (indexTo == 0 && lineTo > lineFrom)
            --lineTo;
    } else {
        getCursorPosition(&lineFrom, &indexFrom);
        lineTo = lineFrom;
    }

    bool allCommented = true;
    bool anyText = false;
    int column = INT_MAX;
    for (int line = lineFrom; line <= lineTo; ++line) {
        const QString trimmed = text(line).trimmed();
        if (trimmed.isEmpty())
            continue;
        anyText = true;
        allCommented = allCommented && trimmed.startsWith(QLatin1String("//"));
        column = qMin(column, indentation(line));
    }
    if (!anyText)
        return;

    beginUndoAction();
    for (int line = lineFrom; line <= lineTo; ++line) {
        if (text(line).trimmed().isEmpty())
            continue;
        if (allCommented) {
            const long position = SendScintilla(SCI_GETLINEINDENTPOSITION, line);
            const bool space = SendScintilla(SCI_GETCHARAT, position + 2) == ' ';
            SendScintilla(SCI_DELETERANGE, position, space ? 3 : 2);
        } else {
            // The marks line up at the least indented line, as editors usually do.
            const long position = SendScintilla(SCI_FINDCOLUMN, line, column);
            SendScintilla(SCI_INSERTTEXT, position, "// ");
        }
    }
    endUndoAction();
    if (selection) {
        QString last = text(lineTo);
        while (last.endsWith(QLatin1Char('\n')) || last.endsWith(QLatin1Char('\r')))
            last.chop(1);
        setSelection(lineFrom, 0, lineTo, int(last.size()));
    }
}

void CodeEditor::showFind()
{
    m_findBar->open(false);
}

void CodeEditor::showReplace()
{
    m_findBar->open(true);
}

void CodeEditor::showGoToLine()
{
    if (!m_goToLine) {
        m_goToLine = new GoToLineDialog(this);
        connect(m_goToLine, &QDialog::accepted, this,
                [this] { goToLine(m_goToLine->lineNumber()); });
    }
    int line = 0, index = 0;
    getCursorPosition(&line, &index);
    m_goToLine->setRange(line + 1, lines());
    // open(), not exec(): no nested event loop on the UI thread.
    m_goToLine->open();
}
