#include "dependencycalls.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dependencycalls {

namespace {

QStringList dependenciesPath(const QString &groupId, const QString &appId)
{
    return { QStringLiteral("groups"), groupId, QStringLiteral("apps"), appId,
             QStringLiteral("dependencies") };
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

} // namespace

bool isArchiveName(const QString &fileName)
{
    const QString name = fileName.toLower();
    for (const char *kind : { ".zip", ".tar", ".tar.gz", ".tgz" }) {
        if (name.endsWith(QLatin1String(kind)))
            return true;
    }
    return false;
}

QList<DependencyPackage> parsePackages(const QJsonDocument &doc, QString *why)
{
    if (!doc.isObject()) {
        *why = tr("expected the dependencies object");
        return {};
    }
    const QJsonValue list = doc.object().value(QLatin1String("dependencies_list"));
    if (!list.isArray() && !list.isUndefined() && !list.isNull()) {
        *why = tr("dependencies_list is not a list");
        return {};
    }
    QList<DependencyPackage> packages;
    const QJsonArray array = list.toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        packages.append({ object.value(QLatin1String("name")).toString(),
                          object.value(QLatin1String("version")).toString() });
    }
    return packages;
}

Job<QList<DependencyPackage>> *list(ApiClient &client, const QString &groupId, const QString &appId)
{
    return client.send(new Job<QList<DependencyPackage>>(
        QStringLiteral("GET"), client.urlFor(dependenciesPath(groupId, appId)), parsePackages));
}

ApiJob *upload(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &localFile)
{
    auto makeBody = [localFile](QString *why) -> QHttpMultiPart * {
        auto *file = new QFile(localFile);
        if (!file->open(QIODevice::ReadOnly)) {
            *why = tr("Cannot read %1: %2").arg(localFile, file->errorString());
            delete file;
            return nullptr;
        }
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart part;
        // The server tells the kind of archive by this name.
        const QByteArray name = QFileInfo(localFile).fileName().toUtf8().replace('"', '_');
        part.setRawHeader("Content-Disposition",
                          "form-data; name=\"file\"; filename=\"" + name + '"');
        part.setRawHeader("Content-Type", "application/octet-stream");
        part.setBodyDevice(file);
        file->setParent(multipart);
        multipart->append(part);
        return multipart;
    };
    return client.sendMultipart(
        new RawJob(QStringLiteral("POST"), client.urlFor(dependenciesPath(groupId, appId))),
        std::move(makeBody));
}

} // namespace dependencycalls
