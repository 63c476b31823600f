#include "overviewcalls.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace overviewcalls {

namespace {

QStringList appPath(const QString &groupId, const QString &appId)
{
    return { QStringLiteral("groups"), groupId, QStringLiteral("apps"), appId };
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

QJsonObject parseObject(const QJsonDocument &doc, QString *why)
{
    if (!doc.isObject())
        *why = tr("expected an object");
    return doc.object();
}

} // namespace

int parseCount(const QJsonDocument &doc, QString *why)
{
    if (doc.isArray())
        return int(doc.array().size());
    // Push answers {"sent": [...], "draft": [...]}-style objects on some servers: count them all.
    if (doc.isObject()) {
        int total = 0;
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            total += it.value().isArray() ? int(it.value().toArray().size()) : 0;
        return total;
    }
    *why = tr("expected a list");
    return 0;
}

QJsonObject parseLatest(const QJsonDocument &doc, QString *why)
{
    if (!doc.isArray()) {
        *why = tr("expected a list of deployments");
        return {};
    }
    QJsonObject latest;
    for (const QJsonValue &item : doc.array()) {
        const QJsonObject deployment = item.toObject();
        if (latest.isEmpty()
            || deployment.value(QLatin1String("deployed_at")).toDouble()
                > latest.value(QLatin1String("deployed_at")).toDouble())
            latest = deployment;
    }
    return latest;
}

Job<QJsonObject> *appDefinition(ApiClient &client, const QString &groupId, const QString &appId)
{
    return client.send(new Job<QJsonObject>(QStringLiteral("GET"),
                                            client.urlFor(appPath(groupId, appId)), parseObject));
}

Job<QJsonObject> *latestDeployment(ApiClient &client, const QString &groupId,
                                   const QString &appId)
{
    return client.send(new Job<QJsonObject>(
        QStringLiteral("GET"),
        client.urlFor(appPath(groupId, appId) << QStringLiteral("deployments")), parseLatest));
}

Job<int> *count(ApiClient &client, const QString &groupId, const QString &appId,
                const QStringList &segments)
{
    return client.send(new Job<int>(QStringLiteral("GET"),
                                    client.urlFor(appPath(groupId, appId) + segments),
                                    parseCount));
}

} // namespace overviewcalls
