#include "diffrender.h"

#include "editorstyle.h"

#include <QHash>

namespace {

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
        const int line = m_lines;
        if (change && !m_inChange)
            m_pane.changeStarts.append(line);
        m_inChange = change;
        ++m_lines;
        m_pane.margins.append(margin);
        if (marker >= 0)
            m_pane.markers.append({ line, marker });
        const int start = int(m_pane.utf8.size());
        if (line > 0)
            m_pane.utf8 += '\n';
        m_pane.utf8 += text.toUtf8();
        return line > 0 ? start + 1 : start;
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
        m_pane.lineCount = qMax(1, m_lines);
        m_pane.marginWidth = marginWidth;
    }

private:
    DiffView::Pane &m_pane;
    int m_lines = 0;
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

} // namespace

namespace diffrender {

DiffView::Result fromTexts(const QString &leftText, const QString &rightText)
{
    Block block;
    block.lines = TextDiff::compute(leftText, rightText);
    return renderBlocks({ block });
}

DiffView::Result fromPatch(const QString &unifiedDiff)
{
    return renderBlocks(blocksOfPatch(unifiedDiff));
}

} // namespace diffrender
