#pragma once

#include "apijob.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class ApiClient;
class QJsonArray;
class QJsonObject;

//! Attributes of a hosted asset in the order the server gives them: [(name, value)].
using AssetAttributes = QList<QPair<QString, QString>>;

//! One hosted file, or a folder (path ending in '/'), as GET .../hosting/assets lists it.
struct HostingAsset
{
    QString path; //!< "/css/site.css"; a folder's ends with '/'
    QString hash; //!< MD5, lowercase hex
    qint64 size = 0;
    AssetAttributes attrs;
    qint64 lastModified = 0; //!< Unix seconds
    QString url; //!< where the file is served, without a token

    bool isNull() const { return path.isEmpty(); }
    bool isFolder() const { return path.endsWith(QLatin1Char('/')); }
    //! The value of attribute name (case-insensitive), or a null string.
    QString attribute(const QString &name) const;
};

//! What one upload sends: the file at localFile, stored at path, with its planned size and MD5.
//! The file is opened again for every send (so a token refresh can replay it) and streamed.
struct HostingUpload
{
    QString path;
    QString localFile;
    qint64 size = 0;
    QString hash; //!< MD5 of the file's bytes, lowercase hex
    AssetAttributes attrs;
};

//! Hosting APIs: /groups/{groupId}/apps/{appId}/hosting/... Every call that takes a hosting path
//! refuses it before sending (ApiError::RefusedPath) when pathProblem() finds one.
namespace hostingcalls {
//! GET .../hosting/assets?recursive=true: every file and folder.
Job<QList<HostingAsset>> *list(ApiClient &client, const QString &groupId, const QString &appId);
//! The same call, undecoded: a big listing is parsed with parseAssets() off the UI thread.
RawJob *listRaw(ApiClient &client, const QString &groupId, const QString &appId);
//! GET .../hosting/assets/asset?path=
Job<HostingAsset> *get(ApiClient &client, const QString &groupId, const QString &appId,
                       const QString &path);
//! PUT .../hosting/assets/asset, multipart/mixed: a "meta" JSON part then the "file" part,
//! streamed from disk (up to InMemoryUploadBytes: read whole into one body). A file whose size differs from upload.size by then is not sent
//! (ApiError::LocalFile); a file whose bytes changed gets the server's hash mismatch (400).
ApiJob *upload(ApiClient &client, const QString &groupId, const QString &appId,
               const HostingUpload &upload);
//! PUT .../hosting/assets/asset with {"path": "/dir/"}: an empty folder.
ApiJob *createFolder(ApiClient &client, const QString &groupId, const QString &appId,
                     const QString &folderPath);
//! PATCH .../hosting/assets/asset?path= {"attributes": [...]}: replaces every attribute.
ApiJob *setAttributes(ApiClient &client, const QString &groupId, const QString &appId,
                      const QString &path, const AssetAttributes &attrs);
//! POST .../hosting/assets {"move_from", "move_to"}; folders (paths ending '/') move whole.
ApiJob *move(ApiClient &client, const QString &groupId, const QString &appId, const QString &from,
             const QString &to);
//! POST .../hosting/assets {"copy_from", "copy_to"}.
ApiJob *copy(ApiClient &client, const QString &groupId, const QString &appId, const QString &from,
             const QString &to);
//! DELETE .../hosting/assets/asset?path=; a folder path deletes everything under it.
ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &path);
//! PUT .../hosting/cache {"invalidate": true, "path": "/*"}.
ApiJob *invalidateCache(ApiClient &client, const QString &groupId, const QString &appId,
                        const QString &path = QStringLiteral("/*"));
//! GET of an asset's served url, without a token (the preview's bytes).
RawJob *fetchServed(ApiClient &client, const QString &url);

//! Empty when path may name a hosted asset; otherwise why not, in a sentence: no leading '/',
//! '.' or '..' segments, '//', backslashes, control characters, over 1024 bytes, or one name
//! over 255 bytes (stricter than the server, which only limits the whole path).
QString pathProblem(const QString &path);
//! The attribute names hosting accepts, spelled canonically.
QStringList allowedAttributes();
//! Values commonly given to an attribute, for an editable combo box.
QStringList usualValues(const QString &attribute);
//! A Content-Type for a file name by its extension (empty when unknown).
QString contentTypeFor(const QString &fileName);

//! Pure: one list entry.
HostingAsset parseAsset(const QJsonObject &object, QString *why);
//! Pure: the list answer.
QList<HostingAsset> parseAssets(const QJsonDocument &doc, QString *why);
QJsonArray attributesJson(const AssetAttributes &attrs);
//! Files up to this size are uploaded from one in-memory body; larger ones are streamed.
constexpr qint64 InMemoryUploadBytes = 1024 * 1024;
//! Pure: a multipart/mixed body of the "meta" JSON part and the "file" part, as the streamed
//! upload frames them.
QByteArray multipartMixed(const QByteArray &boundary, const QByteArray &meta,
                          const QByteArray &file);
//! Pure: the JSON of the "meta" part of an upload.
QByteArray uploadMeta(const QString &appId, const HostingUpload &upload);
} // namespace hostingcalls
