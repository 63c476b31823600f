#include "servicecalls.h"

#include "apiclient.h"

#include <QJsonDocument>

namespace servicecalls {

namespace {
QStringList path(const QString &groupId, const QString &appId, const QStringList &more = {})
{
    return resourcedoc::appPath(groupId, appId, QStringList { QStringLiteral("services") } + more);
}
} // namespace

Job<QList<ResourceDoc>> *list(ApiClient &client, const QString &groupId, const QString &appId)
{
    return resourcedoc::list(client, path(groupId, appId));
}

Job<ResourceDoc> *get(ApiClient &client, const QString &groupId, const QString &appId,
                      const QString &serviceId)
{
    return resourcedoc::send(client, QStringLiteral("GET"), path(groupId, appId, { serviceId }));
}

Job<ResourceDoc> *create(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &name, const QString &type, const QJsonObject &config)
{
    return resourcedoc::send(client, QStringLiteral("POST"), path(groupId, appId),
                             { { QStringLiteral("name"), name },
                               { QStringLiteral("type"), type },
                               { QStringLiteral("config"), config } },
                             true);
}

Job<ResourceDoc> *update(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &serviceId, const QJsonObject &changes)
{
    return resourcedoc::send(client, QStringLiteral("PATCH"), path(groupId, appId, { serviceId }),
                             changes, true);
}

ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &serviceId)
{
    return resourcedoc::sendRaw(client, QStringLiteral("DELETE"),
                                path(groupId, appId, { serviceId }));
}

Job<ResourceDoc> *config(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &serviceId)
{
    return resourcedoc::send(client, QStringLiteral("GET"),
                             path(groupId, appId, { serviceId, QStringLiteral("config") }));
}

Job<ResourceDoc> *patchConfig(ApiClient &client, const QString &groupId, const QString &appId,
                              const QString &serviceId, const QJsonObject &patch)
{
    return resourcedoc::send(client, QStringLiteral("PATCH"),
                             path(groupId, appId, { serviceId, QStringLiteral("config") }), patch,
                             true);
}

ApiJob *runCommand(ApiClient &client, const QString &groupId, const QString &appId,
                   const QString &serviceId, const QString &command, const QJsonValue &arguments)
{
    return resourcedoc::sendRaw(
        client, QStringLiteral("POST"),
        path(groupId, appId, { serviceId, QStringLiteral("commands"), command }),
        arguments.isObject() || arguments.isArray() ? arguments : QJsonValue(QJsonObject()));
}

QStringList knownTypes()
{
    return { QStringLiteral("mongodb-atlas"), QStringLiteral("mongodb"), QStringLiteral("http"),
             QStringLiteral("aws"),           QStringLiteral("aws-s3"),  QStringLiteral("aws-ses"),
             QStringLiteral("twilio"),        QStringLiteral("github"),  QStringLiteral("gcm"),
             QStringLiteral("mailgun"),       QStringLiteral("pubnub"),  QStringLiteral("slack"),
             QStringLiteral("datalake") };
}

QList<ConfigField> fieldsOf(const QString &type)
{
    // From the reference's service configuration sections (stitch-admin-api-v3.txt, openapi).
    if (type == QLatin1String("mongodb-atlas"))
        return { { QStringLiteral("clusterName"), false, true },
                 { QStringLiteral("readPreference"), false, false },
                 { QStringLiteral("wireProtocolEnabled"), false, false } };
    if (type == QLatin1String("mongodb"))
        return { { QStringLiteral("uri"), true, true } };
    if (type == QLatin1String("aws") || type == QLatin1String("aws-s3")
        || type == QLatin1String("aws-ses"))
        return { { QStringLiteral("accessKeyId"), false, false },
                 { QStringLiteral("secretAccessKey"), true, false },
                 { QStringLiteral("region"), false, false } };
    if (type == QLatin1String("twilio"))
        return { { QStringLiteral("sid"), false, true },
                 { QStringLiteral("auth_token"), true, false } };
    if (type == QLatin1String("github"))
        return {};
    if (type == QLatin1String("http"))
        return {};
    if (type == QLatin1String("gcm"))
        return { { QStringLiteral("senderId"), false, false },
                 { QStringLiteral("apiKey"), true, false } };
    if (type == QLatin1String("mailgun"))
        return { { QStringLiteral("domain"), false, false },
                 { QStringLiteral("apiKey"), true, false } };
    if (type == QLatin1String("pubnub"))
        return { { QStringLiteral("publishKey"), false, false },
                 { QStringLiteral("subscribeKey"), false, false },
                 { QStringLiteral("secretKey"), true, false } };
    if (type == QLatin1String("slack"))
        return { { QStringLiteral("teamId"), false, false },
                 { QStringLiteral("token"), true, false } };
    return {};
}

bool isSecretKey(const QString &key)
{
    const QString lower = key.toLower();
    for (const char *word : { "secret", "password", "token", "apikey", "api_key" }) {
        if (lower.contains(QLatin1String(word)))
            return true;
    }
    // A connection URI carries credentials.
    return lower.endsWith(QLatin1String("uri"));
}

} // namespace servicecalls
