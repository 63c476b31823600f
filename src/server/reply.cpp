#include "reply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace stitchlocal {

Reply Reply::json(const QJsonValue &value, int status)
{
    Reply reply;
    reply.status = status;
    reply.contentType = "application/json";
    if (value.isArray())
        reply.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        reply.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

Reply Reply::noContent()
{
    Reply reply;
    reply.status = 204;
    return reply;
}

Reply Reply::error(int status, const QString &code, const QString &message)
{
    return json(QJsonObject { { QStringLiteral("error"), message },
                              { QStringLiteral("error_code"), code } },
                status);
}

Reply Reply::invalidSession()
{
    return error(401, QStringLiteral("InvalidSession"), QStringLiteral("invalid session"));
}

Failure parseJsonObject(const QByteArray &body, QJsonObject *object)
{
    if (body.trimmed().isEmpty()) {
        *object = QJsonObject();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Reply::error(
            400, QStringLiteral("InvalidParameter"),
            QStringLiteral("malformed JSON body: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return Reply::error(400, QStringLiteral("InvalidParameter"),
                            QStringLiteral("the request body must be a JSON object"));
    *object = document.object();
    return std::nullopt;
}

Failure requireString(const QJsonObject &object, const QString &key, QString *value)
{
    if (!object.contains(key) || object.value(key).isNull())
        return Reply::error(400, QStringLiteral("MissingParameter"),
                            QStringLiteral("missing parameter: %1").arg(key));
    return optionalString(object, key, value);
}

Failure optionalString(const QJsonObject &object, const QString &key, QString *value)
{
    if (!object.contains(key))
        return std::nullopt;
    const QJsonValue field = object.value(key);
    if (!field.isString())
        return Reply::error(400, QStringLiteral("InvalidParameter"),
                            QStringLiteral("parameter %1 must be a string").arg(key));
    *value = field.toString();
    return std::nullopt;
}

} // namespace stitchlocal
