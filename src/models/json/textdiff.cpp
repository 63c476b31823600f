#include "textdiff.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace {

// Each element keeps its line break, so a last line without one differs from the same line with
// one, and the diff says so the way `diff` does.
std::vector<std::string> splitKeepingBreaks(const QString &text)
{
    std::vector<std::string> lines;
    const QByteArray utf8 = text.toUtf8();
    qsizetype start = 0;
    while (start < utf8.size()) {
        qsizetype end = utf8.indexOf('\n', start);
        end = end < 0 ? utf8.size() : end + 1;
        lines.emplace_back(utf8.constData() + start, size_t(end - start));
        start = end;
    }
    return lines;
}

TextDiff::Line makeLine(const std::string &element, TextDiff::Op op, int oldLine, int newLine)
{
    TextDiff::Line line;
    line.op = op;
    line.oldLine = oldLine;
    line.newLine = newLine;
    line.missingNewline = element.empty() || element.back() != '\n';
    const size_t length = line.missingNewline ? element.size() : element.size() - 1;
    line.text = QString::fromUtf8(element.data(), qsizetype(length));
    return line;
}

// Two lines "match" for pairing when most of them is a shared start and end: an edited line
// pairs with its old self, an unrelated inserted line does not.
class Similar : public dtl::Compare<QString>
{
public:
    bool impl(const QString &a, const QString &b) const override
    {
        const qsizetype longest = qMax(a.size(), b.size());
        if (longest == 0)
            return true;
        const qsizetype shortest = qMin(a.size(), b.size());
        qsizetype prefix = 0;
        while (prefix < shortest && a.at(prefix) == b.at(prefix))
            ++prefix;
        qsizetype suffix = 0;
        while (suffix < shortest - prefix
               && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
            ++suffix;
        return 2 * (prefix + suffix) >= longest;
    }
};

void pairRun(const QList<TextDiff::Line> &lines, const QList<int> &removed, const QList<int> &added,
             QList<TextDiff::Row> &rows)
{
    std::vector<QString> a, b;
    for (int i : removed)
        a.push_back(lines.at(i).text.trimmed());
    for (int i : added)
        b.push_back(lines.at(i).text.trimmed());
    // A block replaced by as many lines reads best line by line; otherwise pair the look-alikes.
    if (a.size() != b.size()) {
        dtl::Diff<QString, std::vector<QString>, Similar> diff(a, b, /*deletesFirst=*/true);
        diff.compose();
        const auto sequence = diff.getSes().getSequence();
        const bool anyPair = std::any_of(sequence.begin(), sequence.end(), [](const auto &e) {
            return e.second.type == dtl::SES_COMMON;
        });
        if (anyPair) {
            for (const auto &[element, info] : sequence) {
                Q_UNUSED(element);
                TextDiff::Row row;
                if (info.type != dtl::SES_ADD)
                    row.left = removed.at(int(info.beforeIdx) - 1);
                if (info.type != dtl::SES_DELETE)
                    row.right = added.at(int(info.afterIdx) - 1);
                rows.append(row);
            }
            return;
        }
    }
    for (qsizetype k = 0; k < qMax(removed.size(), added.size()); ++k)
        rows.append(
            { k < removed.size() ? removed.at(k) : -1, k < added.size() ? added.at(k) : -1 });
}

} // namespace

QList<TextDiff::Line> TextDiff::compute(const QString &oldText, const QString &newText)
{
    const std::vector<std::string> a = splitKeepingBreaks(oldText);
    const std::vector<std::string> b = splitKeepingBreaks(newText);
    dtl::Diff<std::string> diff(a, b, /*deletesFirst=*/true);
    diff.compose();

    QList<Line> lines;
    for (const auto &[element, info] : diff.getSes().getSequence()) {
        switch (info.type) {
        case dtl::SES_COMMON:
            lines.append(makeLine(element, Common, int(info.beforeIdx), int(info.afterIdx)));
            break;
        case dtl::SES_DELETE:
            lines.append(makeLine(element, Removed, int(info.beforeIdx), 0));
            break;
        case dtl::SES_ADD:
            lines.append(makeLine(element, Added, 0, int(info.afterIdx)));
            break;
        }
    }
    return lines;
}

QList<TextDiff::Hunk> TextDiff::hunks(const QList<Line> &lines, int context)
{
    context = qMax(0, context);
    QList<Hunk> result;
    const int n = int(lines.size());
    int i = 0;
    while (i < n) {
        while (i < n && lines.at(i).op == Common)
            ++i;
        if (i == n)
            break;
        const int first = qMax(0, i - context);
        // Extend while the next change is close enough that the contexts would touch.
        int lastChange = i;
        int j = i;
        while (j < n) {
            if (lines.at(j).op != Common) {
                lastChange = j;
                ++j;
                continue;
            }
            if (j - lastChange > 2 * context)
                break;
            ++j;
        }
        const int end = qMin(n, lastChange + 1 + context);

        Hunk hunk;
        int oldBefore = 0; // old/new lines that precede the hunk
        int newBefore = 0;
        for (int k = 0; k < first; ++k) {
            oldBefore += lines.at(k).op != Added;
            newBefore += lines.at(k).op != Removed;
        }
        for (int k = first; k < end; ++k) {
            const Line &line = lines.at(k);
            hunk.lines.append(line);
            hunk.oldCount += line.op != Added;
            hunk.newCount += line.op != Removed;
        }
        // An empty side names the line it comes after, as diff(1) does.
        hunk.oldStart = hunk.oldCount > 0 ? oldBefore + 1 : oldBefore;
        hunk.newStart = hunk.newCount > 0 ? newBefore + 1 : newBefore;
        result.append(hunk);
        i = end;
    }
    return result;
}

QString TextDiff::unified(const QString &oldName, const QString &newName, const QString &oldText,
                          const QString &newText, int context)
{
    const QList<Hunk> all = hunks(compute(oldText, newText), context);
    if (all.isEmpty())
        return QString();

    QString out;
    out += QLatin1String("--- ") + oldName + QLatin1Char('\n');
    out += QLatin1String("+++ ") + newName + QLatin1Char('\n');
    for (const Hunk &hunk : all) {
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(hunk.oldStart)
                   .arg(hunk.oldCount)
                   .arg(hunk.newStart)
                   .arg(hunk.newCount);
        for (const Line &line : hunk.lines) {
            const QChar mark = line.op == Common ? QLatin1Char(' ')
                : line.op == Removed             ? QLatin1Char('-')
                                                 : QLatin1Char('+');
            out += mark + line.text + QLatin1Char('\n');
            if (line.missingNewline)
                out += QLatin1String("\\ No newline at end of file\n");
        }
    }
    return out;
}

QList<TextDiff::Row> TextDiff::sideBySide(const QList<Line> &lines)
{
    QList<Row> rows;
    int i = 0;
    const int n = int(lines.size());
    while (i < n) {
        if (lines.at(i).op == Common) {
            rows.append({ i, i });
            ++i;
            continue;
        }
        QList<int> removed, added;
        while (i < n && lines.at(i).op == Removed)
            removed.append(i++);
        while (i < n && lines.at(i).op == Added)
            added.append(i++);
        pairRun(lines, removed, added, rows);
    }
    return rows;
}

int TextDiff::count(const QList<Line> &lines, Op op)
{
    int n = 0;
    for (const Line &line : lines)
        n += line.op == op;
    return n;
}

namespace {

// "--- a/path" → "path"; "--- /dev/null" → "". A tab and what follows (a timestamp) is dropped.
QString patchPath(const QString &header)
{
    QString path = header.mid(4);
    const int tab = int(path.indexOf(QLatin1Char('\t')));
    if (tab >= 0)
        path.truncate(tab);
    if (path == QLatin1String("/dev/null"))
        return {};
    if (path.startsWith(QLatin1String("a/")) || path.startsWith(QLatin1String("b/")))
        path.remove(0, 2);
    return path;
}

// "@@ -1,3 +1,4 @@" → the four numbers; a missing count is 1.
bool parseHunkHeader(const QString &line, TextDiff::Hunk *hunk)
{
    const int end = int(line.indexOf(QLatin1String(" @@"), 3));
    if (end < 0)
        return false;
    const QStringList parts = line.mid(3, end - 3).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 2 || !parts.at(0).startsWith(u'-') || !parts.at(1).startsWith(u'+'))
        return false;
    const auto range = [](const QString &text, int *start, int *count) {
        const QStringList numbers = text.mid(1).split(QLatin1Char(','));
        bool ok = false;
        *start = numbers.value(0).toInt(&ok);
        *count = numbers.size() > 1 ? numbers.at(1).toInt() : 1;
        return ok;
    };
    return range(parts.at(0), &hunk->oldStart, &hunk->oldCount)
        && range(parts.at(1), &hunk->newStart, &hunk->newCount);
}

// Within each run of changes, removals first: the side-by-side pairing expects that order.
void orderRuns(QList<TextDiff::Line> &lines)
{
    int i = 0;
    const int n = int(lines.size());
    while (i < n) {
        if (lines.at(i).op == TextDiff::Common) {
            ++i;
            continue;
        }
        int end = i;
        while (end < n && lines.at(end).op != TextDiff::Common)
            ++end;
        std::stable_partition(lines.begin() + i, lines.begin() + end,
                              [](const TextDiff::Line &line) { return line.op == TextDiff::Removed; });
        i = end;
    }
}

QStringList tokens(const QString &line)
{
    QStringList out;
    int i = 0;
    const int n = int(line.size());
    while (i < n) {
        const QChar c = line.at(i);
        int j = i + 1;
        if (c.isLetterOrNumber() || c == u'_' || c == u'$') {
            while (j < n && (line.at(j).isLetterOrNumber() || line.at(j) == u'_' || line.at(j) == u'$'))
                ++j;
        } else if (c.isSpace()) {
            while (j < n && line.at(j).isSpace())
                ++j;
        }
        out.append(line.mid(i, j - i));
        i = j;
    }
    return out;
}

void addSpan(QList<TextDiff::Span> *spans, int start, int length)
{
    if (!spans->isEmpty() && spans->last().start + spans->last().length == start)
        spans->last().length += length;
    else
        spans->append({ start, length });
}

} // namespace

QList<TextDiff::FilePatch> TextDiff::parseUnified(const QString &text)
{
    QList<FilePatch> files;
    const QStringList lines = text.split(QLatin1Char('\n'));
    FilePatch *file = nullptr;
    Hunk *hunk = nullptr;
    int oldLine = 0;
    int newLine = 0;
    const auto closeHunk = [&] {
        if (hunk)
            orderRuns(hunk->lines);
        hunk = nullptr;
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.startsWith(QLatin1String("--- ")) && i + 1 < lines.size()
            && lines.at(i + 1).startsWith(QLatin1String("+++ "))
            && (!hunk || (oldLine >= hunk->oldStart + hunk->oldCount
                          && newLine >= hunk->newStart + hunk->newCount))) {
            closeHunk();
            files.append(FilePatch());
            file = &files.last();
            file->oldPath = patchPath(line);
            file->newPath = patchPath(lines.at(++i));
            continue;
        }
        if (!file)
            continue;
        if (line.startsWith(QLatin1String("@@ "))) {
            closeHunk();
            Hunk parsed;
            if (!parseHunkHeader(line, &parsed))
                continue;
            file->hunks.append(parsed);
            hunk = &file->hunks.last();
            // An empty side is "0,0": its lines count from 1 all the same.
            oldLine = qMax(1, hunk->oldStart);
            newLine = qMax(1, hunk->newStart);
            continue;
        }
        if (!hunk)
            continue;
        if (line.startsWith(QLatin1Char('\\'))) {
            if (!hunk->lines.isEmpty())
                hunk->lines.last().missingNewline = true;
            continue;
        }
        if (line.isEmpty() && i == lines.size() - 1)
            break; // the text's final line break
        Line parsed;
        parsed.text = line.mid(1);
        switch (line.isEmpty() ? u' ' : line.at(0).unicode()) {
        case u'+':
            parsed.op = Added;
            parsed.newLine = newLine++;
            ++file->added;
            break;
        case u'-':
            parsed.op = Removed;
            parsed.oldLine = oldLine++;
            ++file->removed;
            break;
        default:
            parsed.op = Common;
            parsed.oldLine = oldLine++;
            parsed.newLine = newLine++;
            break;
        }
        hunk->lines.append(parsed);
    }
    closeHunk();
    return files;
}

void TextDiff::changedWords(const QString &oldLine, const QString &newLine, QList<Span> *oldSpans,
                            QList<Span> *newSpans)
{
    const QStringList a = tokens(oldLine);
    const QStringList b = tokens(newLine);
    std::vector<QString> va(a.begin(), a.end());
    std::vector<QString> vb(b.begin(), b.end());
    dtl::Diff<QString, std::vector<QString>> diff(va, vb);
    diff.compose();
    int oldAt = 0;
    int newAt = 0;
    for (const auto &[element, info] : diff.getSes().getSequence()) {
        const int length = int(element.size());
        switch (info.type) {
        case dtl::SES_COMMON:
            oldAt += length;
            newAt += length;
            break;
        case dtl::SES_DELETE:
            addSpan(oldSpans, oldAt, length);
            oldAt += length;
            break;
        case dtl::SES_ADD:
            addSpan(newSpans, newAt, length);
            newAt += length;
            break;
        }
    }
}
