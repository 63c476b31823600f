#include "webhookcalls.h"

#include "apiclient.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

namespace webhookcalls {

namespace {
QStringList path(const QString &groupId, const QString &appId, const QString &serviceId,
                 const QStringList &more = {})
{
    return resourcedoc::appPath(groupId, appId,
                                QStringList { QStringLiteral("services"), serviceId,
                                              QStringLiteral("incoming_webhooks") }
                                    + more);
}
} // namespace

Job<QList<ResourceDoc>> *list(ApiClient &client, const QString &groupId, const QString &appId,
                              const QString &serviceId)
{
    return resourcedoc::list(client, path(groupId, appId, serviceId));
}

Job<ResourceDoc> *get(ApiClient &client, const QString &groupId, const QString &appId,
                      const QString &serviceId, const QString &webhookId)
{
    return resourcedoc::send(client, QStringLiteral("GET"),
                             path(groupId, appId, serviceId, { webhookId }));
}

Job<ResourceDoc> *create(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &serviceId, const QJsonObject &webhook)
{
    return resourcedoc::send(client, QStringLiteral("POST"), path(groupId, appId, serviceId),
                             webhook, true);
}

Job<ResourceDoc> *update(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &serviceId, const QString &webhookId,
                         const QJsonObject &webhook)
{
    return resourcedoc::send(client, QStringLiteral("PUT"),
                             path(groupId, appId, serviceId, { webhookId }), webhook, true);
}

ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &serviceId, const QString &webhookId)
{
    return resourcedoc::sendRaw(client, QStringLiteral("DELETE"),
                                path(groupId, appId, serviceId, { webhookId }));
}

QUrl webhookUrl(const QUrl &baseUrl, const QString &clientAppId, const QString &serviceName,
                const QString &webhookName)
{
    if (baseUrl.isEmpty() || clientAppId.isEmpty() || serviceName.isEmpty()
        || webhookName.isEmpty())
        return {};
    QUrl url = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment
                                | QUrl::StripTrailingSlash);
    QString root = url.path(QUrl::FullyEncoded);
    const QString admin = QStringLiteral("/api/admin/v3.0");
    if (root.endsWith(admin))
        root.chop(admin.size());
    const auto enc = [](const QString &part) {
        return QString::fromLatin1(QUrl::toPercentEncoding(part));
    };
    url.setPath(root + QStringLiteral("/api/client/v2.0/app/") + enc(clientAppId)
                    + QStringLiteral("/service/") + enc(serviceName)
                    + QStringLiteral("/incoming_webhook/") + enc(webhookName),
                QUrl::StrictMode);
    return url;
}

QByteArray payloadSignature(const QByteArray &body, const QString &secret)
{
    return "sha256="
        + QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256)
              .toHex();
}

ApiJob *invoke(ApiClient &client, const QUrl &url, const QString &method, const QByteArray &body,
               const QString &secret, bool asQuery)
{
    QUrl target = url;
    if (!secret.isEmpty() && asQuery) {
        QUrlQuery query(target);
        query.addQueryItem(QStringLiteral("secret"),
                           QString::fromLatin1(QUrl::toPercentEncoding(secret)));
        target.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    const QByteArray sent = method == QLatin1String("GET") ? QByteArray() : body;
    ApiClient::Headers headers;
    if (!secret.isEmpty() && !asQuery)
        headers.append({ QByteArrayLiteral("X-Hook-Signature"), payloadSignature(sent, secret) });
    return client.sendWithHeaders(new RawJob(method, target), headers, sent, ApiClient::Auth::None);
}

} // namespace webhookcalls
