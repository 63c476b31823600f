#include "hostingupload.h"

#include "multipart.h"

#include <QJsonObject>

namespace stitchlocal {

namespace {

Reply invalid(const QString &message)
{
    return Reply::error(400, QStringLiteral("InvalidParameter"), message);
}

// The meta part of an upload: {appId, path, hash, size, attrs}.
Failure readMeta(const QByteArray &json, HostedAsset *asset)
{
    QJsonObject meta;
    if (Failure failure = parseJsonObject(json, &meta))
        return failure;
    if (Failure failure = requireString(meta, QStringLiteral("path"), &asset->path))
        return failure;
    const QString pathProblem = hostingPathProblem(asset->path);
    if (!pathProblem.isEmpty())
        return invalid(pathProblem);
    if (Failure failure = requireString(meta, QStringLiteral("hash"), &asset->hash))
        return failure;
    const QJsonValue size = meta.value(QStringLiteral("size"));
    if (size.isUndefined() || size.isNull())
        return Reply::error(400, QStringLiteral("MissingParameter"),
                            QStringLiteral("missing parameter: size"));
    if (!size.isDouble() || size.toDouble() < 0 || size.toDouble() != double(size.toInteger()))
        return invalid(QStringLiteral("size must be a whole number of bytes"));
    asset->size = size.toInteger();
    const QString problem = normalizeAttributes(meta.value(QStringLiteral("attrs")).isUndefined()
                                                    ? QJsonArray()
                                                    : meta.value(QStringLiteral("attrs")),
                                                &asset->attrs);
    if (!problem.isEmpty())
        return invalid(problem);
    return std::nullopt;
}

} // namespace

Failure readUpload(const Request &request, HostedAsset *asset)
{
    const QByteArray contentType = request.header("Content-Type");
    QString error;
    const QByteArray boundary = multipartBoundary(contentType, &error);
    QList<MultipartPart> parts;
    if (boundary.isEmpty() || !parseMultipart(boundary, request.body, &parts, &error))
        return invalid(error);
    const auto part = [&parts](const QString &name) -> const MultipartPart * {
        for (const MultipartPart &p : parts) {
            if (p.name() == name)
                return &p;
        }
        return nullptr;
    };
    const MultipartPart *meta = part(QStringLiteral("meta"));
    const MultipartPart *file = part(QStringLiteral("file"));
    if (!meta || !file)
        return Reply::error(400, QStringLiteral("MissingParameter"),
                            QStringLiteral("an upload needs a \"meta\" part and a \"file\" part"));
    // (A copy of the small meta part: part bodies are views into the request.)
    if (Failure failure = readMeta(QByteArray(meta->body.constData(), meta->body.size()), asset))
        return failure;
    if (asset->path.endsWith(u'/'))
        return invalid(QStringLiteral("a file path may not end with '/'"));
    const QString query = request.query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
    if (!query.isEmpty() && query != asset->path)
        return invalid(QStringLiteral("the path in the query and in meta differ"));
    if (file->body.size() != asset->size)
        return invalid(QStringLiteral("size is %1 but the file has %2 bytes")
                           .arg(asset->size)
                           .arg(file->body.size()));
    const QString actual = md5Hex(file->body);
    if (asset->hash.compare(actual, Qt::CaseInsensitive) != 0)
        return invalid(
            QStringLiteral("hash %1 does not match the file's MD5 %2").arg(asset->hash, actual));
    asset->hash = actual;
    // A view into the request's body (which may be a mapped file): stored before the handler
    // returns, never kept.
    asset->bytes = file->body;
    return std::nullopt;
}

} // namespace stitchlocal
