#include "diffview.h"

#include "editorstyle.h"

#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

#include <algorithm>

#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace {

void syncScrollBars(QScrollBar *a, QScrollBar *b)
{
    // setValue() emits nothing when the value is unchanged, so the pair does not ping-pong.
    QObject::connect(a, &QScrollBar::valueChanged, b, &QScrollBar::setValue);
    QObject::connect(b, &QScrollBar::valueChanged, a, &QScrollBar::setValue);
}

//! Appends lines to one pane, keeping the UTF-8 position of each line's start for the word
//! indicators (Scintilla counts bytes).
class PaneBuilder
{
public:
    explicit PaneBuilder(DiffView::Pane &pane)
        : m_pane(pane)
    {
    }

    //! Adds a line; returns its UTF-8 start position.
    int add(const QString &text, const QString &margin, int marker, bool change)
    {
        const int line = int(m_lines.size());
        if (change && !m_inChange)
            m_pane.changeStarts.append(line);
        m_inChange = change;
        m_lines.append(text);
        m_pane.margins.append(margin);
        if (marker >= 0)
            m_pane.markers.append({ line, marker });
        const int start = m_bytes;
        m_bytes += int(text.toUtf8().size()) + 1;
        return start;
    }
    void words(int lineStart, const QString &text, const QList<TextDiff::Span> &spans, bool added)
    {
        for (const TextDiff::Span &span : spans) {
            if (text.mid(span.start, span.length).trimmed().isEmpty())
                continue; // only spaces moved: the line marker says enough
            const int from = lineStart + int(text.left(span.start).toUtf8().size());
            const int length = int(text.mid(span.start, span.length).toUtf8().size());
            (added ? m_pane.addedWords : m_pane.removedWords).append({ from, length });
        }
    }
    void finish(int marginWidth)
    {
        m_pane.text = m_lines.join(QLatin1Char('\n'));
        m_pane.marginWidth = marginWidth;
    }

private:
    DiffView::Pane &m_pane;
    QStringList m_lines;
    int m_bytes = 0;
    bool m_inChange = false;
};

//! What the worker builds the panes from: runs of diff lines, with folded gaps and file titles
//! between them.
struct Block
{
    QString title; // a file's path, shown as a folded line before its hunks
    int foldedLines = 0; // unchanged lines left out before the block; -1: unknown
    QList<TextDiff::Line> lines;
};

int digitsOf(int number)
{
    return int(QString::number(qMax(1, number)).size());
}

DiffView::Result renderBlocks(const QList<Block> &blocks)
{
    DiffView::Result result;
    PaneBuilder left(result.left), right(result.right), unified(result.unified);
    int highest = 1;
    for (const Block &block : blocks) {
        for (const TextDiff::Line &line : block.lines)
            highest = qMax(highest, qMax(line.oldLine, line.newLine));
    }
    const int digits = digitsOf(highest);
    // The side panes' margins are right-justified already; the unified one pads two columns.
    const auto plain = [](int n) { return n > 0 ? QString::number(n) : QString(); };
    const auto number = [digits](int n) {
        return n > 0 ? QString::number(n).rightJustified(digits) : QString(digits, u' ');
    };
    for (const Block &block : blocks) {
        const auto foldLine = [&](const QString &text) {
            left.add(text, QString(), EditorStyle::FoldMarker, false);
            right.add(text, QString(), EditorStyle::FoldMarker, false);
            unified.add(text, QString(), EditorStyle::FoldMarker, false);
        };
        if (!block.title.isEmpty())
            foldLine(QStringLiteral("\u25B8 ") + block.title);
        if (block.foldedLines > 0)
            foldLine(DiffView::tr("\u22EF %n unchanged line(s)", nullptr, block.foldedLines));

        const QList<TextDiff::Line> &lines = block.lines;
        const QList<TextDiff::Row> rows = TextDiff::sideBySide(lines);
        QHash<int, int> partner; // removed line index <-> added line index, for changed words
        for (const TextDiff::Row &row : rows) {
            const bool changed
                = row.left >= 0 && row.right >= 0 && lines.at(row.left).op == TextDiff::Removed;
            const bool change
                = row.left < 0 || row.right < 0 || lines.at(row.left).op != TextDiff::Common;
            QList<TextDiff::Span> oldSpans, newSpans;
            if (changed) {
                partner.insert(row.left, row.right);
                partner.insert(row.right, row.left);
                TextDiff::changedWords(lines.at(row.left).text, lines.at(row.right).text, &oldSpans,
                                       &newSpans);
            }
            if (row.left < 0) {
                left.add(QString(), QString(), EditorStyle::FillerMarker, change);
            } else {
                const TextDiff::Line &line = lines.at(row.left);
                const int marker = line.op == TextDiff::Common ? -1
                    : changed                                  ? int(EditorStyle::ChangedMarker)
                                                               : int(EditorStyle::RemovedMarker);
                const int at = left.add(line.text, plain(line.oldLine), marker, change);
                left.words(at, line.text, oldSpans, false);
            }
            if (row.right < 0) {
                right.add(QString(), QString(), EditorStyle::FillerMarker, change);
            } else {
                const TextDiff::Line &line = lines.at(row.right);
                const int marker = line.op == TextDiff::Common ? -1
                    : changed                                  ? int(EditorStyle::ChangedMarker)
                                                               : int(EditorStyle::AddedMarker);
                const int at = right.add(line.text, plain(line.newLine), marker, change);
                right.words(at, line.text, newSpans, true);
            }
        }
        for (int i = 0; i < lines.size(); ++i) {
            const TextDiff::Line &line = lines.at(i);
            const QChar sign = line.op == TextDiff::Added ? u'+'
                : line.op == TextDiff::Removed            ? u'\u2212'
                                                          : u' ';
            const int marker = line.op == TextDiff::Added ? int(EditorStyle::AddedMarker)
                : line.op == TextDiff::Removed            ? int(EditorStyle::RemovedMarker)
                                                          : -1;
            const int at = unified.add(
                line.text, number(line.oldLine) + u' ' + number(line.newLine) + u' ' + sign, marker,
                line.op != TextDiff::Common);
            const int other = partner.value(i, -1);
            if (other >= 0) {
                QList<TextDiff::Span> oldSpans, newSpans;
                if (line.op == TextDiff::Removed) {
                    TextDiff::changedWords(line.text, lines.at(other).text, &oldSpans, &newSpans);
                    unified.words(at, line.text, oldSpans, false);
                } else {
                    TextDiff::changedWords(lines.at(other).text, line.text, &oldSpans, &newSpans);
                    unified.words(at, line.text, newSpans, true);
                }
            }
        }
    }
    left.finish(qMax(2, digits) + 1);
    right.finish(qMax(2, digits) + 1);
    unified.finish(2 * digits + 4);
    return result;
}

QList<Block> blocksOfPatch(const QString &patch)
{
    QList<Block> blocks;
    const QList<TextDiff::FilePatch> files = TextDiff::parseUnified(patch);
    for (const TextDiff::FilePatch &file : files) {
        int nextOld = 1;
        bool first = true;
        for (const TextDiff::Hunk &hunk : file.hunks) {
            Block block;
            if (first && files.size() > 1)
                block.title = file.path();
            first = false;
            const int start = qMax(1, hunk.oldStart);
            block.foldedLines = hunk.oldCount == 0 && hunk.oldStart == 0 ? 0 : start - nextOld;
            nextOld = start + hunk.oldCount;
            block.lines = hunk.lines;
            blocks.append(block);
        }
    }
    return blocks;
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

void DiffView::setLayout(Layout layout)
{
    m_layout = layout;
    m_stack->setCurrentIndex(layout == Layout::SideBySide ? 0 : 1);
    m_changeLine = -1;
    if (m_ready && !m_filled[int(layout)])
        fill();
}

void DiffView::run(std::function<Result()> work)
{
    m_ready = false;
    m_changeLine = -1;
    const int generation = ++m_generation;
    // The watcher is a child, so a view closed mid-diff never hears of the result; the worker
    // holds only its own copies of the texts.
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer diff is on its way
        m_result = watcher->result();
        m_ready = true;
        m_filled[0] = m_filled[1] = false;
        m_announce = true; // diffReady() once every slice is in
        fill();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void DiffView::setTexts(const QString &leftText, const QString &rightText)
{
    m_leftText = leftText;
    m_rightText = rightText;
    run([leftText, rightText] {
        Block block;
        block.lines = TextDiff::compute(leftText, rightText);
        return renderBlocks({ block });
    });
}

void DiffView::setPatch(const QString &unifiedDiff, Syntax syntax)
{
    m_leftText.clear();
    m_rightText.clear();
    setSyntax(syntax);
    run([unifiedDiff] { return renderBlocks(blocksOfPatch(unifiedDiff)); });
}

void DiffView::showMessage(const QString &message)
{
    m_leftText.clear();
    m_rightText.clear();
    ++m_generation;
    m_result = Result();
    for (Pane *pane : { &m_result.left, &m_result.right, &m_result.unified }) {
        pane->text = message;
        pane->margins = QStringList { QString() };
    }
    m_ready = true;
    m_filled[0] = m_filled[1] = false;
    m_changeLine = -1;
    m_announce = true;
    fill();
}

void DiffView::fillPane(QsciScintilla *side, const Pane &pane)
{
    side->setReadOnly(false);
    side->setText(pane.text);
    side->setReadOnly(true);
    side->markerDeleteAll();
    side->clearMarginText();
    for (int indicator : { EditorStyle::RemovedWordIndicator, EditorStyle::AddedWordIndicator }) {
        side->SendScintilla(QsciScintilla::SCI_SETINDICATORCURRENT, indicator);
        side->SendScintilla(QsciScintilla::SCI_INDICATORCLEARRANGE, 0,
                            side->SendScintilla(QsciScintilla::SCI_GETLENGTH));
    }
    side->setMarginWidth(0, QString(pane.marginWidth, QLatin1Char('9')));
}

void DiffView::decoratePane(QsciScintilla *side, const Pane &pane, int from, int to)
{
    to = qMin(to, int(pane.margins.size()));
    for (int i = from; i < to; ++i) {
        if (!pane.margins.at(i).isEmpty())
            side->setMarginText(i, pane.margins.at(i), QsciScintillaBase::STYLE_LINENUMBER);
    }
    const auto firstMarker = std::lower_bound(
        pane.markers.cbegin(), pane.markers.cend(), from,
        [](const QPair<int, int> &marker, int line) { return marker.first < line; });
    for (auto it = firstMarker; it != pane.markers.cend() && it->first < to; ++it)
        side->markerAdd(it->first, it->second);
    const long fromPos = side->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, from);
    const long toPos = to >= pane.margins.size()
        ? side->SendScintilla(QsciScintilla::SCI_GETLENGTH) + 1
        : side->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, to);
    const auto indicate = [&](int indicator, const QList<QPair<int, int>> &spans) {
        side->SendScintilla(QsciScintilla::SCI_SETINDICATORCURRENT, indicator);
        const auto first = std::lower_bound(
            spans.cbegin(), spans.cend(), fromPos,
            [](const QPair<int, int> &span, long pos) { return span.first < pos; });
        for (auto it = first; it != spans.cend() && it->first < toPos; ++it)
            side->SendScintilla(QsciScintilla::SCI_INDICATORFILLRANGE, it->first, it->second);
    };
    indicate(EditorStyle::RemovedWordIndicator, pane.removedWords);
    indicate(EditorStyle::AddedWordIndicator, pane.addedWords);
}

void DiffView::fill()
{
    // Only the layout on screen is handed to QScintilla; the other one when it is shown. The
    // text goes in at once; margins, markers and word highlights follow in slices of lines, one
    // slice per turn of the event loop, the first slice (what shows first) at once.
    const int serial = ++m_fillSerial;
    m_filling = true;
    if (m_layout == Layout::SideBySide) {
        fillPane(m_left, m_result.left);
        fillPane(m_right, m_result.right);
    } else {
        fillPane(m_unified, m_result.unified);
    }
    m_filled[int(m_layout)] = true;
    decorateFrom(serial, 0);
}

void DiffView::decorateFrom(int serial, int from)
{
    if (serial != m_fillSerial)
        return; // a newer fill started
    constexpr int FirstSlice = 300;
    constexpr int Slice = 500;
    const int to = from + (from == 0 ? FirstSlice : Slice);
    int lines = 0;
    if (m_layout == Layout::SideBySide) {
        decoratePane(m_left, m_result.left, from, to);
        decoratePane(m_right, m_result.right, from, to);
        lines = int(m_result.left.margins.size());
    } else {
        decoratePane(m_unified, m_result.unified, from, to);
        lines = int(m_result.unified.margins.size());
    }
    if (to < lines) {
        QTimer::singleShot(0, this, [this, serial, to] { decorateFrom(serial, to); });
        return;
    }
    m_filling = false;
    if (m_announce) {
        m_announce = false;
        emit diffReady();
    }
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

int DiffView::changedWordCount(const QsciScintilla *side) const
{
    const Pane &pane = side == m_left ? m_result.left
        : side == m_right             ? m_result.right
                                      : m_result.unified;
    return int(pane.removedWords.size() + pane.addedWords.size());
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
    m_filled[0] = m_filled[1] = false;
    if (m_ready)
        fill();
}
