#include "editorstyle.h"

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

#include <QFontDatabase>
#include <QPalette>

namespace EditorStyle {

namespace {

// A hue at a lightness chosen against the paper: light on dark paper, dark on light paper.
QColor accent(bool dark, int hue, int saturation = 170)
{
    return dark ? QColor::fromHsl(hue, saturation, 175) : QColor::fromHsl(hue, saturation + 40, 85);
}

QColor tint(const Scheme &scheme, int hue)
{
    return mix(scheme.paper, QColor::fromHsl(hue, 200, 128), scheme.dark ? 0.28 : 0.22);
}

} // namespace

QColor mix(const QColor &from, const QColor &to, qreal amount)
{
    const auto blend = [amount](qreal a, qreal b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(blend(from.redF(), to.redF())),
                            float(blend(from.greenF(), to.greenF())),
                            float(blend(from.blueF(), to.blueF())));
}

Scheme fromPalette(const QPalette &palette)
{
    Scheme s;
    s.paper = palette.color(QPalette::Active, QPalette::Base);
    s.text = palette.color(QPalette::Active, QPalette::Text);
    s.dark = s.paper.lightnessF() < s.text.lightnessF();
    s.comment = mix(s.text, s.paper, 0.42);
    s.keyword = accent(s.dark, 220);
    s.keyword2 = accent(s.dark, 180, 140);
    s.string = accent(s.dark, 110, 120);
    s.number = accent(s.dark, 28);
    s.regex = accent(s.dark, 320, 120);
    s.operatorColor = mix(s.text, s.keyword, 0.25);
    s.error = s.dark ? QColor::fromHsl(0, 200, 160) : QColor::fromHsl(0, 200, 100);
    s.margin = mix(palette.color(QPalette::Active, QPalette::Window), s.paper, 0.35);
    s.marginText = mix(s.text, s.margin, 0.5);
    s.currentLine = mix(s.paper, s.text, 0.06);
    s.selection = palette.color(QPalette::Active, QPalette::Highlight);
    s.selectionText = palette.color(QPalette::Active, QPalette::HighlightedText);
    s.brace = mix(s.paper, s.selection, 0.35);
    s.added = tint(s, 120);
    s.removed = tint(s, 0);
    s.changed = tint(s, 45);
    s.filler = mix(s.paper, s.text, 0.1);
    return s;
}

QFont editorFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Where the platform names no fixed font, the hint still finds a monospace one.
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    return font;
}

void applyBase(QsciLexer *lexer, const Scheme &scheme, const QFont &font)
{
    lexer->setDefaultPaper(scheme.paper);
    lexer->setDefaultColor(scheme.text);
    lexer->setDefaultFont(font);
    lexer->setPaper(scheme.paper, -1);
    lexer->setColor(scheme.text, -1);
    lexer->setFont(font, -1);
}

void applyEditor(QsciScintilla *editor, const Scheme &scheme, const QFont &font)
{
    editor->setPaper(scheme.paper);
    editor->setColor(scheme.text);
    editor->setMarginsFont(font);
    editor->setMarginsBackgroundColor(scheme.margin);
    editor->setMarginsForegroundColor(scheme.marginText);
    editor->setFoldMarginColors(scheme.margin, scheme.margin);
    editor->setCaretForegroundColor(scheme.text);
    editor->setCaretLineBackgroundColor(scheme.currentLine);
    editor->setSelectionBackgroundColor(scheme.selection);
    editor->setSelectionForegroundColor(scheme.selectionText);
    editor->setMatchedBraceBackgroundColor(scheme.brace);
    editor->setMatchedBraceForegroundColor(scheme.text);
    editor->setUnmatchedBraceBackgroundColor(scheme.paper);
    editor->setUnmatchedBraceForegroundColor(scheme.error);
    editor->setIndentationGuidesForegroundColor(scheme.filler);
    editor->setIndentationGuidesBackgroundColor(scheme.paper);
    // Folding markers draw with the margin colours so they read in both palettes.
    for (int marker = int(QsciScintilla::SC_MARKNUM_FOLDEREND);
         marker <= int(QsciScintilla::SC_MARKNUM_FOLDEROPEN); ++marker) {
        editor->setMarkerForegroundColor(scheme.margin, marker);
        editor->setMarkerBackgroundColor(scheme.marginText, marker);
    }
    editor->setMarkerBackgroundColor(scheme.error, ErrorMarker);
    editor->setMarkerForegroundColor(scheme.error, ErrorMarker);
    editor->setIndicatorForegroundColor(scheme.error, ErrorIndicator);
    editor->setMarkerBackgroundColor(scheme.error, SyntaxMarker);
    editor->setMarkerForegroundColor(scheme.error, SyntaxMarker);
    editor->setIndicatorForegroundColor(scheme.error, SyntaxIndicator);
    fitLineNumberMargin(editor);
}

void fitLineNumberMargin(QsciScintilla *editor)
{
    const int digits = int(QString::number(qMax(1, editor->lines())).size());
    editor->setMarginWidth(0, QString(qMax(2, digits) + 1, QLatin1Char('9')));
}

} // namespace EditorStyle
