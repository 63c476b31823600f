#include "featurecalls.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace featurecalls {

QStringList parseFeatures(const QJsonDocument &doc, QString *why)
{
    const QJsonValue features = doc.object().value(QLatin1String("features"));
    if (!features.isArray()) {
        *why = QCoreApplication::translate("ApiError", "expected {\"features\": [...]}");
        return {};
    }
    QStringList names;
    for (const QJsonValue &name : features.toArray()) {
        if (name.isString())
            names.append(name.toString());
    }
    return names;
}

Job<QStringList> *list(ApiClient &client)
{
    return client.send(new Job<QStringList>(
        QStringLiteral("GET"), client.urlFor({ QStringLiteral("local"), QStringLiteral("features") }),
        parseFeatures));
}

} // namespace featurecalls
