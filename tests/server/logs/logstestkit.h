#pragma once

// What the logs tests share: a GET whose query string reaches the server as written (Probe puts
// the whole path, '?' included, into the URL's path).

#include "../servertestkit.h"

namespace servertest {

inline Answer getWithQuery(QNetworkAccessManager &nam, const QUrl &root,
                           const QString &pathAndQuery, const QString &token)
{
    const qsizetype mark = pathAndQuery.indexOf(u'?');
    QUrl url = root;
    url.setPath(QStringLiteral("/api/admin/v3.0") + pathAndQuery.left(mark));
    if (mark >= 0)
        url.setQuery(pathAndQuery.mid(mark + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Answer answer;
    if (!reply->isFinished() && !finished.wait(20000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    return answer;
}

} // namespace servertest
