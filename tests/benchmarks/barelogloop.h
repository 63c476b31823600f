#pragma once

// The least a client can do to read an app's logs: GET a page, read its cursor, GET the next,
// one at a time, with a bare QNetworkAccessManager. The yardstick of the log benchmarks.

#include "threadedlocal.h"

#include <api/apiclient.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

//! Milliseconds to read every page (or the first maxPages); *entries counts what came.
inline double bareLogLoop(ApiClient &client, const QString &groupId, const QString &appId,
                          int *entries, int maxPages = 0)
{
    QNetworkAccessManager nam;
    const QUrl base = client.urlFor({ QStringLiteral("groups"), groupId, QStringLiteral("apps"),
                                      appId, QStringLiteral("logs") });
    QElapsedTimer t;
    t.start();
    QString endDate;
    qint64 skip = 0;
    *entries = 0;
    for (int pages = 0; maxPages <= 0 || pages < maxPages; ++pages) {
        QUrl url = base;
        QUrlQuery q;
        if (!endDate.isEmpty())
            q.addQueryItem(QStringLiteral("end_date"), endDate);
        if (skip > 0)
            q.addQueryItem(QStringLiteral("skip"), QString::number(skip));
        url.setQuery(q);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + client.accessToken().toUtf8());
        request.setRawHeader("Accept", "application/json");
        QNetworkReply *reply = nam.get(request);
        ThreadedLocal::waitUntil([reply] { return reply->isFinished(); });
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        *entries += int(page.value(QLatin1String("logs")).toArray().size());
        if (!page.contains(QLatin1String("nextEndDate")))
            break;
        endDate = page.value(QLatin1String("nextEndDate")).toString();
        skip = page.value(QLatin1String("nextSkip")).toInteger();
    }
    return t.elapsed();
}
