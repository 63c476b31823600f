#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace stitchlocal::resources {

//! Config fields that hold a credential: stored, used, never answered, never exported. Services
//! by type (aws, aws-s3, aws-ses, twilio, and the OAuth clients of github), auth providers by
//! type (the OAuth providers' client secrets, custom-token's signing key).
inline QStringList secretConfigFields(const QString &type)
{
    if (type == QLatin1String("aws") || type == QLatin1String("aws-s3")
        || type == QLatin1String("aws-ses"))
        return { QStringLiteral("secretAccessKey") };
    if (type == QLatin1String("twilio"))
        return { QStringLiteral("authToken") };
    if (type.startsWith(QLatin1String("oauth2-")) || type == QLatin1String("github"))
        return { QStringLiteral("clientSecret") };
    if (type == QLatin1String("custom-token"))
        return { QStringLiteral("signingKey"), QStringLiteral("signingKeys") };
    return {};
}

//! config without the secret fields of type.
inline QJsonObject withoutSecrets(const QString &type, QJsonObject config)
{
    const QStringList fields = secretConfigFields(type);
    for (const QString &field : fields)
        config.remove(field);
    return config;
}

} // namespace stitchlocal::resources
