#include "localdatacalls.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrlQuery>

namespace localdatacalls {

namespace {

QStringList localPath(const QString &groupId, const QString &appId, const QString &serviceId,
                      const QString &route)
{
    return { QStringLiteral("groups"),   groupId,   QStringLiteral("apps"),  appId,
             QStringLiteral("services"), serviceId, QStringLiteral("local"), route };
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QList<ImportLine> linesOf(const QJsonArray &array)
{
    QList<ImportLine> lines;
    for (const QJsonValue &item : array) {
        const QJsonObject line = item.toObject();
        lines.append({ line.value(QLatin1String("line")).toInt(),
                       line.value(QLatin1String("error")).toString() });
    }
    return lines;
}

} // namespace

QList<Database> parseDatabases(const QJsonDocument &doc, QString *why)
{
    if (!doc.isArray()) {
        *why = QCoreApplication::translate("ApiError", "expected a list of databases");
        return {};
    }
    QList<Database> databases;
    for (const QJsonValue &item : doc.array()) {
        const QJsonObject object = item.toObject();
        Database database { object.value(QLatin1String("name")).toString(), {} };
        for (const QJsonValue &c : object.value(QLatin1String("collections")).toArray()) {
            const QJsonObject collection = c.toObject();
            database.collections.append(
                { collection.value(QLatin1String("name")).toString(),
                  qint64(collection.value(QLatin1String("count")).toDouble()) });
        }
        if (database.name.isEmpty()) {
            *why = QCoreApplication::translate("ApiError", "expected a database name");
            return {};
        }
        databases.append(database);
    }
    return databases;
}

FindResult parseFind(const QJsonDocument &doc, QString *why)
{
    const QJsonObject object = doc.object();
    if (!object.value(QLatin1String("documents")).isArray()) {
        *why = QCoreApplication::translate("ApiError", "expected {documents, count}");
        return {};
    }
    FindResult result;
    const QJsonArray documents = object.value(QLatin1String("documents")).toArray();
    result.documents.reserve(documents.size());
    for (const QJsonValue &document : documents)
        result.documents.append(document.toObject());
    result.count = qint64(object.value(QLatin1String("count")).toDouble());
    return result;
}

ImportResult parseImport(const QJsonDocument &doc, QString *why)
{
    const QJsonObject object = doc.object();
    if (!object.contains(QLatin1String("imported"))) {
        *why = QCoreApplication::translate("ApiError", "expected {imported, skipped}");
        return {};
    }
    return { qint64(object.value(QLatin1String("imported")).toDouble()),
             linesOf(object.value(QLatin1String("skipped")).toArray()) };
}

QList<ImportLine> refusedLines(const QByteArray &errorBody)
{
    return linesOf(
        QJsonDocument::fromJson(errorBody).object().value(QLatin1String("lines")).toArray());
}

Job<QList<Database>> *databases(ApiClient &client, const QString &groupId, const QString &appId,
                                const QString &serviceId)
{
    return client.send(new Job<QList<Database>>(
        QStringLiteral("GET"),
        client.urlFor(localPath(groupId, appId, serviceId, QStringLiteral("databases"))),
        parseDatabases));
}

Job<FindResult> *find(ApiClient &client, const QString &groupId, const QString &appId,
                      const QString &serviceId, const FindQuery &query)
{
    QJsonObject body { { QStringLiteral("database"), query.database },
                       { QStringLiteral("collection"), query.collection },
                       { QStringLiteral("filter"), query.filter },
                       { QStringLiteral("skip"), query.skip },
                       { QStringLiteral("limit"), query.limit } };
    if (!query.sort.isEmpty())
        body.insert(QStringLiteral("sort"), query.sort);
    if (!query.projection.isEmpty())
        body.insert(QStringLiteral("projection"), query.projection);
    // A page of large documents decodes on a pool thread (Job's background decode).
    return client.send(
        new Job<FindResult>(
            QStringLiteral("POST"),
            client.urlFor(localPath(groupId, appId, serviceId, QStringLiteral("find"))), parseFind),
        compact(body));
}

ApiJob *insert(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &serviceId, const QString &database, const QString &collection,
               const QJsonArray &documents)
{
    return client.send(
        new RawJob(QStringLiteral("POST"),
                   client.urlFor(localPath(groupId, appId, serviceId, QStringLiteral("insert")))),
        compact({ { QStringLiteral("database"), database },
                  { QStringLiteral("collection"), collection },
                  { QStringLiteral("documents"), documents } }));
}

ApiJob *replace(ApiClient &client, const QString &groupId, const QString &appId,
                const QString &serviceId, const QString &database, const QString &collection,
                const QJsonValue &id, const QJsonObject &document)
{
    return client.send(
        new RawJob(QStringLiteral("POST"),
                   client.urlFor(localPath(groupId, appId, serviceId, QStringLiteral("replace")))),
        compact({ { QStringLiteral("database"), database },
                  { QStringLiteral("collection"), collection },
                  { QStringLiteral("id"), id },
                  { QStringLiteral("document"), document } }));
}

ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &serviceId, const QString &database, const QString &collection,
               const QJsonArray &ids)
{
    return client.send(
        new RawJob(QStringLiteral("POST"),
                   client.urlFor(localPath(groupId, appId, serviceId, QStringLiteral("delete")))),
        compact({ { QStringLiteral("database"), database },
                  { QStringLiteral("collection"), collection },
                  { QStringLiteral("ids"), ids } }));
}

Job<ImportResult> *import(ApiClient &client, const QString &groupId, const QString &appId,
                          const QString &serviceId, const QString &database,
                          const QString &collection, const QByteArray &body, bool skipBadLines)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("database"), database);
    query.addQueryItem(QStringLiteral("collection"), collection);
    if (skipBadLines)
        query.addQueryItem(QStringLiteral("skip_bad_lines"), QStringLiteral("true"));
    return client.send(
        new Job<ImportResult>(
            QStringLiteral("POST"),
            client.urlFor(localPath(groupId, appId, serviceId, QStringLiteral("import")), query),
            parseImport),
        body);
}

} // namespace localdatacalls
