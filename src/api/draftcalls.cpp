#include "draftcalls.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace draftcalls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

QStringList appPath(const QString &groupId, const QString &appId)
{
    return { QStringLiteral("groups"), groupId, QStringLiteral("apps"), appId };
}

QStringList draftsPath(const QString &groupId, const QString &appId)
{
    return appPath(groupId, appId) << QStringLiteral("drafts");
}

Draft draftFrom(const QJsonObject &object, QString *why)
{
    Draft draft;
    draft.id = object.value(QLatin1String("_id")).toString();
    draft.userId = object.value(QLatin1String("user_id")).toString();
    if (draft.id.isEmpty())
        *why = tr("a draft without an _id");
    return draft;
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &item : array) {
        // Stitch has sent hosting entries as paths and as {path: ...} objects.
        if (item.isString())
            out.append(item.toString());
        else if (item.isObject())
            out.append(item.toObject().value(QLatin1String("path")).toString());
    }
    return out;
}

Deployment deploymentDoc(const QJsonDocument &doc, QString *why)
{
    if (!doc.isObject()) {
        *why = tr("expected a deployment object");
        return {};
    }
    return parseDeployment(doc.object(), why);
}

} // namespace

QList<Draft> parseDrafts(const QJsonDocument &doc, QString *why)
{
    QList<Draft> drafts;
    if (doc.isObject()) {
        // One object: the reference's shape; an empty object means no draft.
        if (doc.object().isEmpty())
            return drafts;
        const Draft draft = draftFrom(doc.object(), why);
        if (why->isEmpty())
            drafts.append(draft);
        return drafts;
    }
    if (!doc.isArray()) {
        *why = tr("expected a list of drafts");
        return drafts;
    }
    for (const QJsonValue &item : doc.array()) {
        const Draft draft = draftFrom(item.toObject(), why);
        if (!why->isEmpty())
            return {};
        drafts.append(draft);
    }
    return drafts;
}

Draft parseDraft(const QJsonDocument &doc, QString *why)
{
    if (!doc.isObject()) {
        *why = tr("expected a draft object");
        return {};
    }
    return draftFrom(doc.object(), why);
}

DraftDiff parseDiff(const QJsonDocument &doc, QString *why)
{
    DraftDiff diff;
    if (!doc.isObject()) {
        *why = tr("expected a draft diff object");
        return diff;
    }
    const QJsonObject object = doc.object();
    const QJsonValue diffs = object.value(QLatin1String("diffs"));
    if (!diffs.isArray() && !diffs.isUndefined() && !diffs.isNull()) {
        *why = tr("the diff's diffs is not a list");
        return diff;
    }
    diff.diffs = strings(diffs);
    const QJsonObject hosting = object.value(QLatin1String("hosting_files_diff")).toObject();
    diff.hostingAdded = strings(hosting.value(QLatin1String("added")));
    diff.hostingDeleted = strings(hosting.value(QLatin1String("deleted")));
    diff.hostingModified = strings(hosting.value(QLatin1String("modified")));
    return diff;
}

Deployment parseDeployment(const QJsonObject &object, QString *why)
{
    Deployment d;
    d.id = object.value(QLatin1String("_id")).toString();
    if (d.id.isEmpty()) {
        *why = tr("a deployment without an _id");
        return {};
    }
    d.appId = object.value(QLatin1String("app_id")).toString();
    d.draftId = object.value(QLatin1String("draft_id")).toString();
    d.userId = object.value(QLatin1String("user_id")).toString();
    d.deployedAt = qint64(object.value(QLatin1String("deployed_at")).toDouble());
    d.origin = object.value(QLatin1String("origin")).toString();
    d.commit = object.value(QLatin1String("commit")).toString();
    d.status = object.value(QLatin1String("status")).toString();
    d.statusErrorMessage = object.value(QLatin1String("status_error_message")).toString();
    d.diffUrl = object.value(QLatin1String("diff_url")).toString();
    return d;
}

QList<Deployment> parseDeployments(const QJsonDocument &doc, QString *why)
{
    QList<Deployment> out;
    if (!doc.isArray()) {
        *why = tr("expected a list of deployments");
        return out;
    }
    for (const QJsonValue &item : doc.array()) {
        const Deployment d = parseDeployment(item.toObject(), why);
        if (!why->isEmpty())
            return {};
        out.append(d);
    }
    return out;
}

Job<QList<Draft>> *list(ApiClient &client, const QString &groupId, const QString &appId)
{
    return client.send(new Job<QList<Draft>>(
        QStringLiteral("GET"), client.urlFor(draftsPath(groupId, appId)), parseDrafts));
}

Job<Draft> *create(ApiClient &client, const QString &groupId, const QString &appId)
{
    return client.send(new Job<Draft>(QStringLiteral("POST"),
                                      client.urlFor(draftsPath(groupId, appId)), parseDraft));
}

Job<Draft> *get(ApiClient &client, const QString &groupId, const QString &appId,
                const QString &draftId)
{
    return client.send(new Job<Draft>(
        QStringLiteral("GET"), client.urlFor(draftsPath(groupId, appId) << draftId), parseDraft));
}

ApiJob *discard(ApiClient &client, const QString &groupId, const QString &appId,
                const QString &draftId)
{
    return client.send(
        new RawJob(QStringLiteral("DELETE"), client.urlFor(draftsPath(groupId, appId) << draftId)));
}

Job<DraftDiff> *diff(ApiClient &client, const QString &groupId, const QString &appId,
                     const QString &draftId)
{
    return client.send(new Job<DraftDiff>(
        QStringLiteral("GET"),
        client.urlFor(draftsPath(groupId, appId) << draftId << QStringLiteral("diff")), parseDiff));
}

Job<Deployment> *deploy(ApiClient &client, const QString &groupId, const QString &appId,
                        const QString &draftId)
{
    return client.send(new Job<Deployment>(
        QStringLiteral("POST"),
        client.urlFor(draftsPath(groupId, appId) << draftId << QStringLiteral("deployment")),
        deploymentDoc));
}

Job<QList<Deployment>> *deployments(ApiClient &client, const QString &groupId, const QString &appId)
{
    return client.send(new Job<QList<Deployment>>(
        QStringLiteral("GET"),
        client.urlFor(appPath(groupId, appId) << QStringLiteral("deployments")), parseDeployments));
}

Job<Deployment> *deployment(ApiClient &client, const QString &groupId, const QString &appId,
                            const QString &deploymentId)
{
    return client.send(new Job<Deployment>(
        QStringLiteral("GET"),
        client.urlFor(appPath(groupId, appId) << QStringLiteral("deployments") << deploymentId),
        deploymentDoc));
}

} // namespace draftcalls
