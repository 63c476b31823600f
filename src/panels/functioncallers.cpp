#include "functioncallers.h"

#include <QRegularExpression>

namespace functioncallers {

namespace {

// Group 1: the call up to its first quote; group 2: the quote, which must close the name too.
QRegularExpression callPattern(const QString &name)
{
    return QRegularExpression(
        QStringLiteral(R"((context\s*\.\s*functions\s*\.\s*execute\s*\(\s*)(["']))")
        + QRegularExpression::escape(name) + QStringLiteral(R"(\2)"));
}

} // namespace

bool calls(const QString &source, const QString &name)
{
    return !name.isEmpty() && callPattern(name).match(source).hasMatch();
}

QString renameCalls(const QString &source, const QString &oldName, const QString &newName,
                    int *count)
{
    const QRegularExpression pattern = callPattern(oldName);
    QString result;
    qsizetype copied = 0;
    int changed = 0;
    // Built piece by piece rather than with QString::replace: newName is text, never a pattern.
    for (auto it = pattern.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(source).mid(copied, match.capturedStart() - copied);
        result += match.captured(1) + match.captured(2) + newName + match.captured(2);
        copied = match.capturedEnd();
        ++changed;
    }
    result += QStringView(source).mid(copied);
    if (count)
        *count = changed;
    return result;
}

} // namespace functioncallers
