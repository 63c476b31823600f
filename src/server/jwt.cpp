#include "jwt.h"

#include "secrets.h"
#include "store.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace stitchlocal::jwt {

namespace {

const QString kKeyName = QStringLiteral("jwt_signing_key");
constexpr auto kUrlOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray hs256(const QByteArray &signingInput, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(signingInput, key, QCryptographicHash::Sha256);
}

//! Decodes one base64url part; nullopt when it holds anything but base64url characters.
std::optional<QByteArray> decodePart(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

std::optional<QJsonObject> decodeObject(const QByteArray &part)
{
    const auto bytes = decodePart(part);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(kUrlOptions);
}

QString signHs256(const QJsonObject &payload, const QByteArray &key)
{
    static const QByteArray header = base64Url(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray signingInput
        = header + '.' + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(signingInput + '.' + base64Url(hs256(signingInput, key)));
}

Verdict verifyHs256(const QString &token, const QList<QByteArray> &keys)
{
    const QByteArray text = token.toLatin1();
    const QList<QByteArray> parts = text.split('.');
    if (parts.size() != 3 || token.size() != text.size())
        return { {}, QStringLiteral("malformed JWT: it must have three base64url parts") };
    const auto header = decodeObject(parts[0]);
    const auto payload = decodeObject(parts[1]);
    const auto signature = decodePart(parts[2]);
    if (!header || !payload || !signature)
        return { {}, QStringLiteral("malformed JWT: a part is not base64url JSON") };
    if (header->value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return { {}, QStringLiteral("JWT algorithm must be HS256") };
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    for (const QByteArray &key : keys) {
        if (!key.isEmpty() && secrets::sameSecret(*signature, hs256(signingInput, key)))
            return { *payload, QString() };
    }
    return { {}, QStringLiteral("token signature is invalid") };
}

QByteArray serverKey(Store &store)
{
    const QString stored = store.meta(kKeyName);
    if (!stored.isEmpty())
        return QByteArray::fromBase64(stored.toLatin1());
    // Made once per data folder: tokens stay valid across restarts, as the sessions they name do.
    const QByteArray key
        = QByteArray::fromBase64(secrets::newToken().toLatin1(), QByteArray::Base64UrlEncoding);
    if (!store.write([&] { return store.setMeta(kKeyName, QString::fromLatin1(key.toBase64())); }))
        return QByteArray();
    return key;
}

QString serverToken(Store &store, const QString &subject, const QString &type, qint64 nowMs,
                    qint64 lifetimeSeconds, const QJsonObject &extraClaims)
{
    const QByteArray key = serverKey(store);
    if (key.isEmpty())
        return QString();
    QJsonObject payload = extraClaims;
    const qint64 issued = nowMs / 1000;
    payload.insert(QStringLiteral("iat"), issued);
    payload.insert(QStringLiteral("exp"), issued + lifetimeSeconds);
    payload.insert(QStringLiteral("sub"), subject);
    payload.insert(QStringLiteral("typ"), type);
    payload.insert(QStringLiteral("jti"), secrets::newToken());
    return signHs256(payload, key);
}

} // namespace stitchlocal::jwt
