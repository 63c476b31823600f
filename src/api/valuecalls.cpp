#include "valuecalls.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace valuecalls {

QStringList parseValueNames(const QJsonDocument &doc, QString *why)
{
    QStringList names;
    if (!doc.isArray()) {
        *why = QCoreApplication::translate("ApiError", "expected a list of values");
        return names;
    }
    const QJsonArray values = doc.array();
    for (const QJsonValue &value : values) {
        const QJsonValue name = value.toObject().value(QLatin1String("name"));
        if (!name.isString()) {
            *why = QCoreApplication::translate("ApiError", "a value without a name");
            return {};
        }
        names.append(name.toString());
    }
    return names;
}

Job<QStringList> *names(ApiClient &client, const QString &groupId, const QString &appId)
{
    return client.send(new Job<QStringList>(
        QStringLiteral("GET"),
        client.urlFor({ QStringLiteral("groups"), groupId, QStringLiteral("apps"), appId,
                        QStringLiteral("values") }),
        parseValueNames));
}

} // namespace valuecalls
