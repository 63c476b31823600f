#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

//! An app's configuration as a folder holds it (the export layout plus hosting), keyed by names:
//! what "App as code" pulls, compares and pushes. Ids are kept apart (Resource::id, filled only
//! for a snapshot read from an app) and never written to the folder.
namespace appcode {

enum class Kind { Function, Value, Trigger, AuthProvider, Service, Rule, Webhook, Hosting };

struct Resource
{
    Kind kind = Kind::Function;
    QString service; //!< the service's name, for rules and webhooks
    QString name; //!< a hosting file's path ("/css/site.css")
    //! The configuration as written to the folder: no _id, no server-kept fields, keys sorted.
    QJsonObject config;
    QString source; //!< functions and webhooks: source.js
    // Hosting files.
    QString hash; //!< MD5, lowercase hex
    QJsonArray attrs; //!< [{name, value}] sorted by name
    qint64 size = 0;
    QString localFile; //!< where its bytes are (a folder's file), or empty
    QByteArray bytes; //!< its bytes when read from an app with contents
    bool hasBytes = false;
    QString id; //!< on the app it was read from; empty for a folder

    //! The folder-relative place of the resource: "functions/sum", "values/greeting",
    //! "services/mongodb-atlas/rules/db.coll", "hosting/files/css/site.css".
    QString key() const;
    //! Whether the two describe the same configuration (ids, files and bytes aside).
    bool sameAs(const Resource &other) const;
};

struct Snapshot
{
    QJsonObject app; //!< stitch.json (name, location, deployment_model, security, ...)
    QMap<QString, Resource> resources; //!< by key()
    //! Files of the folder the layout does not know: listed, ignored.
    QStringList ignored;
    //! Fatal problems (each names its file, and the line for invalid JSON); empty when usable.
    QStringList problems;

    bool isValid() const { return problems.isEmpty(); }
    //! The folder's files with their bytes, hosting files aside (metadata.json included).
    QMap<QString, QByteArray> configFiles() const;
    //! A digest of everything a push compares (configuration files, hosting hashes and
    //! attributes): equal for two reads of an unchanged app.
    QByteArray fingerprint() const;
    //! The values that name a secret ({from_secret: true}): their names.
    QStringList secretValues() const;
    int count(Kind kind) const;
};

//! Pretty JSON with sorted keys, four-space indentation and a final line break: the only way a
//! file of the folder is written, so that an unchanged app gives the same bytes.
QByteArray jsonBytes(const QJsonObject &object);
QByteArray jsonBytes(const QJsonArray &array);
//! A resource name as a file or folder name: separators and control characters become '_'.
QString fileName(const QString &name);
QString kindName(Kind kind); //!< "function", "value", ...
QString folderOf(Kind kind); //!< "functions", "values", ...

//! The largest configuration file (and source.js) a folder may hold, and the largest hosting
//! file: bigger ones are refused rather than read.
constexpr qint64 kMaxConfigBytes = 4 * 1024 * 1024;
constexpr qint64 kMaxHostingBytes = 256 * 1024 * 1024;

//! Reads a folder (blocking: run it off the UI thread). Symbolic links that lead out of the
//! folder and files over the limits are refused (problems); hidden entries (.git) are skipped;
//! files the layout does not know are listed in ignored. Hosting files are hashed, not read.
Snapshot readFolder(const QString &root);
//! The hosting files a folder already holds: path ("/css/site.css") → MD5 (blocking). A pull
//! hands them to AppReader::setWithContents so that it downloads only what differs.
QHash<QString, QString> hostingHashes(const QString &root);
//! Writes the snapshot into root (blocking: run it off the UI thread): files whose bytes are
//! unchanged are not touched, files of known resources the snapshot lacks are removed, files the
//! layout does not know are left alone. Hosting files need bytes or a localFile. Returns an
//! error text, empty on success; *written counts the files written.
QString writeFolder(const QString &root, const Snapshot &snapshot, int *written = nullptr);

//! The configuration of a resource as the folder holds it, from a server document: without
//! _id and the fields the server keeps (last_modified, suspended, function_id, ...).
QJsonObject cleanConfig(Kind kind, QJsonObject doc);

} // namespace appcode
