#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

//! One place the console can sign in to. Holds no secret: those live in SecretStore.
struct Profile
{
    enum class Tag { None, Development, Staging, Production };

    QString id; //!< stable key, also the keychain key prefix
    QString name;
    QUrl baseUrl; //!< server root, without /api/admin/v3.0; empty for the built-in Local profile
    QString provider = QStringLiteral("mongodb-cloud"); //!< or "local-userpass"
    QString username; //!< public API key or user name
    QString defaultGroupId;
    Tag tag = Tag::None;
    bool builtInLocal = false; //!< the in-process stitch-local with its demo app
    //! Deploy refuses while a run case of the app fails (otherwise failures only warn).
    bool blockDeploysOnFailingCases = false;

    bool isNull() const { return id.isEmpty(); }
    static QString tagName(Tag tag); //!< translated, for display
    static QString tagKey(Tag tag); //!< "production", ... for settings
    static Tag tagFromKey(const QString &key);
};

Q_DECLARE_METATYPE(Profile)
