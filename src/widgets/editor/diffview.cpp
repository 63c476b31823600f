#include "diffview.h"

#include "editorstyle.h"

#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>

namespace {

void syncScrollBars(QScrollBar *a, QScrollBar *b)
{
    // setValue() emits nothing when the value is unchanged, so the pair does not ping-pong.
    QObject::connect(a, &QScrollBar::valueChanged, b, &QScrollBar::setValue);
    QObject::connect(b, &QScrollBar::valueChanged, a, &QScrollBar::setValue);
}

void setLexerColours(QsciLexer *lexer, const EditorStyle::Scheme &s, const QFont &font)
{
    if (!lexer)
        return;
    EditorStyle::applyBase(lexer, s, font);
    if (auto *json = qobject_cast<QsciLexerJSON *>(lexer)) {
        json->setColor(s.number, QsciLexerJSON::Number);
        json->setColor(s.string, QsciLexerJSON::String);
        json->setColor(s.keyword, QsciLexerJSON::Property);
        json->setColor(s.regex, QsciLexerJSON::EscapeSequence);
        json->setColor(s.operatorColor, QsciLexerJSON::Operator);
        json->setColor(s.keyword2, QsciLexerJSON::Keyword);
        json->setColor(s.comment, QsciLexerJSON::CommentLine);
        json->setColor(s.comment, QsciLexerJSON::CommentBlock);
    } else if (auto *js = qobject_cast<QsciLexerJavaScript *>(lexer)) {
        for (int style : { QsciLexerJavaScript::Comment, QsciLexerJavaScript::CommentLine,
                           QsciLexerJavaScript::CommentDoc })
            js->setColor(s.comment, style);
        js->setColor(s.number, QsciLexerJavaScript::Number);
        js->setColor(s.keyword, QsciLexerJavaScript::Keyword);
        for (int style :
             { QsciLexerJavaScript::DoubleQuotedString, QsciLexerJavaScript::SingleQuotedString })
            js->setColor(s.string, style);
        js->setColor(s.regex, QsciLexerJavaScript::Regex);
        js->setColor(s.operatorColor, QsciLexerJavaScript::Operator);
    }
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_leftTitle(new QLabel(tr("Your version")))
    , m_rightTitle(new QLabel(tr("Server version")))
{
    auto *sideBySide = new QWidget(m_stack);
    m_left = makeSide(sideBySide);
    m_right = makeSide(sideBySide);
    m_unified = makeSide(m_stack);
    m_left->setAccessibleName(tr("Old version"));
    m_right->setAccessibleName(tr("New version"));
    m_unified->setAccessibleName(tr("Unified diff"));
    QFont titleFont = m_leftTitle->font();
    titleFont.setBold(true);
    m_leftTitle->setFont(titleFont);
    m_rightTitle->setFont(titleFont);
    m_leftTitle->setIndent(4);
    m_rightTitle->setIndent(4);
    auto *grid = new QGridLayout(sideBySide);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_leftTitle, 0, 0);
    grid->addWidget(m_rightTitle, 0, 1);
    grid->addWidget(m_left, 1, 0);
    grid->addWidget(m_right, 1, 1);
    m_stack->addWidget(sideBySide);
    m_stack->addWidget(m_unified);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 0, 0);
    syncScrollBars(m_left->verticalScrollBar(), m_right->verticalScrollBar());
    syncScrollBars(m_left->horizontalScrollBar(), m_right->horizontalScrollBar());
    auto *next = new QShortcut(QKeySequence(Qt::Key_F7), this, this, &DiffView::nextChange);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    auto *previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7), this, this,
                                   &DiffView::previousChange);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    applyPalette();
}

QsciScintilla *DiffView::makeSide(QWidget *parent)
{
    auto *side = new QsciScintilla(parent);
    side->setUtf8(true);
    side->setReadOnly(true);
    side->setMarginType(0, QsciScintilla::TextMarginRightJustified);
    side->setMarginWidth(EditorStyle::SymbolMargin, 0);
    side->setMarginWidth(2, 0);
    side->setScrollWidthTracking(true);
    side->setScrollWidth(1);
    // Without a fold margin the right-aligned numbers would touch the text.
    side->SendScintilla(QsciScintilla::SCI_SETMARGINLEFT, 0, 6);
    for (int marker :
         { EditorStyle::AddedMarker, EditorStyle::RemovedMarker, EditorStyle::ChangedMarker,
           EditorStyle::FillerMarker, EditorStyle::FoldMarker })
        side->markerDefine(QsciScintilla::Background, marker);
    for (int indicator : { EditorStyle::RemovedWordIndicator, EditorStyle::AddedWordIndicator }) {
        side->SendScintilla(QsciScintilla::SCI_INDICSETSTYLE, indicator,
                            QsciScintilla::INDIC_FULLBOX);
        side->SendScintilla(QsciScintilla::SCI_INDICSETALPHA, indicator, 110);
        side->SendScintilla(QsciScintilla::SCI_INDICSETOUTLINEALPHA, indicator, 160);
        side->SendScintilla(QsciScintilla::SCI_INDICSETUNDER, indicator, 1);
    }
    return side;
}

void DiffView::setTitles(const QString &leftTitle, const QString &rightTitle)
{
    m_leftTitle->setText(leftTitle);
    m_rightTitle->setText(rightTitle);
}

DiffView::Syntax DiffView::syntaxFor(const QString &path)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return Syntax::Json;
    if (path.endsWith(QLatin1String(".js"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".mjs"), Qt::CaseInsensitive))
        return Syntax::JavaScript;
    return Syntax::Plain;
}

void DiffView::setSyntax(Syntax syntax)
{
    if (syntax == m_syntax)
        return;
    m_syntax = syntax;
    for (QsciScintilla *side : { m_left, m_right, m_unified }) {
        QsciLexer *old = side->lexer();
        QsciLexer *lexer = nullptr;
        if (syntax == Syntax::Json)
            lexer = new QsciLexerJSON(side);
        else if (syntax == Syntax::JavaScript)
            lexer = new QsciLexerJavaScript(side);
        side->setLexer(lexer);
        delete old;
    }
    applyPalette();
}

QString DiffView::unifiedText() const
{
    return TextDiff::unified(m_leftTitle->text(), m_rightTitle->text(), m_leftText, m_rightText);
}

int DiffView::markedLineCount(const QsciScintilla *side, int marker) const
{
    int count = 0;
    int line = -1;
    while ((line = side->markerFindNext(line + 1, 1 << marker)) >= 0)
        ++count;
    return count;
}

int DiffView::changeCount() const
{
    return int(currentPane().changeStarts.size());
}

QsciScintilla *DiffView::currentEditor() const
{
    return m_layout == Layout::SideBySide ? m_left : m_unified;
}

const DiffView::Pane &DiffView::currentPane() const
{
    return m_layout == Layout::SideBySide ? m_result.left : m_result.unified;
}

void DiffView::nextChange()
{
    goToChange(true);
}

void DiffView::previousChange()
{
    goToChange(false);
}

void DiffView::goToChange(bool forward)
{
    const QList<int> &starts = currentPane().changeStarts;
    if (starts.isEmpty())
        return;
    int target = -1;
    if (forward) {
        for (int start : starts) {
            if (start > m_changeLine) {
                target = start;
                break;
            }
        }
        if (target < 0)
            target = starts.first(); // wrap around
    } else {
        for (auto it = starts.crbegin(); it != starts.crend(); ++it) {
            if (*it < m_changeLine || m_changeLine < 0) {
                target = *it;
                break;
            }
        }
        if (target < 0)
            target = starts.last();
    }
    m_changeLine = target;
    QsciScintilla *editor = currentEditor();
    editor->setCursorPosition(target, 0);
    const int visible = int(editor->SendScintilla(QsciScintilla::SCI_LINESONSCREEN));
    editor->setFirstVisibleLine(qMax(0, target - visible / 3));
}

void DiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void DiffView::applyPalette()
{
    using namespace EditorStyle;
    const Scheme s = fromPalette(palette());
    const QFont font = editorFont();
    for (QsciScintilla *side : { m_left, m_right, m_unified }) {
        setLexerColours(side->lexer(), s, font);
        side->setFont(font);
        applyEditor(side, s, font);
        side->setCaretLineVisible(false);
        side->setMarkerBackgroundColor(s.added, AddedMarker);
        side->setMarkerBackgroundColor(s.removed, RemovedMarker);
        side->setMarkerBackgroundColor(s.changed, ChangedMarker);
        side->setMarkerBackgroundColor(s.filler, FillerMarker);
        side->setMarkerBackgroundColor(mix(s.paper, s.text, 0.16), FoldMarker);
        side->SendScintilla(QsciScintilla::SCI_INDICSETFORE, RemovedWordIndicator,
                            mix(s.removed, s.text, 0.35));
        side->SendScintilla(QsciScintilla::SCI_INDICSETFORE, AddedWordIndicator,
                            mix(s.added, s.text, 0.35));
    }
    // Markers, margin text and word highlights belong to the documents and take their colours
    // from the view: nothing to fill again, only the margins to size for the font.
    applyMarginWidths();
}
