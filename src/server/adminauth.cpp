#include "adminauth.h"

#include "jwt.h"
#include "secrets.h"
#include "store.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace stitchlocal {

namespace {

AdminSpec::Kind kindOf(const QString &provider)
{
    return provider == QLatin1String("local") ? AdminSpec::Kind::UserPassword
                                              : AdminSpec::Kind::ApiKey;
}

} // namespace

AdminAuth::AdminAuth(Store &store, int tokenTtlSeconds, std::function<qint64()> clockMs)
    : m_store(store)
    , m_ttlMs(qint64(tokenTtlSeconds) * 1000)
    , m_clockMs(std::move(clockMs))
{
}

bool AdminAuth::upsert(const AdminSpec &spec, AdminSpec *stored)
{
    QSqlQuery query(m_store.database());
    if (!m_store.exec(
            query,
            QStringLiteral("SELECT id, group_id FROM admins WHERE provider = ? AND name = ?"),
            { spec.provider(), spec.name }))
        return false;
    *stored = spec;
    const secrets::PasswordDigest digest = secrets::digestPassword(
        spec.secret,
        spec.kind == AdminSpec::Kind::ApiKey ? secrets::SecretKind::Generated
                                             : secrets::SecretKind::HumanChosen);
    if (query.next()) {
        const QString id = query.value(0).toString();
        if (stored->groupId.isEmpty())
            stored->groupId = query.value(1).toString();
        return m_store.exec(query,
                            QStringLiteral("UPDATE admins SET salt = ?, digest = ?, iterations = ?,"
                                           " group_id = ?, generated = ? WHERE id = ?"),
                            { digest.salt, digest.digest, digest.iterations, stored->groupId,
                              int(spec.generated), id });
    }
    if (stored->groupId.isEmpty())
        stored->groupId = secrets::newObjectId();
    return m_store.exec(query,
                        QStringLiteral("INSERT INTO admins(id, provider, name, salt, digest,"
                                       " iterations, group_id, generated, created)"
                                       " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        { secrets::newObjectId(), spec.provider(), spec.name, digest.salt,
                          digest.digest, digest.iterations, stored->groupId, int(spec.generated),
                          nowMs() / 1000 });
}

bool AdminAuth::setUp(const QList<AdminSpec> &given, QList<AdminSpec> *all, QString *error)
{
    QList<AdminSpec> known;
    const bool ok = m_store.write([&] {
        for (const AdminSpec &spec : given) {
            AdminSpec stored;
            if (!upsert(spec, &stored))
                return false;
            known.append(stored);
        }
        QSqlQuery query(m_store.database());
        if (!m_store.exec(query, QStringLiteral("SELECT count(*) FROM admins WHERE generated = 1"))
            || !query.next())
            return false;
        if (given.isEmpty() && query.value(0).toInt() == 0) {
            AdminSpec spec;
            spec.kind = AdminSpec::Kind::ApiKey;
            spec.name = secrets::randomLetters(8);
            spec.secret = QUuid::createUuid().toString(QUuid::WithoutBraces);
            spec.generated = true;
            AdminSpec stored;
            if (!upsert(spec, &stored))
                return false;
            known.append(stored);
        }
        return true;
    });
    if (!ok) {
        *error = QStringLiteral("cannot store the administrators");
        return false;
    }

    QSqlQuery query(m_store.database());
    if (!m_store.exec(query,
                      QStringLiteral("SELECT provider, name, group_id, generated FROM admins"
                                     " ORDER BY generated DESC, created, name"))) {
        *error = QStringLiteral("cannot read the administrators");
        return false;
    }
    while (query.next()) {
        AdminSpec spec;
        spec.kind = kindOf(query.value(0).toString());
        spec.name = query.value(1).toString();
        spec.groupId = query.value(2).toString();
        spec.generated = query.value(3).toBool();
        const bool listed = std::any_of(known.cbegin(), known.cend(), [&](const AdminSpec &k) {
            return k.kind == spec.kind && k.name == spec.name;
        });
        if (!listed)
            known.append(spec);
    }
    *all = known;
    return true;
}

std::optional<AdminAuth::Session> AdminAuth::login(const QString &provider, const QString &name,
                                                   const QString &secret)
{
    QSqlQuery query(m_store.database());
    if (!m_store.exec(query,
                      QStringLiteral("SELECT id, salt, digest, iterations FROM admins"
                                     " WHERE provider = ? AND name = ?"),
                      { provider, name }))
        return std::nullopt;
    // An unknown name costs a digest too, so timing does not tell which names exist.
    secrets::PasswordDigest stored;
    QString adminId;
    if (query.next()) {
        adminId = query.value(0).toString();
        stored = { query.value(1).toByteArray(), query.value(2).toByteArray(),
                   query.value(3).toInt() };
    } else {
        stored = secrets::decoyDigest(provider == QLatin1String("mongodb-cloud")
                                          ? secrets::SecretKind::Generated
                                          : secrets::SecretKind::HumanChosen);
    }
    if (!secrets::verifyPassword(secret, stored) || adminId.isEmpty())
        return std::nullopt;

    Session session;
    session.userId = adminId;
    session.deviceId = secrets::newObjectId();
    // Refresh tokens live until their session ends; the exp claim only tells clients a horizon.
    session.refreshToken = jwt::serverToken(m_store, adminId, QStringLiteral("refresh"), nowMs(),
                                            jwt::kRefreshLifetimeSeconds);
    if (session.refreshToken.isEmpty())
        return std::nullopt;
    const QByteArray refreshHash = secrets::tokenHash(session.refreshToken);
    const bool ok = m_store.write([&] {
        QSqlQuery insert(m_store.database());
        if (!m_store.exec(
                insert,
                QStringLiteral("INSERT INTO sessions(refresh_hash, admin_id, device_id,"
                               " created) VALUES(?, ?, ?, ?)"),
                { refreshHash, adminId, session.deviceId, nowMs() / 1000 }))
            return false;
        session.accessToken = issueAccessToken(refreshHash, adminId);
        return !session.accessToken.isEmpty();
    });
    if (!ok)
        return std::nullopt;
    return session;
}

QString AdminAuth::issueAccessToken(const QByteArray &refreshHash, const QString &adminId)
{
    const qint64 now = nowMs();
    const QString token
        = jwt::serverToken(m_store, adminId, QStringLiteral("access"), now, m_ttlMs / 1000);
    if (token.isEmpty())
        return QString();
    QSqlQuery query(m_store.database());
    // Expired tokens are of no use to anyone; dropping them here keeps the table small.
    if (!m_store.exec(query, QStringLiteral("DELETE FROM access_tokens WHERE expires_ms <= ?"),
                      { now })
        || !m_store.exec(query,
                         QStringLiteral("INSERT INTO access_tokens(token_hash, refresh_hash,"
                                        " expires_ms) VALUES(?, ?, ?)"),
                         { secrets::tokenHash(token), refreshHash, now + m_ttlMs }))
        return QString();
    return token;
}

QString AdminAuth::adminForAccessToken(const QString &token) const
{
    if (token.isEmpty())
        return QString();
    const QByteArray hash = secrets::tokenHash(token);
    const std::optional<ContentStamp> stamp = m_store.contentStamp();
    std::optional<TokenOwner> owner;
    if (stamp) {
        if (const TokenOwner *cached = m_tokenCache.find(hash, *stamp))
            owner = *cached;
    }
    if (!owner) {
        owner = readTokenOwner(hash);
        if (!owner)
            return QString();
        if (stamp)
            m_tokenCache.insert(hash, *owner, *stamp);
    }
    // Expiry is a matter of time, not of content: checked on every use.
    if (owner->expiresMs <= nowMs())
        return QString();
    return owner->adminId;
}

std::optional<AdminAuth::TokenOwner> AdminAuth::readTokenOwner(const QByteArray &tokenHash) const
{
    QSqlQuery query(m_store.database());
    if (!m_store.exec(query,
                      QStringLiteral("SELECT s.admin_id, t.expires_ms FROM access_tokens t"
                                     " JOIN sessions s ON s.refresh_hash = t.refresh_hash"
                                     " WHERE t.token_hash = ?"),
                      { tokenHash }))
        return std::nullopt;
    if (!query.next())
        return TokenOwner();
    return TokenOwner { query.value(0).toString(), query.value(1).toLongLong() };
}

QByteArray AdminAuth::sessionForRefreshToken(const QString &token, QString *adminId) const
{
    if (token.isEmpty())
        return QByteArray();
    const QByteArray hash = secrets::tokenHash(token);
    QSqlQuery query(m_store.database());
    if (!m_store.exec(query, QStringLiteral("SELECT admin_id FROM sessions WHERE refresh_hash = ?"),
                      { hash })
        || !query.next())
        return QByteArray();
    *adminId = query.value(0).toString();
    return hash;
}

std::optional<QString> AdminAuth::newAccessToken(const QByteArray &refreshHash,
                                                 const QString &adminId)
{
    QString token;
    if (!m_store.write([&] {
            token = issueAccessToken(refreshHash, adminId);
            return !token.isEmpty();
        }))
        return std::nullopt;
    return token;
}

bool AdminAuth::endSession(const QByteArray &refreshHash)
{
    return m_store.write([&] {
        QSqlQuery query(m_store.database());
        return m_store.exec(query,
                            QStringLiteral("DELETE FROM access_tokens WHERE refresh_hash = ?"),
                            { refreshHash })
            && m_store.exec(query, QStringLiteral("DELETE FROM sessions WHERE refresh_hash = ?"),
                            { refreshHash });
    });
}

std::optional<AdminAuth::Admin> AdminAuth::admin(const QString &id) const
{
    const std::optional<ContentStamp> stamp = m_store.contentStamp();
    if (stamp) {
        if (const std::optional<Admin> *cached = m_adminCache.find(id, *stamp))
            return *cached;
    }
    QSqlQuery query(m_store.database());
    if (!m_store.exec(query,
                      QStringLiteral("SELECT provider, name, group_id, generated FROM admins"
                                     " WHERE id = ?"),
                      { id }))
        return std::nullopt;
    std::optional<Admin> found;
    if (query.next())
        found = Admin { id, query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toBool() };
    if (stamp)
        m_adminCache.insert(id, found, *stamp);
    return found;
}

} // namespace stitchlocal
