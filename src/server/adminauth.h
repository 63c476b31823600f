#pragma once

#include "localserver.h"
#include "readcache.h"

#include <optional>

namespace stitchlocal {

class Store;

//! Administrators and their sessions, as kept in the store: digests of secrets and of tokens,
//! never the secrets or tokens themselves.
class AdminAuth
{
public:
    struct Admin
    {
        QString id;
        QString provider;
        QString name;
        QString groupId;
        bool generated = false;
    };
    struct Session
    {
        QString accessToken;
        QString refreshToken;
        QString userId;
        QString deviceId;
    };

    AdminAuth(Store &store, int tokenTtlSeconds, std::function<qint64()> clockMs);

    //! Upserts the given admins (new salt and digest, group id kept unless one is given), makes
    //! the generated API key on first need, and returns every admin the store knows, given ones
    //! first. Secrets are filled in only where this run knows them.
    bool setUp(const QList<AdminSpec> &given, QList<AdminSpec> *all, QString *error);

    std::optional<Session> login(const QString &provider, const QString &name,
                                 const QString &secret);
    //! The admin behind a valid, unexpired access token; empty otherwise.
    QString adminForAccessToken(const QString &token) const;
    //! The session hash behind a refresh token, and its admin; empty when unknown.
    QByteArray sessionForRefreshToken(const QString &token, QString *adminId) const;
    std::optional<QString> newAccessToken(const QByteArray &refreshHash, const QString &adminId);
    bool endSession(const QByteArray &refreshHash);
    std::optional<Admin> admin(const QString &id) const;

private:
    bool upsert(const AdminSpec &spec, AdminSpec *stored);
    QString issueAccessToken(const QByteArray &refreshHash, const QString &adminId);

    struct TokenOwner
    {
        QString adminId; //!< empty: no such token
        qint64 expiresMs = 0;
    };
    std::optional<TokenOwner> readTokenOwner(const QByteArray &tokenHash) const;

    qint64 nowMs() const { return m_clockMs(); }

    Store &m_store;
    qint64 m_ttlMs;
    std::function<qint64()> m_clockMs;
    // Every authenticated request asks both; the store says when they are stale.
    ReadCache<QByteArray, TokenOwner> m_tokenCache;
    ReadCache<QString, std::optional<Admin>> m_adminCache;
};

} // namespace stitchlocal
