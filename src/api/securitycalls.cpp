#include "securitycalls.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace securitycalls {

namespace {

QStringList originsPath(const QString &groupId, const QString &appId)
{
    return { QStringLiteral("groups"), groupId, QStringLiteral("apps"), appId,
             QStringLiteral("security"), QStringLiteral("allowed_request_origins") };
}

QString tr(const char *text)
{
    return QCoreApplication::translate("SecurityPanel", text);
}

} // namespace

QString originProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return tr("Enter an origin such as https://example.com.");
    if (text != text.trimmed() || text.contains(QLatin1Char(' ')))
        return tr("An origin has no spaces.");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return tr("“%1” is not scheme://host[:port].").arg(text);
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return tr("An origin starts with http:// or https://.");
    if (!url.userInfo().isEmpty())
        return tr("An origin has no user name or password.");
    if (!url.path().isEmpty() || url.hasQuery() || url.hasFragment())
        return tr("An origin ends after the host and port: remove “%1”.")
            .arg(url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    return {};
}

QStringList parseOrigins(const QJsonDocument &doc, QString *why)
{
    QJsonArray array;
    if (doc.isArray())
        array = doc.array();
    else if (doc.isObject()
             && doc.object().value(QLatin1String("allowed_request_origins")).isArray())
        array = doc.object().value(QLatin1String("allowed_request_origins")).toArray();
    else {
        *why = QCoreApplication::translate("ApiError", "expected a list of origins");
        return {};
    }
    QStringList origins;
    for (const QJsonValue &item : array)
        origins.append(item.toString());
    return origins;
}

Job<QStringList> *allowedOrigins(ApiClient &client, const QString &groupId, const QString &appId)
{
    return client.send(new Job<QStringList>(
        QStringLiteral("GET"), client.urlFor(originsPath(groupId, appId)), parseOrigins));
}

ApiJob *setAllowedOrigins(ApiClient &client, const QString &groupId, const QString &appId,
                          const QStringList &origins)
{
    return client.send(
        new RawJob(QStringLiteral("POST"), client.urlFor(originsPath(groupId, appId))),
        QJsonDocument(QJsonArray::fromStringList(origins)).toJson(QJsonDocument::Compact));
}

} // namespace securitycalls
