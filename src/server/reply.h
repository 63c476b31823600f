#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class QJsonValue;
class QJsonObject;

namespace stitchlocal {

//! One HTTP answer, built by a handler and written by the front.
struct Reply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Reply json(const QJsonValue &value, int status = 200);
    static Reply noContent();
    //! {"error": message, "error_code": code}: the only shape errors ever take.
    static Reply error(int status, const QString &code, const QString &message);
    static Reply invalidSession();
};

//! A handler step that either passes or stops the request with its error reply.
using Failure = std::optional<Reply>;

//! Reads a request body as a JSON object. An empty body counts as {} so that missing fields
//! are reported by name.
Failure parseJsonObject(const QByteArray &body, QJsonObject *object);
//! A required string field: MissingParameter when absent, InvalidParameter when not a string.
Failure requireString(const QJsonObject &object, const QString &key, QString *value);
//! An optional string field: untouched when absent, InvalidParameter when not a string.
Failure optionalString(const QJsonObject &object, const QString &key, QString *value);

} // namespace stitchlocal
