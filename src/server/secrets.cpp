#include "secrets.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtEndian>

namespace stitchlocal::secrets {

namespace {

// Enough to make offline guessing slow, few enough that a test run logging in a hundred times
// stays quick on a small machine.
constexpr int kIterations = 60000;

QByteArray randomBytes(int count)
{
    Q_ASSERT(count % 4 == 0); // filled a 32-bit word at a time
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}

} // namespace

QString newObjectId()
{
    QByteArray id(4, Qt::Uninitialized);
    qToBigEndian(quint32(QDateTime::currentSecsSinceEpoch()), id.data());
    id += randomBytes(8);
    return QString::fromLatin1(id.toHex());
}

bool isObjectId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{24}$"));
    return pattern.match(text).hasMatch();
}

QString randomLetters(int count)
{
    QString letters;
    for (int i = 0; i < count; ++i)
        letters += QChar(u'a' + QRandomGenerator::system()->bounded(26));
    return letters;
}

QString newToken()
{
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

int iterationsFor(SecretKind kind)
{
    return kind == SecretKind::Generated ? 1 : kIterations;
}

PasswordDigest digestPassword(const QString &secret, SecretKind kind)
{
    PasswordDigest result;
    result.salt = randomBytes(16);
    result.iterations = iterationsFor(kind);
    result.digest = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, secret.toUtf8(),
                                                       result.salt, result.iterations, 32);
    return result;
}

PasswordDigest decoyDigest(SecretKind kind)
{
    return { randomBytes(16), QByteArray(32, '\0'), iterationsFor(kind) };
}

namespace {

// Same time whatever byte differs, so the comparison leaks nothing. Sizes must be equal.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

bool verifyPassword(const QString &secret, const PasswordDigest &stored)
{
    if (stored.iterations <= 0 || stored.salt.isEmpty())
        return false;
    const QByteArray digest = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, secret.toUtf8(), stored.salt, stored.iterations, 32);
    if (digest.size() != stored.digest.size())
        return false;
    return sameBytes(digest, stored.digest);
}

bool sameSecret(const QByteArray &presented, const QByteArray &expected)
{
    // Hashing first makes both sides 32 bytes, so neither the length nor a common prefix of the
    // presented secret shows in the time taken.
    return sameBytes(QCryptographicHash::hash(presented, QCryptographicHash::Sha256),
                     QCryptographicHash::hash(expected, QCryptographicHash::Sha256));
}

} // namespace stitchlocal::secrets
