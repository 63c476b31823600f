#include "fuzzymatch.h"

namespace fuzzymatch {

namespace {

bool isWordStart(const QString &text, int at)
{
    if (at == 0)
        return true;
    const QChar before = text.at(at - 1);
    const QChar here = text.at(at);
    return !before.isLetterOrNumber() || (before.isLower() && here.isUpper());
}

// Greedy from the left, but preferring a word start for each character when one comes before
// the next plain occurrence would be needed: cheap and good enough for names and commands.
QList<int> match(const QString &pattern, const QString &text)
{
    QList<int> found;
    int from = 0;
    for (const QChar wanted : pattern) {
        if (wanted.isSpace())
            continue;
        const QChar lower = wanted.toLower();
        int plain = -1;
        int start = -1;
        for (int i = from; i < text.size(); ++i) {
            if (text.at(i).toLower() != lower)
                continue;
            if (plain < 0)
                plain = i;
            if (isWordStart(text, i) || (!found.isEmpty() && found.last() == i - 1)) {
                start = i;
                break;
            }
        }
        const int at = start >= 0 ? start : plain;
        if (at < 0)
            return {};
        found.append(at);
        from = at + 1;
    }
    return found;
}

} // namespace

int score(const QString &pattern, const QString &text)
{
    if (pattern.trimmed().isEmpty())
        return 0;
    const QList<int> found = match(pattern, text);
    if (found.isEmpty())
        return -1;
    int result = 0;
    for (int i = 0; i < found.size(); ++i) {
        result += 10;
        if (isWordStart(text, found.at(i)))
            result += 15;
        if (i > 0 && found.at(i) == found.at(i - 1) + 1)
            result += 12;
    }
    if (found.first() == 0)
        result += 25;
    if (text.compare(pattern, Qt::CaseInsensitive) == 0)
        result += 100;
    // Among equal matches the shorter text is the more specific one.
    result -= int(text.size()) / 4;
    return result;
}

QList<int> positions(const QString &pattern, const QString &text)
{
    return match(pattern, text);
}

} // namespace fuzzymatch
