#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

//! Resource types of the Admin API, decoded by the parse functions in parse.h.

struct AdminAuthProvider
{
    QString id;
    QString name;
    QString type; //!< "mongodb-cloud", "local" (or "local-userpass")
    bool disabled = false;
};

struct LoginResult
{
    QString accessToken;
    QString refreshToken;
    QString userId;
    QString deviceId;
};

struct AdminRole
{
    QString roleName;
    QString groupId;
};

struct AdminProfile
{
    QString userId;
    QString domainId;
    QString email;
    QString name;
    QString type;
    QList<AdminRole> roles;
    //! The distinct group ids of the roles, in order of first appearance.
    QStringList groupIds() const;
};

struct App
{
    QString id; //!< _id
    QString clientAppId;
    QString name;
    QString location;
    QString deploymentModel;
    QString domainId;
    QString groupId;
    bool isNull() const { return id.isEmpty(); }
};

//! The body of POST /groups/{groupId}/apps.
struct NewApp
{
    QString name;
    QString location = QStringLiteral("US-VA");
    QString deploymentModel = QStringLiteral("GLOBAL");
};

Q_DECLARE_METATYPE(App)
