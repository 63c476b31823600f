#include "configdiff.h"

#include <dtl/dtl.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace stitchlocal {

namespace {

std::vector<std::string> linesOf(const QByteArray &text)
{
    std::vector<std::string> lines;
    QList<QByteArray> parts = text.split('\n');
    // "a\n" is one line, not a line and an empty one.
    if (!parts.isEmpty() && parts.constLast().isEmpty())
        parts.removeLast();
    lines.reserve(parts.size());
    for (const QByteArray &part : std::as_const(parts))
        lines.emplace_back(part.constData(), part.size());
    return lines;
}

QString diffOne(const QString &path, const std::optional<QByteArray> &before,
                const std::optional<QByteArray> &after)
{
    const std::vector<std::string> a = linesOf(before.value_or(QByteArray()));
    const std::vector<std::string> b = linesOf(after.value_or(QByteArray()));
    dtl::Diff<std::string> diff(a, b);
    diff.compose();
    diff.composeUnifiedHunks();
    std::ostringstream out;
    out << (before ? "--- a/" + path.toStdString() : std::string("--- /dev/null")) << '\n'
        << (after ? "+++ b/" + path.toStdString() : std::string("+++ /dev/null")) << '\n';
    // dtl numbers an empty side "1,0"; diff(1) and git say "0,0", which patch tools expect.
    auto hunks = diff.getUniHunks();
    for (auto &hunk : hunks) {
        if (hunk.b == 0 && hunk.a > 0)
            --hunk.a;
        if (hunk.d == 0 && hunk.c > 0)
            --hunk.c;
    }
    dtl::Diff<std::string>::printUnifiedFormat(hunks, out);
    QString text = QString::fromStdString(out.str());
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

} // namespace

QStringList unifiedDiffs(const QMap<QString, QByteArray> &before,
                         const QMap<QString, QByteArray> &after)
{
    QStringList paths = before.keys() + after.keys();
    paths.sort();
    paths.removeDuplicates();
    QStringList diffs;
    for (const QString &path : std::as_const(paths)) {
        const auto old = before.contains(path) ? std::optional(before.value(path)) : std::nullopt;
        const auto now = after.contains(path) ? std::optional(after.value(path)) : std::nullopt;
        if (old != now)
            diffs.append(diffOne(path, old, now));
    }
    return diffs;
}

} // namespace stitchlocal
