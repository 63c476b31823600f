#include "resourcedoc.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace resourcedoc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

ResourceDoc fromObject(const QJsonObject &object, const QString &nameKey)
{
    ResourceDoc doc;
    doc.id = object.value(QLatin1String("_id")).toString();
    doc.name = object.value(nameKey).toString();
    doc.doc = object;
    return doc;
}
} // namespace

ResourceDoc parseOne(const QJsonDocument &doc, QString *why, const QString &nameKey)
{
    if (!doc.isObject()) {
        *why = tr("expected an object");
        return {};
    }
    return fromObject(doc.object(), nameKey);
}

QList<ResourceDoc> parseList(const QJsonDocument &doc, QString *why, const QString &nameKey)
{
    QList<ResourceDoc> items;
    if (!doc.isArray()) {
        *why = tr("expected a list");
        return items;
    }
    const QJsonArray array = doc.array();
    items.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject()) {
            *why = tr("expected a list of objects");
            return {};
        }
        items.append(fromObject(item.toObject(), nameKey));
    }
    return items;
}

QStringList appPath(const QString &groupId, const QString &appId, const QStringList &segments)
{
    return QStringList { QStringLiteral("groups"), groupId, QStringLiteral("apps"), appId }
    + segments;
}

Job<QList<ResourceDoc>> *list(ApiClient &client, const QStringList &path, const QString &nameKey,
                              const QUrlQuery &query)
{
    return client.send(new Job<QList<ResourceDoc>>(
        QStringLiteral("GET"), client.urlFor(path, query),
        [nameKey](const QJsonDocument &doc, QString *why) { return parseList(doc, why, nameKey); }));
}

Job<ResourceDoc> *send(ApiClient &client, const QString &method, const QStringList &path,
                       const QJsonObject &body, bool withBody, const QString &nameKey)
{
    return client.send(
        new Job<ResourceDoc>(method, client.urlFor(path),
                             [nameKey](const QJsonDocument &doc, QString *why) {
                                 // Some answers (PATCH config, rule create) are partial or empty.
                                 if (doc.isNull())
                                     return ResourceDoc();
                                 return parseOne(doc, why, nameKey);
                             }),
        withBody ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray());
}

ApiJob *sendRaw(ApiClient &client, const QString &method, const QStringList &path,
                const QJsonValue &body)
{
    QByteArray bytes;
    if (body.isObject())
        bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        bytes = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return client.send(new RawJob(method, client.urlFor(path)), bytes);
}

} // namespace resourcedoc
