#include "debugruncalls.h"

#include "apiclient.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace debugruncalls {

DebugTicket parseTicket(const QJsonDocument &doc, QString *why)
{
    const QJsonObject object = doc.object();
    DebugTicket ticket;
    ticket.id = object.value(QLatin1String("_id")).toString();
    ticket.webSocketUrl = QUrl(object.value(QLatin1String("websocket_url")).toString(),
                               QUrl::StrictMode);
    ticket.timeLimitSeconds = object.value(QLatin1String("time_limit_seconds")).toInt();
    ticket.processId = qint64(object.value(QLatin1String("process_id")).toDouble());
    const QString scheme = ticket.webSocketUrl.scheme();
    if (ticket.id.isEmpty() || !ticket.webSocketUrl.isValid()
        || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")))
        *why = QStringLiteral("the answer has no _id or no ws:// websocket_url");
    return ticket;
}

Job<DebugTicket> *start(ApiClient &client, const QString &groupId, const QString &appId,
                        const DebugRunRequest &request)
{
    QUrlQuery query;
    if (request.runAs.isSystem())
        query.addQueryItem(QStringLiteral("run_as_system"), QStringLiteral("true"));
    else
        query.addQueryItem(QStringLiteral("user_id"), request.runAs.userId);
    QJsonObject body { { QStringLiteral("name"), request.name },
                       { QStringLiteral("arguments"), request.arguments } };
    if (!request.source.isEmpty())
        body.insert(QStringLiteral("source"), request.source);
    auto *job = new Job<DebugTicket>(
        QStringLiteral("POST"),
        client.urlFor({ QStringLiteral("groups"), groupId, QStringLiteral("apps"), appId,
                        QStringLiteral("local"), QStringLiteral("debug_runs") },
                      query),
        &parseTicket);
    return client.send(job, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace debugruncalls
