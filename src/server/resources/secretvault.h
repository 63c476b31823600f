#pragma once

#include "server/configstore.h"

#include <QList>
#include <QString>

#include <optional>

namespace stitchlocal {

//! An app's secrets (GET|POST .../secrets, PUT|DELETE .../secrets/{id}): names the admin API
//! shows, values only function runs read. A value is sealed with AES-256-GCM under a key of this
//! data folder (secret-values.key, readable by its owner only) before it reaches the store, so
//! the SQLite file, its backups and copies never hold it in plain text; no answer or log does.
namespace secretvault {

struct Secret
{
    QString id;
    QString name;
};

QList<Secret> list(const ConfigStore &config, const QString &appId);
std::optional<Secret> byId(const ConfigStore &config, const QString &appId, const QString &id);
std::optional<Secret> byName(const ConfigStore &config, const QString &appId, const QString &name);

using Status = ConfigStore::Status;
//! Adds a secret; *id receives its new id.
Status create(ConfigStore &config, const QString &appId, const QString &name, const QString &value,
              QString *id);
//! Renames and/or sets a new value; a null name or value keeps the stored one.
Status update(ConfigStore &config, const QString &appId, const QString &id, const QString &name,
              const QString &value);
Status remove(ConfigStore &config, const QString &appId, const QString &id);

//! The plain value of the secret called name, for a function run; nullopt when there is none
//! or it cannot be opened (another data folder's key).
std::optional<QString> reveal(const ConfigStore &config, const QString &appId, const QString &name);

} // namespace secretvault
} // namespace stitchlocal
