#include "authcalls.h"

#include "apiclient.h"
#include "parse.h"

#include <QJsonObject>

namespace authcalls {

Job<QList<AdminAuthProvider>> *providers(ApiClient &client)
{
    auto *job = new Job<QList<AdminAuthProvider>>(
        QStringLiteral("GET"),
        client.urlFor({ QStringLiteral("auth"), QStringLiteral("providers") }),
        &parse::adminAuthProviders);
    return client.send(job, {}, ApiClient::Auth::None);
}

Job<LoginResult> *login(ApiClient &client, const QString &provider, const QString &username,
                        const QString &secret)
{
    QJsonObject body { { QStringLiteral("username"), username } };
    // mongodb-cloud names the private API key "apiKey"; the local providers take a password.
    if (provider == QLatin1String("mongodb-cloud"))
        body.insert(QStringLiteral("apiKey"), secret);
    else
        body.insert(QStringLiteral("password"), secret);
    auto *job
        = new Job<LoginResult>(QStringLiteral("POST"),
                               client.urlFor({ QStringLiteral("auth"), QStringLiteral("providers"),
                                               provider, QStringLiteral("login") }),
                               &parse::loginResult);
    return client.send(job, QJsonDocument(body).toJson(QJsonDocument::Compact),
                       ApiClient::Auth::None);
}

Job<AdminProfile> *profile(ApiClient &client)
{
    auto *job = new Job<AdminProfile>(
        QStringLiteral("GET"), client.urlFor({ QStringLiteral("auth"), QStringLiteral("profile") }),
        &parse::adminProfile);
    return client.send(job);
}

Job<QString> *refresh(ApiClient &client)
{
    auto *job = new Job<QString>(
        QStringLiteral("POST"),
        client.urlFor({ QStringLiteral("auth"), QStringLiteral("session") }), &parse::accessToken);
    return client.send(job, {}, ApiClient::Auth::Refresh);
}

ApiJob *logout(ApiClient &client)
{
    auto *job = new RawJob(QStringLiteral("DELETE"),
                           client.urlFor({ QStringLiteral("auth"), QStringLiteral("session") }));
    return client.send(job, {}, ApiClient::Auth::Refresh);
}

} // namespace authcalls
