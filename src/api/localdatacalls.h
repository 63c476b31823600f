#pragma once

#include "apijob.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

class ApiClient;

//! stitch-local's data routes of a MongoDB service (its "local-data" feature; the cloud has no
//! such routes): .../services/{serviceId}/local/{databases,find,insert,replace,delete,import}.
//! Documents travel as canonical Extended JSON and are kept so (QJsonObject), never relaxed.
namespace localdatacalls {

struct Collection
{
    QString name;
    qint64 count = 0;
};

struct Database
{
    QString name;
    QList<Collection> collections;
};

//! One page of a collection: filter, sort and projection are Extended JSON objects.
struct FindQuery
{
    QString database;
    QString collection;
    QJsonObject filter;
    QJsonObject sort;
    QJsonObject projection;
    int skip = 0;
    int limit = 50; //!< the server takes at most 1000
};

struct FindResult
{
    QList<QJsonObject> documents;
    qint64 count = 0; //!< documents matching the filter, all pages
};

//! A line of an import the server refused or skipped (1-based).
struct ImportLine
{
    int line = 0;
    QString error;
};

struct ImportResult
{
    qint64 imported = 0;
    QList<ImportLine> skipped;
};

Job<QList<Database>> *databases(ApiClient &client, const QString &groupId, const QString &appId,
                                const QString &serviceId);
Job<FindResult> *find(ApiClient &client, const QString &groupId, const QString &appId,
                      const QString &serviceId, const FindQuery &query);
ApiJob *insert(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &serviceId, const QString &database, const QString &collection,
               const QJsonArray &documents);
//! Replaces the document whose _id is id (canonical Extended JSON) with document.
ApiJob *replace(ApiClient &client, const QString &groupId, const QString &appId,
                const QString &serviceId, const QString &database, const QString &collection,
                const QJsonValue &id, const QJsonObject &document);
ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &serviceId, const QString &database, const QString &collection,
               const QJsonArray &ids);
//! body: a JSON array or JSON lines of Extended JSON documents, sent as it is.
Job<ImportResult> *import(ApiClient &client, const QString &groupId, const QString &appId,
                          const QString &serviceId, const QString &database,
                          const QString &collection, const QByteArray &body, bool skipBadLines);

// Pure parsers, for tests.
QList<Database> parseDatabases(const QJsonDocument &doc, QString *why);
FindResult parseFind(const QJsonDocument &doc, QString *why);
ImportResult parseImport(const QJsonDocument &doc, QString *why);
//! The bad lines of a refused import (400 InvalidImport's "lines"), from its error body.
QList<ImportLine> refusedLines(const QByteArray &errorBody);
//! The _id of a document as the routes take it back (the canonical Extended JSON value).
inline QJsonValue idOf(const QJsonObject &document)
{
    return document.value(QLatin1String("_id"));
}

} // namespace localdatacalls

// Carried by DataView::importFinished (and QSignalSpy in tests).
Q_DECLARE_METATYPE(localdatacalls::ImportLine)
