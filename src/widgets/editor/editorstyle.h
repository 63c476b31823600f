#pragma once

#include <QColor>

class QFont;
class QPalette;
class QsciLexer;
class QsciScintilla;

//! Colours and settings shared by the editors, derived from the widget's palette so that a dark
//! palette gives a dark editor and every text colour keeps its contrast against the paper.
namespace EditorStyle {

enum Numbers {
    ErrorMarker = 8, // marker number, below the folding markers (25..31)
    AddedMarker = 9,
    RemovedMarker = 10,
    ChangedMarker = 11,
    FillerMarker = 12,
    FoldMarker = 13, // a folded run of unchanged lines in a diff
    SyntaxMarker = 14, // the syntax check's line, apart from a run's error marks
    ErrorIndicator = 20, // container indicators start at 8
    RemovedWordIndicator = 21,
    AddedWordIndicator = 22,
    SyntaxIndicator = 23,
    SymbolMargin = 1,
};

struct Scheme
{
    bool dark = false;
    QColor paper, text, comment, keyword, keyword2, string, number, regex, operatorColor, error;
    QColor margin, marginText, currentLine, selection, selectionText, brace;
    QColor added, removed, changed, filler; // line backgrounds
};

Scheme fromPalette(const QPalette &palette);
//! Blends \a from towards \a to by \a amount (0..1).
QColor mix(const QColor &from, const QColor &to, qreal amount);
//! Gives every style of \a lexer the paper, text colour and font; lexer-specific colours follow.
void applyBase(QsciLexer *lexer, const Scheme &scheme, const QFont &font);
//! Margins, caret, selection, braces, folding and the error marker of \a editor.
void applyEditor(QsciScintilla *editor, const Scheme &scheme, const QFont &font);
//! The font every editor uses: the system's fixed font.
QFont editorFont();
//! Sizes the line-number margin for the current line count.
void fitLineNumberMargin(QsciScintilla *editor);

} // namespace EditorStyle
