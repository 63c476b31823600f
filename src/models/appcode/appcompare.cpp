#include "appcompare.h"

#include <models/json/textdiff.h>

#include <QCoreApplication>
#include <QHash>
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

// What the server fills in for a field a resource's document leaves out: a hand-written folder
// lacks them, the app (and a pulled folder) has them. Filled on both sides before comparing so
// that only what a push would really change shows.
using Defaults = QList<QPair<QString, QJsonValue>>;

const Defaults &defaultsOf(Kind kind)
{
    static const QJsonObject empty;
    static const QHash<Kind, Defaults> defaults {
        { Kind::Function, { { QStringLiteral("private"), false } } },
        { Kind::Value, { { QStringLiteral("private"), false } } },
        { Kind::Trigger, { { QStringLiteral("disabled"), false } } },
        { Kind::AuthProvider,
          { { QStringLiteral("config"), empty }, { QStringLiteral("disabled"), false } } },
        { Kind::Service, { { QStringLiteral("config"), empty } } },
        { Kind::Webhook,
          { { QStringLiteral("can_evaluate"), empty },
            { QStringLiteral("create_user_on_auth"), false },
            { QStringLiteral("fetch_custom_user_data"), false },
            { QStringLiteral("options"), empty },
            { QStringLiteral("respond_result"), false },
            { QStringLiteral("run_as_authed_user"), false },
            { QStringLiteral("run_as_user_id"), QString() },
            { QStringLiteral("run_as_user_id_script_source"), QString() } } },
    };
    static const Defaults none;
    const auto found = defaults.constFind(kind);
    return found == defaults.cend() ? none : *found;
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

QJsonObject withServerDefaults(Kind kind, QJsonObject config)
{
    for (const auto &[key, value] : defaultsOf(kind)) {
        if (!config.contains(key))
            config.insert(key, value);
    }
    // A trigger's event processor repeats the function it names.
    if (kind == Kind::Trigger && !config.contains(QStringLiteral("event_processors"))
        && config.contains(QStringLiteral("function_name"))) {
        const QJsonObject names { { QStringLiteral("function_name"),
                                    config.value(QStringLiteral("function_name")) } };
        const QJsonObject function { { QStringLiteral("config"), names } };
        config.insert(QStringLiteral("event_processors"),
                      QJsonObject { { QStringLiteral("FUNCTION"), function } });
    }
    return config;
}

Snapshot withServerDefaults(Snapshot snapshot, const Snapshot &current)
{
    for (Resource &resource : snapshot.resources)
        resource.config = withServerDefaults(resource.kind, resource.config);
    // stitch.json: what the folder leaves out, a push leaves as the app has it.
    for (auto it = current.app.begin(); it != current.app.end(); ++it) {
        if (!snapshot.app.contains(it.key()))
            snapshot.app.insert(it.key(), it.value());
    }
    return snapshot;
}

Comparison compare(const Snapshot &currentAsRead, const Snapshot &wantedAsRead)
{
    const Snapshot current = withServerDefaults(currentAsRead, currentAsRead);
    const Snapshot wanted = withServerDefaults(wantedAsRead, currentAsRead);
    Comparison result;
    result.currentFingerprint = currentAsRead.fingerprint();
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
