#include "hostingcalls.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QUrlQuery>

QString HostingAsset::attribute(const QString &name) const
{
    for (const auto &attr : attrs) {
        if (attr.first.compare(name, Qt::CaseInsensitive) == 0)
            return attr.second;
    }
    return QString();
}

namespace hostingcalls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

QStringList hostingPath(const QString &groupId, const QString &appId, const QStringList &rest)
{
    return QStringList { QStringLiteral("groups"), groupId, QStringLiteral("apps"), appId,
                         QStringLiteral("hosting") }
    + rest;
}

// The URL of a call naming hosting paths; an invalid URL (which the client refuses before
// sending, ApiError::RefusedPath) when one of them is not a valid hosting path.
QUrl urlChecked(ApiClient &client, const QString &groupId, const QString &appId,
                const QStringList &rest, const QStringList &paths, bool pathInQuery)
{
    for (const QString &path : paths) {
        if (!pathProblem(path).isEmpty())
            return QUrl();
    }
    QUrlQuery query;
    if (pathInQuery)
        query.addQueryItem(QStringLiteral("path"), paths.value(0));
    return client.urlFor(hostingPath(groupId, appId, rest), query);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HostingAsset parseAssetDoc(const QJsonDocument &doc, QString *why)
{
    if (!doc.isObject()) {
        *why = tr("expected a hosted asset object");
        return {};
    }
    return parseAsset(doc.object(), why);
}

ApiJob *moveOrCopy(ApiClient &client, const QString &groupId, const QString &appId,
                   const QString &verb, const QString &from, const QString &to)
{
    return client.send(
        new RawJob(QStringLiteral("POST"),
                   urlChecked(client, groupId, appId, { QStringLiteral("assets") }, { from, to },
                              false)),
        compact({ { verb + QStringLiteral("_from"), from }, { verb + QStringLiteral("_to"), to } }));
}

} // namespace

QString pathProblem(const QString &path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return tr("A hosting path must start with “/”.");
    if (path.toUtf8().size() > 1024)
        return tr("A hosting path may not be longer than 1,024 bytes.");
    if (path.contains(QLatin1String("//")))
        return tr("A hosting path may not contain an empty folder name (“//”).");
    if (path.contains(QLatin1Char('\\')))
        return tr("A hosting path may not contain a backslash.");
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("A hosting path may not contain control characters.");
    }
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment == QLatin1String("..") || segment == QLatin1String("."))
            return tr("A hosting path may not contain “.” or “..” folders.");
        // The server allows 1,024 bytes in all; a single name that long is a mistake or an
        // attack, and no browser or file system handles it well.
        if (segment.toUtf8().size() > 255)
            return tr("A file or folder name may not be longer than 255 bytes.");
    }
    return QString();
}

QStringList allowedAttributes()
{
    return { QStringLiteral("Content-Type"), QStringLiteral("Content-Disposition"),
             QStringLiteral("Content-Language"), QStringLiteral("Content-Encoding"),
             QStringLiteral("Cache-Control") };
}

QStringList usualValues(const QString &attribute)
{
    const QString name = attribute.toLower();
    if (name == QLatin1String("content-type"))
        return { QStringLiteral("text/html; charset=utf-8"), QStringLiteral("text/plain; charset=utf-8"),
                 QStringLiteral("text/css"), QStringLiteral("application/javascript"),
                 QStringLiteral("application/json"), QStringLiteral("image/png"),
                 QStringLiteral("image/jpeg"), QStringLiteral("image/svg+xml"),
                 QStringLiteral("application/pdf"), QStringLiteral("application/octet-stream") };
    if (name == QLatin1String("content-disposition"))
        return { QStringLiteral("inline"), QStringLiteral("attachment") };
    if (name == QLatin1String("content-language"))
        return { QStringLiteral("en"), QStringLiteral("en-US"), QStringLiteral("de"),
                 QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("ja") };
    if (name == QLatin1String("content-encoding"))
        return { QStringLiteral("gzip"), QStringLiteral("br"), QStringLiteral("deflate"),
                 QStringLiteral("identity") };
    if (name == QLatin1String("cache-control"))
        return { QStringLiteral("no-cache"), QStringLiteral("no-store"),
                 QStringLiteral("max-age=3600"), QStringLiteral("max-age=86400"),
                 QStringLiteral("public, max-age=31536000, immutable") };
    return {};
}

QString contentTypeFor(const QString &fileName)
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    return type.isDefault() ? QString() : type.name();
}

HostingAsset parseAsset(const QJsonObject &object, QString *why)
{
    HostingAsset asset;
    const QJsonValue path = object.value(QLatin1String("path"));
    if (!path.isString() || path.toString().isEmpty()) {
        *why = tr("a hosted asset without a path");
        return {};
    }
    asset.path = path.toString();
    asset.hash = object.value(QLatin1String("hash")).toString();
    asset.size = qint64(object.value(QLatin1String("size")).toDouble());
    asset.lastModified = qint64(object.value(QLatin1String("last_modified")).toDouble());
    asset.url = object.value(QLatin1String("url")).toString();
    const QJsonArray attrs = object.value(QLatin1String("attrs")).toArray();
    for (const QJsonValue &item : attrs) {
        const QJsonObject attr = item.toObject();
        asset.attrs.append({ attr.value(QLatin1String("name")).toString(),
                             attr.value(QLatin1String("value")).toString() });
    }
    return asset;
}

QList<HostingAsset> parseAssets(const QJsonDocument &doc, QString *why)
{
    QList<HostingAsset> assets;
    if (!doc.isArray()) {
        *why = tr("expected a list of hosted assets");
        return assets;
    }
    const QJsonArray array = doc.array();
    assets.reserve(array.size());
    for (const QJsonValue &item : array) {
        HostingAsset asset = parseAsset(item.toObject(), why);
        if (!why->isEmpty())
            return {};
        assets.append(asset);
    }
    return assets;
}

QJsonArray attributesJson(const AssetAttributes &attrs)
{
    QJsonArray array;
    for (const auto &attr : attrs)
        array.append(QJsonObject { { QStringLiteral("name"), attr.first },
                                   { QStringLiteral("value"), attr.second } });
    return array;
}

QByteArray multipartMixed(const QByteArray &boundary, const QByteArray &meta,
                          const QByteArray &file)
{
    QByteArray body;
    body.reserve(meta.size() + file.size() + 4 * boundary.size() + 256);
    body += "--" + boundary + "\r\n";
    body += "Content-Type: application/json\r\n";
    body += "Content-Disposition: form-data; name=\"meta\"\r\n\r\n";
    body += meta;
    body += "\r\n--" + boundary + "\r\n";
    body += "Content-Type: application/octet-stream\r\n";
    body += "Content-Disposition: form-data; name=\"file\"\r\n\r\n";
    body += file;
    body += "\r\n--" + boundary + "--\r\n";
    return body;
}

QByteArray uploadMeta(const QString &appId, const HostingUpload &upload)
{
    return compact({ { QStringLiteral("appId"), appId },
                     { QStringLiteral("path"), upload.path },
                     { QStringLiteral("hash"), upload.hash },
                     { QStringLiteral("size"), upload.size },
                     { QStringLiteral("attrs"), attributesJson(upload.attrs) } });
}

Job<QList<HostingAsset>> *list(ApiClient &client, const QString &groupId, const QString &appId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("recursive"), QStringLiteral("true"));
    return client.send(new Job<QList<HostingAsset>>(
        QStringLiteral("GET"),
        client.urlFor(hostingPath(groupId, appId, { QStringLiteral("assets") }), query),
        parseAssets));
}

RawJob *listRaw(ApiClient &client, const QString &groupId, const QString &appId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("recursive"), QStringLiteral("true"));
    return client.send(new RawJob(
        QStringLiteral("GET"),
        client.urlFor(hostingPath(groupId, appId, { QStringLiteral("assets") }), query)));
}

Job<HostingAsset> *get(ApiClient &client, const QString &groupId, const QString &appId,
                       const QString &path)
{
    return client.send(new Job<HostingAsset>(
        QStringLiteral("GET"),
        urlChecked(client, groupId, appId, { QStringLiteral("assets"), QStringLiteral("asset") },
                   { path }, true),
        parseAssetDoc));
}

ApiJob *upload(ApiClient &client, const QString &groupId, const QString &appId,
               const HostingUpload &upload)
{
    const QUrl url = urlChecked(client, groupId, appId,
                                { QStringLiteral("assets"), QStringLiteral("asset") },
                                { upload.path }, true);
    const QByteArray meta = uploadMeta(appId, upload);
    if (upload.size <= InMemoryUploadBytes) {
        // A small file goes as one body in memory: QNetworkAccessManager hands a byte array to
        // its network thread whole, where a streamed body costs round trips through the UI
        // thread for each chunk (and for its end). A file that cannot be read whole, or is no
        // longer the size planned, takes the streamed path, which reports why.
        QFile file(upload.localFile);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.read(InMemoryUploadBytes + 1);
            const QByteArray boundary = "stitch-console-"
                + QByteArray::number(QRandomGenerator::global()->generate64(), 36)
                + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
            if (bytes.size() == upload.size && file.atEnd() && !bytes.contains(boundary)) {
                return client.send(new RawJob(QStringLiteral("PUT"), url),
                                   multipartMixed(boundary, meta, bytes), ApiClient::Auth::Access,
                                   "multipart/mixed; boundary=" + boundary);
            }
        }
    }
    auto makeBody = [upload, meta](QString *why) -> QHttpMultiPart * {
        auto *file = new QFile(upload.localFile);
        if (!file->open(QIODevice::ReadOnly)) {
            *why = tr("Cannot read %1: %2").arg(upload.localFile, file->errorString());
            delete file;
            return nullptr;
        }
        if (file->size() != upload.size) {
            *why = tr("%1 changed since it was planned (%2 bytes, now %3).")
                       .arg(upload.localFile)
                       .arg(upload.size)
                       .arg(file->size());
            delete file;
            return nullptr;
        }
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::MixedType);
        QHttpPart metaPart;
        metaPart.setRawHeader("Content-Disposition", "form-data; name=\"meta\"");
        metaPart.setRawHeader("Content-Type", "application/json");
        metaPart.setBody(meta);
        multipart->append(metaPart);
        QHttpPart filePart;
        filePart.setRawHeader("Content-Disposition", "form-data; name=\"file\"");
        filePart.setRawHeader("Content-Type", "application/octet-stream");
        filePart.setBodyDevice(file); // streamed as it is sent
        file->setParent(multipart);
        multipart->append(filePart);
        return multipart;
    };
    return client.sendMultipart(new RawJob(QStringLiteral("PUT"), url), makeBody);
}

ApiJob *createFolder(ApiClient &client, const QString &groupId, const QString &appId,
                     const QString &folderPath)
{
    return client.send(
        new RawJob(QStringLiteral("PUT"),
                   urlChecked(client, groupId, appId,
                              { QStringLiteral("assets"), QStringLiteral("asset") },
                              { folderPath }, false)),
        compact({ { QStringLiteral("path"), folderPath } }));
}

ApiJob *setAttributes(ApiClient &client, const QString &groupId, const QString &appId,
                      const QString &path, const AssetAttributes &attrs)
{
    return client.send(
        new RawJob(QStringLiteral("PATCH"),
                   urlChecked(client, groupId, appId,
                              { QStringLiteral("assets"), QStringLiteral("asset") }, { path },
                              true)),
        compact({ { QStringLiteral("attributes"), attributesJson(attrs) } }));
}

ApiJob *move(ApiClient &client, const QString &groupId, const QString &appId, const QString &from,
             const QString &to)
{
    return moveOrCopy(client, groupId, appId, QStringLiteral("move"), from, to);
}

ApiJob *copy(ApiClient &client, const QString &groupId, const QString &appId, const QString &from,
             const QString &to)
{
    return moveOrCopy(client, groupId, appId, QStringLiteral("copy"), from, to);
}

ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &path)
{
    return client.send(new RawJob(QStringLiteral("DELETE"),
                                  urlChecked(client, groupId, appId,
                                             { QStringLiteral("assets"), QStringLiteral("asset") },
                                             { path }, true)));
}

ApiJob *invalidateCache(ApiClient &client, const QString &groupId, const QString &appId,
                        const QString &path)
{
    const QString checked = path.endsWith(QLatin1String("/*")) ? path.chopped(1) : path;
    return client.send(
        new RawJob(QStringLiteral("PUT"),
                   urlChecked(client, groupId, appId, { QStringLiteral("cache") }, { checked },
                              false)),
        compact({ { QStringLiteral("invalidate"), true }, { QStringLiteral("path"), path } }));
}

RawJob *fetchServed(ApiClient &client, const QString &url)
{
    return client.send(new RawJob(QStringLiteral("GET"), QUrl(url)), {}, ApiClient::Auth::None);
}

} // namespace hostingcalls
