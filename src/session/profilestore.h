#pragma once

#include "profile.h"

#include <QList>
#include <QObject>

class QSettings;

//! The saved profiles (everything but secrets) in QSettings; always holds the built-in "Local".
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    //! settings is not owned; pass nullptr for the application's default QSettings.
    explicit ProfileStore(QSettings *settings = nullptr, QObject *parent = nullptr);

    QList<Profile> profiles() const { return m_profiles; }
    Profile profile(const QString &id) const;
    Profile profileByName(const QString &name) const;
    //! Adds or replaces by id (a new id is made when empty); returns the stored profile.
    Profile save(Profile profile);
    void remove(const QString &id); //!< the built-in Local profile cannot be removed
    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

    static Profile builtInLocal();

signals:
    void profilesChanged();

private:
    void load();
    void write();
    QSettings *m_settings;
    bool m_ownsSettings = false;
    QList<Profile> m_profiles;
};
