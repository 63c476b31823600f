#pragma once

#include "apijob.h"

#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

class ApiClient;

//! A configuration document of the Admin API kept as the server sent it (services, rules,
//! incoming webhooks, auth providers, push messages): its _id, its name, and the whole object.
struct ResourceDoc
{
    QString id; //!< _id
    QString name; //!< name (push messages: label)
    QJsonObject doc;
    bool isNull() const { return id.isEmpty() && name.isEmpty(); }
    QString text(const QString &key) const { return doc.value(key).toString(); }
};

namespace resourcedoc {
//! Pure: one object; nameKey names the field read as its name. *why says what is wrong.
ResourceDoc parseOne(const QJsonDocument &doc, QString *why, const QString &nameKey);
//! Pure: a list of objects.
QList<ResourceDoc> parseList(const QJsonDocument &doc, QString *why, const QString &nameKey);
//! The path of an app's resource collection: groups/{g}/apps/{a}/segments...
QStringList appPath(const QString &groupId, const QString &appId, const QStringList &segments);
Job<QList<ResourceDoc>> *list(ApiClient &client, const QStringList &path,
                              const QString &nameKey = QStringLiteral("name"),
                              const QUrlQuery &query = {});
Job<ResourceDoc> *send(ApiClient &client, const QString &method, const QStringList &path,
                       const QJsonObject &body = {}, bool withBody = false,
                       const QString &nameKey = QStringLiteral("name"));
//! A call whose answer is 204 or not read: the body as it is.
ApiJob *sendRaw(ApiClient &client, const QString &method, const QStringList &path,
                const QJsonValue &body = QJsonValue::Undefined);
} // namespace resourcedoc
