#include "profilestore.h"
#include "settingswrite.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

namespace {

const QString LocalId = QStringLiteral("local");
const QString ProfilesKey = QStringLiteral("profiles");
const QString LastUsedKey = QStringLiteral("lastUsedProfile");

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings) {
        m_settings = new QSettings(this);
        m_ownsSettings = true;
    }
    load();
}

Profile ProfileStore::builtInLocal()
{
    Profile local;
    local.id = LocalId;
    local.name = QCoreApplication::translate("ProfileStore", "Local");
    local.provider = QStringLiteral("mongodb-cloud");
    local.tag = Profile::Tag::Development;
    local.builtInLocal = true;
    return local;
}

Profile ProfileStore::profile(const QString &id) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.id == id)
            return profile;
    }
    return {};
}

Profile ProfileStore::profileByName(const QString &name) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.name == name)
            return profile;
    }
    return {};
}

Profile ProfileStore::save(Profile profile)
{
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Only the one built-in profile talks to the in-process server; its port changes each run.
    profile.builtInLocal = profile.id == LocalId;
    if (profile.builtInLocal) {
        profile.baseUrl = QUrl();
        profile.provider = builtInLocal().provider;
    }
    bool replaced = false;
    for (Profile &existing : m_profiles) {
        if (existing.id == profile.id) {
            existing = profile;
            replaced = true;
        }
    }
    if (!replaced)
        m_profiles << profile;
    write();
    emit profilesChanged();
    return profile;
}

void ProfileStore::remove(const QString &id)
{
    if (id == LocalId)
        return;
    const auto removed = m_profiles.removeIf([&id](const Profile &p) { return p.id == id; });
    if (removed == 0)
        return;
    if (lastUsedId() == id)
        m_settings->remove(LastUsedKey);
    write();
    emit profilesChanged();
}

QString ProfileStore::lastUsedId() const
{
    const QString id = m_settings->value(LastUsedKey).toString();
    return profile(id).isNull() ? LocalId : id;
}

void ProfileStore::setLastUsedId(const QString &id)
{
    writeSettingIfChanged(*m_settings, LastUsedKey, id);
}

void ProfileStore::load()
{
    m_profiles.clear();
    Profile local = builtInLocal();
    const int count = m_settings->beginReadArray(ProfilesKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Profile profile;
        profile.id = m_settings->value(QStringLiteral("id")).toString();
        profile.name = m_settings->value(QStringLiteral("name")).toString();
        profile.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
        profile.provider
            = m_settings->value(QStringLiteral("provider"), profile.provider).toString();
        profile.username = m_settings->value(QStringLiteral("username")).toString();
        profile.defaultGroupId = m_settings->value(QStringLiteral("defaultGroupId")).toString();
        profile.tag = Profile::tagFromKey(m_settings->value(QStringLiteral("tag")).toString());
        profile.blockDeploysOnFailingCases
            = m_settings->value(QStringLiteral("blockDeploysOnFailingCases"), false).toBool();
        if (profile.id == LocalId) {
            // The user may rename Local or pick its group; it stays the built-in one.
            local.name = profile.name.isEmpty() ? local.name : profile.name;
            local.username = profile.username;
            local.defaultGroupId = profile.defaultGroupId;
            local.tag = profile.tag;
            local.blockDeploysOnFailingCases = profile.blockDeploysOnFailingCases;
        } else if (!profile.id.isEmpty()) {
            m_profiles << profile;
        }
    }
    m_settings->endArray();
    m_profiles.prepend(local);
}

void ProfileStore::write()
{
    m_settings->remove(ProfilesKey);
    m_settings->beginWriteArray(ProfilesKey, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Profile &profile = m_profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), profile.id);
        m_settings->setValue(QStringLiteral("name"), profile.name);
        if (!profile.builtInLocal)
            m_settings->setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString());
        m_settings->setValue(QStringLiteral("provider"), profile.provider);
        m_settings->setValue(QStringLiteral("username"), profile.username);
        m_settings->setValue(QStringLiteral("defaultGroupId"), profile.defaultGroupId);
        m_settings->setValue(QStringLiteral("tag"), Profile::tagKey(profile.tag));
        m_settings->setValue(QStringLiteral("blockDeploysOnFailingCases"),
                             profile.blockDeploysOnFailingCases);
    }
    m_settings->endArray();
}
