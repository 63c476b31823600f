#pragma once

// What an app's end users do through the Client API of the in-process server (register, log
// in), so the admin panels have pending registrations, devices and last logins to show.

#include "signedinfixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace clientapi {

inline int post(SignedInFixture &fx, const QString &path, const QJsonObject &body)
{
    static QNetworkAccessManager manager;
    QUrl url = fx.server->rootUrl();
    url.setPath(QStringLiteral("/api/client/v2.0/app/%1%2").arg(fx.app.clientAppId, path));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply
        = manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(30000))
        return -1;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

//! Makes new local-userpass registrations wait for a confirmation (no autoConfirm).
inline bool requireConfirmation(SignedInFixture &fx)
{
    ApiClient &client = *fx.other->client();
    const QJsonObject provider {
        { QStringLiteral("name"), QStringLiteral("local-userpass") },
        { QStringLiteral("type"), QStringLiteral("local-userpass") },
        { QStringLiteral("config"),
          QJsonObject { { QStringLiteral("autoConfirm"), false },
                        { QStringLiteral("emailConfirmationUrl"),
                          QStringLiteral("https://example.com/confirm") },
                        { QStringLiteral("resetPasswordUrl"),
                          QStringLiteral("https://example.com/reset") } } },
    };
    return SignedInFixture::finish(client.send(
        new RawJob(QStringLiteral("POST"),
                   client.urlFor({ QStringLiteral("groups"), fx.groupId, QStringLiteral("apps"),
                                   fx.app.id, QStringLiteral("auth_providers") })),
        QJsonDocument(provider).toJson(QJsonDocument::Compact)));
}

inline int registerUser(SignedInFixture &fx, const QString &email)
{
    return post(fx, QStringLiteral("/auth/providers/local-userpass/register"),
                { { QStringLiteral("email"), email },
                  { QStringLiteral("password"), QStringLiteral("secret-password") } });
}

inline int logIn(SignedInFixture &fx, const QString &email, const QString &platform)
{
    return post(fx, QStringLiteral("/auth/providers/local-userpass/login"),
                { { QStringLiteral("username"), email },
                  { QStringLiteral("password"), QStringLiteral("secret-password") },
                  { QStringLiteral("options"),
                    QJsonObject { { QStringLiteral("device"),
                                    QJsonObject { { QStringLiteral("platform"), platform },
                                                  { QStringLiteral("platformVersion"),
                                                    QStringLiteral("17.1") },
                                                  { QStringLiteral("sdkVersion"),
                                                    QStringLiteral("4.9.0") } } } } } });
}

} // namespace clientapi
