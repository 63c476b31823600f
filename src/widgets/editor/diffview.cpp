#include "diffview.h"

#include "editorstyle.h"

#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>
#include <QtConcurrent/QtConcurrentRun>

namespace {

struct SideLine
{
    QString text;
    int number = 0; // 0 for a filler line
    int marker = -1;
};

void syncScrollBars(QScrollBar *a, QScrollBar *b)
{
    // setValue() emits nothing when the value is unchanged, so the pair does not ping-pong.
    QObject::connect(a, &QScrollBar::valueChanged, b, &QScrollBar::setValue);
    QObject::connect(b, &QScrollBar::valueChanged, a, &QScrollBar::setValue);
}

void fillSide(QsciScintilla *side, const QList<SideLine> &lines)
{
    QStringList texts;
    for (const SideLine &line : lines)
        texts.append(line.text);
    side->setReadOnly(false);
    side->setText(texts.join(QLatin1Char('\n')));
    side->setReadOnly(true);
    side->markerDeleteAll();
    side->clearMarginText();
    for (int i = 0; i < lines.size(); ++i) {
        const SideLine &line = lines.at(i);
        if (line.number > 0)
            side->setMarginText(i, QString::number(line.number),
                                QsciScintillaBase::STYLE_LINENUMBER);
        if (line.marker >= 0)
            side->markerAdd(i, line.marker);
    }
    const int digits = int(QString::number(qMax(1, int(lines.size()))).size());
    side->setMarginWidth(0, QString(qMax(2, digits) + 1, QLatin1Char('9')));
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_leftTitle(new QLabel(tr("Your version"), this))
    , m_rightTitle(new QLabel(tr("Server version"), this))
    , m_left(makeSide())
    , m_right(makeSide())
{
    QFont titleFont = m_leftTitle->font();
    titleFont.setBold(true);
    m_leftTitle->setFont(titleFont);
    m_rightTitle->setFont(titleFont);
    m_leftTitle->setIndent(4);
    m_rightTitle->setIndent(4);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_leftTitle, 0, 0);
    layout->addWidget(m_rightTitle, 0, 1);
    layout->addWidget(m_left, 1, 0);
    layout->addWidget(m_right, 1, 1);
    syncScrollBars(m_left->verticalScrollBar(), m_right->verticalScrollBar());
    syncScrollBars(m_left->horizontalScrollBar(), m_right->horizontalScrollBar());
    applyPalette();
}

QsciScintilla *DiffView::makeSide()
{
    auto *side = new QsciScintilla(this);
    side->setUtf8(true);
    side->setReadOnly(true);
    side->setMarginType(0, QsciScintilla::TextMarginRightJustified);
    side->setMarginWidth(EditorStyle::SymbolMargin, 0);
    side->setMarginWidth(2, 0);
    side->setScrollWidthTracking(true);
    side->setScrollWidth(1);
    // Without a fold margin the right-aligned numbers would touch the text.
    side->SendScintilla(QsciScintilla::SCI_SETMARGINLEFT, 0, 6);
    for (int marker : { EditorStyle::AddedMarker, EditorStyle::RemovedMarker,
                        EditorStyle::ChangedMarker, EditorStyle::FillerMarker })
        side->markerDefine(QsciScintilla::Background, marker);
    return side;
}

void DiffView::setTitles(const QString &leftTitle, const QString &rightTitle)
{
    m_leftTitle->setText(leftTitle);
    m_rightTitle->setText(rightTitle);
}

void DiffView::setTexts(const QString &leftText, const QString &rightText)
{
    m_leftText = leftText;
    m_rightText = rightText;
    m_ready = false;
    const int generation = ++m_generation;
    // The watcher is a child, so a view closed mid-diff never hears of the result; the worker
    // holds only its own copies of the texts.
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer pair of texts is on its way
        m_result = watcher->result();
        m_ready = true;
        fill();
        emit diffReady();
    });
    watcher->setFuture(QtConcurrent::run([leftText, rightText] {
        Result result;
        result.lines = TextDiff::compute(leftText, rightText);
        result.rows = TextDiff::sideBySide(result.lines);
        return result;
    }));
}

void DiffView::fill()
{
    QList<SideLine> left;
    QList<SideLine> right;
    const QList<TextDiff::Line> &diff = m_result.lines;
    for (const TextDiff::Row &row : std::as_const(m_result.rows)) {
        const bool changed
            = row.left >= 0 && row.right >= 0 && diff.at(row.left).op == TextDiff::Removed;
        if (row.left < 0) {
            left.append({ QString(), 0, EditorStyle::FillerMarker });
        } else {
            const TextDiff::Line &line = diff.at(row.left);
            const int marker = line.op == TextDiff::Common ? -1
                : changed                                  ? int(EditorStyle::ChangedMarker)
                                                           : int(EditorStyle::RemovedMarker);
            left.append({ line.text, line.oldLine, marker });
        }
        if (row.right < 0) {
            right.append({ QString(), 0, EditorStyle::FillerMarker });
        } else {
            const TextDiff::Line &line = diff.at(row.right);
            const int marker = line.op == TextDiff::Common ? -1
                : changed                                  ? int(EditorStyle::ChangedMarker)
                                                           : int(EditorStyle::AddedMarker);
            right.append({ line.text, line.newLine, marker });
        }
    }
    fillSide(m_left, left);
    fillSide(m_right, right);
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
    for (QsciScintilla *side : { m_left, m_right }) {
        side->setFont(font);
        applyEditor(side, s, font);
        side->setCaretLineVisible(false);
        side->setMarkerBackgroundColor(s.added, AddedMarker);
        side->setMarkerBackgroundColor(s.removed, RemovedMarker);
        side->setMarkerBackgroundColor(s.changed, ChangedMarker);
        side->setMarkerBackgroundColor(s.filler, FillerMarker);
    }
    fill();
}
