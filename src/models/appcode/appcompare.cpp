#include "appcompare.h"

#include <models/json/textdiff.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace appcode {

namespace {

// stitch.json without what differs between any two apps (the name): only what a push sets.
QByteArray manifestBytes(const Snapshot &snapshot)
{
    QJsonObject app = snapshot.app;
    app.remove(QStringLiteral("name"));
    return jsonBytes(app);
}

QJsonValue origins(const Snapshot &snapshot)
{
    return snapshot.app.value(QStringLiteral("security"))
        .toObject()
        .value(QStringLiteral("allowed_request_origins"));
}

} // namespace

int Comparison::count(Change::Type type) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [type](const Change &change) { return change.type == type; }));
}

QString Comparison::summary() const
{
    return QCoreApplication::translate("appcode", "%1 added, %2 removed, %3 changed")
        .arg(count(Change::Added))
        .arg(count(Change::Removed))
        .arg(count(Change::Changed) + (appChanged ? 1 : 0));
}

Comparison compare(const Snapshot &current, const Snapshot &wanted)
{
    Comparison result;
    result.currentFingerprint = current.fingerprint();
    QSet<QString> keys;
    for (auto it = current.resources.cbegin(); it != current.resources.cend(); ++it)
        keys.insert(it.key());
    for (auto it = wanted.resources.cbegin(); it != wanted.resources.cend(); ++it)
        keys.insert(it.key());
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    for (const QString &key : std::as_const(sorted)) {
        const auto from = current.resources.constFind(key);
        const auto to = wanted.resources.constFind(key);
        const bool inFrom = from != current.resources.cend();
        const bool inTo = to != wanted.resources.cend();
        if (inFrom && inTo && from->sameAs(*to))
            continue;
        const Resource &resource = inTo ? *to : *from;
        Change change;
        change.key = key;
        change.kind = resource.kind;
        change.name = resource.name;
        change.service = resource.service;
        change.type = !inFrom ? Change::Added : !inTo ? Change::Removed : Change::Changed;
        change.contentChanged = !(inFrom && inTo) || from->hash != to->hash;
        result.changes.append(change);
        if (resource.kind == Kind::Hosting) {
            if (change.type == Change::Added)
                result.diff.hostingAdded.append(resource.name);
            else if (change.type == Change::Removed)
                result.diff.hostingDeleted.append(resource.name);
            else
                result.diff.hostingModified.append(resource.name);
        }
    }
    // A stitch.json without origins leaves the app's as they are.
    result.appChanged = !origins(wanted).isUndefined() && origins(current) != origins(wanted);

    // File by file, for the review.
    QMap<QString, QByteArray> before = current.configFiles();
    QMap<QString, QByteArray> after = wanted.configFiles();
    before.insert(QStringLiteral("stitch.json"), manifestBytes(current));
    after.insert(QStringLiteral("stitch.json"), manifestBytes(wanted));
    QSet<QString> paths;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        paths.insert(it.key());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        paths.insert(it.key());
    QStringList files(paths.cbegin(), paths.cend());
    files.sort();
    for (const QString &path : std::as_const(files)) {
        const bool inBefore = before.contains(path);
        const bool inAfter = after.contains(path);
        const QByteArray &old = before[path];
        const QByteArray &now = after[path];
        if (inBefore && inAfter && old == now)
            continue;
        const QString patch = TextDiff::unified(
            inBefore ? QStringLiteral("a/") + path : QStringLiteral("/dev/null"),
            inAfter ? QStringLiteral("b/") + path : QStringLiteral("/dev/null"),
            QString::fromUtf8(old), QString::fromUtf8(now));
        if (!patch.isEmpty())
            result.diff.diffs.append(patch);
    }
    return result;
}

} // namespace appcode
