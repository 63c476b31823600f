#include "apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

constexpr int BodySampleBytes = 2048;
constexpr int MessageSampleChars = 200;

// fromHttp() has only the status code, not the reply's reason phrase, and an empty error body
// must still say something a person recognises.
QString statusText(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 410:
        return QStringLiteral("Gone");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        break;
    }
    if (status >= 500)
        return QStringLiteral("Server Error");
    if (status >= 400)
        return QStringLiteral("Client Error");
    return QStringLiteral("Unexpected Status");
}

// Proxies and crashed servers answer with HTML pages; their visible text is what helps.
QString textSample(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(BodySampleBytes));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString stripped = QString(text).replace(tags, QStringLiteral(" ")).simplified();
    if (stripped.isEmpty())
        stripped = text.simplified();
    if (stripped.size() > MessageSampleChars)
        stripped = stripped.left(MessageSampleChars - 1) + QChar(0x2026);
    return stripped;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

} // namespace

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body, const QUrl &url)
{
    ApiError error;
    error.httpStatus = httpStatus;
    error.requestUrl = url;
    if (httpStatus >= 200 && httpStatus < 300)
        return error;

    error.bodySample = body.left(BodySampleBytes);
    if (body.trimmed().isEmpty()) {
        error.kind = Http;
        error.message = statusText(httpStatus);
        return error;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = doc.object();
    if (parseError.error == QJsonParseError::NoError && doc.isObject()
        && (object.contains(QLatin1String("error"))
            || object.contains(QLatin1String("error_code")))) {
        error.kind = Api;
        error.message = object.value(QLatin1String("error")).toString();
        error.errorCode = object.value(QLatin1String("error_code")).toString();
        if (error.message.isEmpty())
            error.message = error.errorCode.isEmpty() ? statusText(httpStatus) : error.errorCode;
        return error;
    }
    error.kind = Http;
    error.message = textSample(body);
    return error;
}

QString ApiError::summary() const
{
    switch (kind) {
    case None:
        return {};
    case Api:
        return tr("%1 (HTTP %2)").arg(message).arg(httpStatus);
    case Http:
        if (message == statusText(httpStatus))
            return tr("HTTP %1 %2").arg(httpStatus).arg(message);
        return tr("HTTP %1: %2").arg(httpStatus).arg(message);
    case Network:
    case Timeout:
    case Parse:
    case Cancelled:
    case RefusedPath:
    case LocalFile:
        break;
    }
    return message;
}

QString ApiError::details() const
{
    QStringList lines;
    lines << tr("Kind: %1").arg(kindName(kind));
    if (!method.isEmpty() || !requestUrl.isEmpty())
        lines << tr("Request: %1 %2").arg(method, requestUrl.toDisplayString()).trimmed();
    if (httpStatus != 0)
        lines << tr("HTTP status: %1").arg(httpStatus);
    if (!errorCode.isEmpty())
        lines << tr("Error code: %1").arg(errorCode);
    if (!message.isEmpty())
        lines << tr("Message: %1").arg(message);
    if (!bodySample.isEmpty())
        lines << tr("Response body (first %1 bytes):").arg(bodySample.size())
              << QString::fromUtf8(bodySample);
    return lines.join(QLatin1Char('\n'));
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case None:
        return tr("no error");
    case Network:
        return tr("network error");
    case Timeout:
        return tr("timeout");
    case Api:
        return tr("server error");
    case Http:
        return tr("HTTP error");
    case Parse:
        return tr("unexpected response");
    case Cancelled:
        return tr("cancelled");
    case RefusedPath:
        return tr("request refused before sending");
    case LocalFile:
        return tr("local file unreadable or changed");
    }
    return {};
}
