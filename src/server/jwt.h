#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace stitchlocal {

class Store;

//! JSON Web Tokens as the Stitch SDKs and the admin client read them: three base64url parts,
//! HS256. The server's own tokens are signed with a key of its own; custom-token logins are
//! checked against the key an auth provider's config names.
namespace jwt {

//! base64url without padding, as JWTs use it.
QByteArray base64Url(const QByteArray &bytes);

//! header.payload.signature with {"alg":"HS256","typ":"JWT"}.
QString signHs256(const QJsonObject &payload, const QByteArray &key);

//! Why a presented token was refused; empty when it was accepted.
struct Verdict
{
    QJsonObject payload; //!< valid only when error is empty
    QString error;
    bool ok() const { return error.isEmpty(); }
};
//! Checks the shape, that the header says HS256, and the signature against every key given (the
//! first match wins, so a provider can rotate keys). Expiry and audience are the caller's.
Verdict verifyHs256(const QString &token, const QList<QByteArray> &keys);

//! The key the server signs its own tokens with: made from 32 random bytes the first time and
//! kept in the store's meta table beside the other server secrets; never logged nor answered.
//! Empty when the store cannot be read or written.
QByteArray serverKey(Store &store);

//! The exp a refresh token carries (the real service's 60 days). The server ends sessions on
//! logout, not by this date; it is there because clients read every token's exp.
constexpr qint64 kRefreshLifetimeSeconds = 60LL * 24 * 3600;

//! A server token: {sub, typ, iat, exp, jti} plus extra claims. typ is "access" or "refresh";
//! jti is random so that two tokens of one second never share a digest.
QString serverToken(Store &store, const QString &subject, const QString &type, qint64 nowMs,
                    qint64 lifetimeSeconds, const QJsonObject &extraClaims = {});

} // namespace jwt
} // namespace stitchlocal
