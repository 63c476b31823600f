// DiffView: computing a diff on a worker thread and handing it to the editors, the documents in
// one step and their margins, markers and word highlights in short slices.
#include "diffrender.h"
#include "diffview.h"
#include "editorstyle.h"

#include <Qsci/qsciscintilla.h>

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QStackedWidget>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

// Lines decorated between two looks at the clock, and the longest the UI thread decorates at
// once before it lets the event loop turn (input, paint) and goes on.
constexpr int DecorateStep = 100;
constexpr qint64 DecorateSliceNs = 3'000'000;

//! Loads each pane's text into its document (on the worker thread) and lets the text go.
void loadDocuments(DiffView::Result &result, const QList<SciDocument> &documents)
{
    DiffView::Pane *panes[] = { &result.left, &result.right, &result.unified };
    for (int i = 0; i < 3; ++i) {
        panes[i]->document = documents.value(i);
        panes[i]->document.append(panes[i]->utf8);
        panes[i]->utf8 = QByteArray();
    }
}

} // namespace

bool DiffView::isDiffReady() const
{
    const int k = int(m_layout);
    return m_ready && m_shown[k] && m_decorated[k] >= currentPane().lineCount;
}

void DiffView::setLayout(Layout layout)
{
    m_layout = layout;
    m_stack->setCurrentIndex(layout == Layout::SideBySide ? 0 : 1);
    m_changeLine = -1;
    if (m_ready)
        fill();
}

void DiffView::run(std::function<Result()> work)
{
    m_ready = false;
    m_changeLine = -1;
    // The slices still decorating the last diff stop: finishing them would announce
    // diffReady() for a diff this one replaces.
    ++m_fillSerial;
    m_decorating = false;
    const int generation = ++m_generation;
    // The documents are made here (Scintilla's loader wants an editor) and filled there.
    const QList<SciDocument> documents { SciDocument::create(m_left), SciDocument::create(m_right),
                                         SciDocument::create(m_unified) };
    // The watcher is a child, so a view closed mid-diff never hears of the result; the worker
    // holds only its own copies of the texts, and documents no editor has seen.
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer diff is on its way
        setResult(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work), documents] {
        Result result = work();
        loadDocuments(result, documents);
        return result;
    }));
}

void DiffView::setResult(Result result)
{
    // The old result's lists (thousands of strings) are freed on a pool thread. Its documents
    // are either in an editor already (and no longer the result's) or were never shown.
    Result old = std::exchange(m_result, std::move(result));
    QThreadPool::globalInstance()->start([old = std::move(old)]() mutable { old = Result(); });
    m_ready = true;
    m_shown[0] = m_shown[1] = false;
    m_decorated[0] = m_decorated[1] = 0;
    m_firstSliceDone = false;
    m_announce = true; // diffReady() once every slice is in
    fill();
}

void DiffView::setTexts(const QString &leftText, const QString &rightText)
{
    m_leftText = leftText;
    m_rightText = rightText;
    run([leftText, rightText] { return diffrender::fromTexts(leftText, rightText); });
}

void DiffView::setPatch(const QString &unifiedDiff, Syntax syntax)
{
    m_leftText.clear();
    m_rightText.clear();
    setSyntax(syntax);
    run([unifiedDiff] { return diffrender::fromPatch(unifiedDiff); });
}

void DiffView::showMessage(const QString &message)
{
    m_leftText.clear();
    m_rightText.clear();
    ++m_generation;
    Result result;
    const QByteArray utf8 = message.toUtf8();
    for (Pane *pane : { &result.left, &result.right, &result.unified }) {
        pane->utf8 = utf8;
        pane->margins = QStringList { QString() };
        pane->lineCount = int(message.count(QLatin1Char('\n'))) + 1;
    }
    loadDocuments(result, { SciDocument::create(m_left), SciDocument::create(m_right),
                            SciDocument::create(m_unified) });
    m_changeLine = -1;
    setResult(std::move(result));
}

void DiffView::showPane(QsciScintilla *side, Pane &pane)
{
    // A fresh document carries no markers, margin text or highlights of the last diff.
    pane.document.showIn(side);
    pane.document = SciDocument();
    side->setMarginWidth(0, QString(pane.marginWidth, QLatin1Char('9')));
}

void DiffView::applyMarginWidths()
{
    for (const auto &[side, pane] : { std::pair { m_left, &m_result.left },
                                      std::pair { m_right, &m_result.right },
                                      std::pair { m_unified, &m_result.unified } })
        side->setMarginWidth(0, QString(pane->marginWidth, QLatin1Char('9')));
}

void DiffView::decoratePane(QsciScintilla *side, const Pane &pane, int from, int to)
{
    to = qMin(to, int(pane.margins.size()));
    if (from >= to)
        return;
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
    // Only the layout on screen is handed to QScintilla; the other one when it is shown. Its
    // documents go in at once (they were filled on the worker thread); margins, markers and
    // word highlights follow in slices, the first (the top, what shows) at once.
    const int k = int(m_layout);
    if (!m_shown[k]) {
        if (m_layout == Layout::SideBySide) {
            showPane(m_left, m_result.left);
            showPane(m_right, m_result.right);
        } else {
            showPane(m_unified, m_result.unified);
        }
        m_shown[k] = true;
        m_decorated[k] = 0;
    }
    ++m_fillSerial;
    m_decorating = false;
    decorate(m_fillSerial);
}

void DiffView::scheduleDecorate()
{
    if (m_decorating)
        return;
    m_decorating = true;
    const int serial = m_fillSerial;
    QTimer::singleShot(0, this, [this, serial] {
        if (serial != m_fillSerial)
            return; // a newer fill took over
        m_decorating = false;
        decorate(serial);
    });
}

void DiffView::decorate(int serial)
{
    if (serial != m_fillSerial)
        return;
    const int k = int(m_layout);
    const bool sideBySide = m_layout == Layout::SideBySide;
    const int lines = currentPane().lineCount;
    const auto decorateLines = [&](int from, int to) {
        if (sideBySide) {
            decoratePane(m_left, m_result.left, from, to);
            decoratePane(m_right, m_result.right, from, to);
        } else {
            decoratePane(m_unified, m_result.unified, from, to);
        }
    };
    int &at = m_decorated[k];
    if (at == 0) {
        // The turn that swapped the documents in (their top line showing) does only what
        // shows: the lines on screen. The rest follows in slices.
        const int onScreen
            = qMax(1, int(currentEditor()->SendScintilla(QsciScintilla::SCI_LINESONSCREEN))) + 1;
        at = qMin(lines, onScreen);
        decorateLines(0, at);
        if (!m_firstSliceDone) {
            m_firstSliceDone = true;
            emit firstSliceShown();
        }
        if (at < lines) {
            scheduleDecorate();
            return;
        }
    } else {
        QElapsedTimer clock;
        clock.start();
        while (at < lines) {
            const int to = qMin(lines, at + DecorateStep);
            decorateLines(at, to);
            at = to;
            if (clock.nsecsElapsed() >= DecorateSliceNs)
                break;
        }
        if (at < lines) {
            scheduleDecorate();
            return;
        }
    }
    if (m_announce) {
        m_announce = false;
        emit diffReady();
    }
}

const DiffView::Pane &DiffView::paneOf(const QsciScintilla *side) const
{
    return side == m_left ? m_result.left : side == m_right ? m_result.right : m_result.unified;
}

int DiffView::changedWordCount(const QsciScintilla *side) const
{
    const Pane &pane = paneOf(side);
    return int(pane.removedWords.size() + pane.addedWords.size());
}

int DiffView::indicatedWordCount(const QsciScintilla *side) const
{
    const Pane &pane = paneOf(side);
    int count = 0;
    const auto check = [&](int indicator, const QList<QPair<int, int>> &spans) {
        for (const auto &[from, length] : spans) {
            if (side->SendScintilla(QsciScintilla::SCI_INDICATORVALUEAT, indicator, from)
                && side->SendScintilla(QsciScintilla::SCI_INDICATORVALUEAT, indicator,
                                       from + length - 1))
                ++count;
        }
    };
    check(EditorStyle::RemovedWordIndicator, pane.removedWords);
    check(EditorStyle::AddedWordIndicator, pane.addedWords);
    return count;
}

int DiffView::numberedLineCount(const QsciScintilla *side) const
{
    const Pane &pane = paneOf(side);
    int count = 0;
    for (int line = 0; line < pane.margins.size(); ++line) {
        if (pane.margins.at(line).isEmpty())
            continue;
        const long length = side->SendScintilla(QsciScintilla::SCI_MARGINGETTEXT, line, 0L);
        QByteArray text(length, '\0');
        side->SendScintilla(QsciScintilla::SCI_MARGINGETTEXT, line, text.data());
        if (QString::fromUtf8(text) == pane.margins.at(line))
            ++count;
    }
    return count;
}

int DiffView::expectedNumberedLineCount(const QsciScintilla *side) const
{
    const QStringList &margins = paneOf(side).margins;
    return int(std::count_if(margins.cbegin(), margins.cend(),
                             [](const QString &margin) { return !margin.isEmpty(); }));
}
