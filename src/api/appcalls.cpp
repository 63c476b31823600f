#include "appcalls.h"

#include "apiclient.h"
#include "parse.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace appcalls {

namespace {

QStringList appsPath(const QString &groupId)
{
    return { QStringLiteral("groups"), groupId, QStringLiteral("apps") };
}

QStringList appPath(const QString &groupId, const QString &appId)
{
    return appsPath(groupId) << appId;
}

// The name comes from the server and ends up in a save dialog: keep only a plain file name.
QString safeFileName(QString name)
{
    const int slash
        = int(std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\'))));
    name = name.mid(slash + 1);
    static const QRegularExpression unsafe(QStringLiteral("[\\x00-\\x1f\\x7f:*?\"<>|]"));
    name.remove(unsafe);
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.isEmpty())
        return {};
    if (!name.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        name += QLatin1String(".zip");
    return name;
}

QString dispositionFileName(const QByteArray &header)
{
    // RFC 6266: filename*=UTF-8''percent-encoded wins over a plain filename.
    static const QRegularExpression extended(
        QStringLiteral("filename\\*\\s*=\\s*([^']*)'[^']*'([^;]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression plain(
        QStringLiteral("filename\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(header);
    const QRegularExpressionMatch ext = extended.match(text);
    if (ext.hasMatch()) {
        const QByteArray raw
            = QByteArray::fromPercentEncoding(ext.captured(2).trimmed().toLatin1());
        return ext.captured(1).compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0
            ? QString::fromUtf8(raw)
            : QString::fromLatin1(raw);
    }
    const QRegularExpressionMatch match = plain.match(text);
    if (!match.hasMatch())
        return {};
    if (match.capturedLength(1) > 0 || match.captured(2).isEmpty()) {
        QString quoted = match.captured(1);
        quoted.replace(QRegularExpression(QStringLiteral("\\\\(.)")), QStringLiteral("\\1"));
        return QString::fromUtf8(quoted.toLatin1());
    }
    return match.captured(2).trimmed();
}

} // namespace

Job<QList<App>> *list(ApiClient &client, const QString &groupId)
{
    return client.send(
        new Job<QList<App>>(QStringLiteral("GET"), client.urlFor(appsPath(groupId)), &parse::apps));
}

Job<App> *create(ApiClient &client, const QString &groupId, const NewApp &app)
{
    const QJsonObject body { { QStringLiteral("name"), app.name },
                             { QStringLiteral("location"), app.location },
                             { QStringLiteral("deployment_model"), app.deploymentModel } };
    auto *job
        = new Job<App>(QStringLiteral("POST"), client.urlFor(appsPath(groupId)),
                       [](const QJsonDocument &doc, QString *why) { return parse::app(doc, why); });
    return client.send(job, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Job<App> *get(ApiClient &client, const QString &groupId, const QString &appId)
{
    auto *job
        = new Job<App>(QStringLiteral("GET"), client.urlFor(appPath(groupId, appId)),
                       [](const QJsonDocument &doc, QString *why) { return parse::app(doc, why); });
    return client.send(job);
}

ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId)
{
    return client.send(
        new RawJob(QStringLiteral("DELETE"), client.urlFor(appPath(groupId, appId))));
}

ApiJob *exportZip(ApiClient &client, const QString &groupId, const QString &appId)
{
    return client.send(new RawJob(
        QStringLiteral("GET"), client.urlFor(appPath(groupId, appId) << QStringLiteral("export"))));
}

QString exportFileName(const ApiJob &job, const QString &appId)
{
    return exportFileName(job.responseHeader("Content-Disposition"), appId);
}

QString exportFileName(const QByteArray &contentDisposition, const QString &appId)
{
    const QString name = safeFileName(dispositionFileName(contentDisposition));
    if (!name.isEmpty())
        return name;
    const QString fallback = safeFileName(appId);
    return fallback.isEmpty() ? QStringLiteral("export.zip") : fallback;
}

} // namespace appcalls
