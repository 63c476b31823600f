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
//! How much stretching a digest needs depends on how guessable the secret is.
enum class SecretKind {
    HumanChosen, //!< passwords: PBKDF2-SHA256 with many iterations
    Generated, //!< API keys, made of random bytes: one salted round is as strong and far cheaper
};
int iterationsFor(SecretKind kind);
PasswordDigest digestPassword(const QString &secret, SecretKind kind = SecretKind::HumanChosen);
//! A stored digest that matches nothing and costs one verify of that kind (for unknown names).
PasswordDigest decoyDigest(SecretKind kind);
bool verifyPassword(const QString &secret, const PasswordDigest &stored);
//! Whether a presented secret equals the expected one, in a time that depends on neither's
//! content nor on where they first differ: both are hashed first, then compared in full.
bool sameSecret(const QByteArray &presented, const QByteArray &expected);

} // namespace secrets
} // namespace stitchlocal
