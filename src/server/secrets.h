#pragma once

#include <QByteArray>
#include <QString>

namespace stitchlocal {

//! Identifiers, tokens and digests; every random byte comes from QRandomGenerator::system().
namespace secrets {

//! A 24-hex ObjectId: 4 bytes of Unix time, then 8 random bytes.
QString newObjectId();
bool isObjectId(const QString &text);
//! count random lowercase letters, as in a client_app_id suffix.
QString randomLetters(int count);
//! 32 random bytes, url-safe base64 without padding.
QString newToken();
//! What the store keeps of a token: its SHA-256.
QByteArray tokenHash(const QString &token);

struct PasswordDigest
{
    QByteArray salt;
    QByteArray digest;
    int iterations = 0;
};
PasswordDigest digestPassword(const QString &secret);
bool verifyPassword(const QString &secret, const PasswordDigest &stored);

} // namespace secrets
} // namespace stitchlocal
