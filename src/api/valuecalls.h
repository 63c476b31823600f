#pragma once

#include "apijob.h"

#include <QJsonValue>
#include <QStringList>

class ApiClient;
class QJsonDocument;

//! A value of an app: a named constant (any JSON) that functions read with
//! context.values.get(name). The list answer carries no value; get does.
struct StitchValue
{
    QString id; //!< _id
    QString name;
    bool isPrivate = false;
    QJsonValue value; //!< undefined until read with get()
    qint64 lastModified = 0; //!< Unix seconds; 0 when the server sends none
    //! The value is a secret's name; functions read that secret's value (never shown here).
    bool fromSecret = false;
    bool isNull() const { return id.isEmpty(); }
    //! The body of POST and PUT: {name, private, value}, and from_secret when set.
    QJsonObject toJson() const;
};

//! Values APIs: /groups/{groupId}/apps/{appId}/values.
namespace valuecalls {
Job<QList<StitchValue>> *list(ApiClient &client, const QString &groupId, const QString &appId);
//! GET .../values, decoded to the values' names in the server's order.
Job<QStringList> *names(ApiClient &client, const QString &groupId, const QString &appId);
Job<StitchValue> *get(ApiClient &client, const QString &groupId, const QString &appId,
                      const QString &valueId);
//! POST .../values; the answer may lack _id (the reference's example does): then it is empty.
Job<StitchValue> *create(ApiClient &client, const QString &groupId, const QString &appId,
                         const StitchValue &value);
//! PUT .../values/{value.id} with the whole new state.
ApiJob *update(ApiClient &client, const QString &groupId, const QString &appId,
               const StitchValue &value);
ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &valueId);

//! Pure: one value object; *why says what is wrong when it is not one.
StitchValue parseValue(const QJsonObject &object, QString *why);
//! Pure: a values list ([{_id, name, private}, ...]).
QList<StitchValue> parseValues(const QJsonDocument &doc, QString *why);
//! Pure: the names of a values list.
QStringList parseValueNames(const QJsonDocument &doc, QString *why);
//! A value of any JSON type as a short one-line text for a table cell.
QString preview(const QJsonValue &value, int maxLength = 80);
} // namespace valuecalls
