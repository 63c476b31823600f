#include "secretvault.h"

#include "server/configstore.h"
#include "server/secrets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlDatabase>

#include <openssl/evp.h>

#include <memory>

namespace stitchlocal::secretvault {

namespace {

const QString kKind = QStringLiteral("secret");
const QString kSealed = QStringLiteral("sealed");
constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

// Secrets are the app's, not its configuration directory's: written to the deployed state
// (adminId empty), beside drafts, and left out of export and diff (appexport.cpp knows no
// "secret" kind).
const QString kDeployed;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

QString keyPathOf(const Store &store)
{
    return QFileInfo(store.database().databaseName())
        .dir()
        .filePath(QStringLiteral("secret-values.key"));
}

// The data folder's key, made on first use. Held per folder: tests run several servers.
QByteArray keyOf(const Store &store)
{
    static QMutex mutex;
    static QHash<QString, QByteArray> keys;
    const QString path = keyPathOf(store);
    const QMutexLocker lock(&mutex);
    if (keys.contains(path))
        return keys.value(path);
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QByteArray key = existing.readAll();
        if (key.size() == kKeyBytes)
            keys.insert(path, key);
        return key.size() == kKeyBytes ? key : QByteArray();
    }
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()),
                                          kKeyBytes / int(sizeof(quint32)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(key) != key.size() || !file.commit())
        return QByteArray();
    keys.insert(path, key);
    return key;
}

// nonce | ciphertext | tag, base64; empty on failure.
QString seal(const Store &store, const QString &value)
{
    const QByteArray key = keyOf(store);
    if (key.isEmpty())
        return {};
    const QByteArray plain = value.toUtf8();
    QByteArray nonce(kNonceBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()),
                                          kNonceBytes / int(sizeof(quint32)));
    QByteArray out(plain.size() + kTagBytes, Qt::Uninitialized);
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    int tail = 0;
    const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
    const auto *n = reinterpret_cast<const unsigned char *>(nonce.constData());
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, k, n) != 1
        || EVP_EncryptUpdate(ctx.get(), o, &len,
                             reinterpret_cast<const unsigned char *>(plain.constData()),
                             int(plain.size()))
            != 1
        || EVP_EncryptFinal_ex(ctx.get(), o + len, &tail) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, o + len + tail) != 1)
        return {};
    return QString::fromLatin1((nonce + out).toBase64());
}

std::optional<QString> unseal(const Store &store, const QString &sealed)
{
    const QByteArray key = keyOf(store);
    const QByteArray raw = QByteArray::fromBase64(sealed.toLatin1());
    if (key.isEmpty() || raw.size() < kNonceBytes + kTagBytes)
        return std::nullopt;
    const QByteArray nonce = raw.left(kNonceBytes);
    QByteArray cipher = raw.mid(kNonceBytes, raw.size() - kNonceBytes - kTagBytes);
    QByteArray tag = raw.right(kTagBytes);
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    int tail = 0;
    auto *p = reinterpret_cast<unsigned char *>(plain.data());
    if (!ctx
        || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                              reinterpret_cast<const unsigned char *>(key.constData()),
                              reinterpret_cast<const unsigned char *>(nonce.constData()))
            != 1
        || EVP_DecryptUpdate(ctx.get(), p, &len,
                             reinterpret_cast<const unsigned char *>(cipher.constData()),
                             int(cipher.size()))
            != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), p + len, &tail) != 1)
        return std::nullopt;
    return QString::fromUtf8(plain.left(len + tail));
}

Secret secretOf(const Resource &resource)
{
    return { resource.id, resource.name };
}

} // namespace

QList<Secret> list(const ConfigStore &config, const QString &appId)
{
    QList<Secret> result;
    const QList<Resource> found = config.list(appId, kKind, kDeployed, QStringLiteral(""));
    for (const Resource &resource : found)
        result.append(secretOf(resource));
    return result;
}

std::optional<Secret> byId(const ConfigStore &config, const QString &appId, const QString &id)
{
    if (const auto found = config.get(appId, kKind, id, kDeployed))
        return secretOf(*found);
    return std::nullopt;
}

std::optional<Secret> byName(const ConfigStore &config, const QString &appId, const QString &name)
{
    if (const auto found = config.findByName(appId, kKind, QStringLiteral(""), name, kDeployed))
        return secretOf(*found);
    return std::nullopt;
}

Status create(ConfigStore &config, const QString &appId, const QString &name, const QString &value,
              QString *id)
{
    const QString sealed = seal(config.store(), value);
    if (sealed.isEmpty())
        return Status::Failed;
    *id = secrets::newObjectId();
    const QJsonObject doc { { QStringLiteral("_id"), *id },
                            { QStringLiteral("name"), name },
                            { kSealed, sealed } };
    return config.insert(appId, Resource { kKind, *id, QStringLiteral(""), name, doc }, kDeployed);
}

Status update(ConfigStore &config, const QString &appId, const QString &id, const QString &name,
              const QString &value)
{
    const auto found = config.get(appId, kKind, id, kDeployed);
    if (!found)
        return Status::NotFound;
    Resource changed = *found;
    if (!name.isNull()) {
        changed.name = name;
        changed.doc.insert(QStringLiteral("name"), name);
    }
    if (!value.isNull()) {
        const QString sealed = seal(config.store(), value);
        if (sealed.isEmpty())
            return Status::Failed;
        changed.doc.insert(kSealed, sealed);
    }
    return config.update(appId, changed, kDeployed);
}

Status remove(ConfigStore &config, const QString &appId, const QString &id)
{
    return config.remove(appId, kKind, id, kDeployed);
}

std::optional<QString> reveal(const ConfigStore &config, const QString &appId, const QString &name)
{
    const auto found = config.findByName(appId, kKind, QStringLiteral(""), name, kDeployed);
    if (!found)
        return std::nullopt;
    return unseal(config.store(), found->doc.value(kSealed).toString());
}

} // namespace stitchlocal::secretvault
