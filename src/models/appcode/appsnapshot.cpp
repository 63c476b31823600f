#include "appsnapshot.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <algorithm>

namespace appcode {

QByteArray jsonBytes(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted; Indented is four spaces and ends with a line break.
    QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    return bytes;
}

QByteArray jsonBytes(const QJsonArray &array)
{
    QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    return bytes;
}

QString fileName(const QString &name)
{
    QString result = name;
    for (QChar &c : result) {
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control)
            c = u'_';
    }
    if (result.isEmpty() || result == QLatin1String(".") || result == QLatin1String(".."))
        result = QStringLiteral("_");
    return result;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Function:
        return QStringLiteral("function");
    case Kind::Value:
        return QStringLiteral("value");
    case Kind::Trigger:
        return QStringLiteral("trigger");
    case Kind::AuthProvider:
        return QStringLiteral("auth provider");
    case Kind::Service:
        return QStringLiteral("service");
    case Kind::Rule:
        return QStringLiteral("rule");
    case Kind::Webhook:
        return QStringLiteral("incoming webhook");
    case Kind::Hosting:
        break;
    }
    return QStringLiteral("hosting file");
}

QString folderOf(Kind kind)
{
    switch (kind) {
    case Kind::Function:
        return QStringLiteral("functions");
    case Kind::Value:
        return QStringLiteral("values");
    case Kind::Trigger:
        return QStringLiteral("triggers");
    case Kind::AuthProvider:
        return QStringLiteral("auth_providers");
    case Kind::Service:
        return QStringLiteral("services");
    case Kind::Rule:
        return QStringLiteral("rules");
    case Kind::Webhook:
        return QStringLiteral("incoming_webhooks");
    case Kind::Hosting:
        break;
    }
    return QStringLiteral("hosting/files");
}

QString Resource::key() const
{
    switch (kind) {
    case Kind::Rule:
    case Kind::Webhook:
        return QStringLiteral("services/%1/%2/%3").arg(fileName(service), folderOf(kind),
                                                       fileName(name));
    case Kind::Hosting:
        return QStringLiteral("hosting/files") + (name.startsWith(u'/') ? name : u'/' + name);
    default:
        break;
    }
    return folderOf(kind) + u'/' + fileName(name);
}

bool Resource::sameAs(const Resource &other) const
{
    return kind == other.kind && name == other.name && service == other.service
        && config == other.config && source == other.source && hash == other.hash
        && attrs == other.attrs;
}

QJsonObject cleanConfig(Kind kind, QJsonObject doc)
{
    // Ids, times and the server's runtime state: never part of the folder.
    for (const char *key : { "_id", "id", "last_modified", "group_id", "app_id" })
        doc.remove(QLatin1String(key));
    switch (kind) {
    case Kind::Function:
        doc.remove(QStringLiteral("source"));
        if (doc.value(QStringLiteral("can_evaluate")).toObject().isEmpty())
            doc.remove(QStringLiteral("can_evaluate"));
        break;
    case Kind::Webhook:
        doc.remove(QStringLiteral("function_source"));
        doc.remove(QStringLiteral("source"));
        break;
    case Kind::Trigger:
        doc.remove(QStringLiteral("function_id"));
        doc.remove(QStringLiteral("suspended"));
        doc.remove(QStringLiteral("error"));
        if (doc.contains(QStringLiteral("event_processors"))) {
            // The function processor repeats the function's id: the folder names it only.
            QJsonObject processors = doc.value(QStringLiteral("event_processors")).toObject();
            QJsonObject function = processors.value(QStringLiteral("FUNCTION")).toObject();
            QJsonObject config = function.value(QStringLiteral("config")).toObject();
            config.remove(QStringLiteral("function_id"));
            function.insert(QStringLiteral("config"), config);
            processors.insert(QStringLiteral("FUNCTION"), function);
            doc.insert(QStringLiteral("event_processors"), processors);
        }
        break;
    case Kind::Service:
        doc.remove(QStringLiteral("version"));
        break;
    default:
        break;
    }
    return doc;
}

QMap<QString, QByteArray> Snapshot::configFiles() const
{
    QMap<QString, QByteArray> files;
    files.insert(QStringLiteral("stitch.json"), jsonBytes(app));
    QJsonArray metadata;
    for (const Resource &resource : resources) {
        const QString key = resource.key();
        switch (resource.kind) {
        case Kind::Function:
        case Kind::Webhook:
        case Kind::Service:
            files.insert(key + QStringLiteral("/config.json"), jsonBytes(resource.config));
            if (resource.kind != Kind::Service)
                files.insert(key + QStringLiteral("/source.js"), resource.source.toUtf8());
            break;
        case Kind::Hosting:
            if (!resource.attrs.isEmpty())
                metadata.append(QJsonObject { { QStringLiteral("path"), resource.name },
                                              { QStringLiteral("attrs"), resource.attrs } });
            break;
        default:
            files.insert(key + QStringLiteral(".json"), jsonBytes(resource.config));
            break;
        }
    }
    if (count(Kind::Hosting) > 0)
        files.insert(QStringLiteral("hosting/metadata.json"), jsonBytes(metadata));
    return files;
}

QByteArray Snapshot::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QMap<QString, QByteArray> files = configFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        hash.addData(it.key().toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(it.value());
        hash.addData(QByteArrayView("\0", 1));
    }
    for (const Resource &resource : resources) {
        if (resource.kind == Kind::Hosting) {
            hash.addData(resource.name.toUtf8());
            hash.addData(resource.hash.toLatin1());
        }
    }
    return hash.result().toHex();
}

QStringList Snapshot::secretValues() const
{
    QStringList names;
    for (const Resource &resource : resources) {
        if (resource.kind == Kind::Value
            && resource.config.value(QStringLiteral("from_secret")).toBool())
            names.append(resource.name);
    }
    return names;
}

int Snapshot::count(Kind kind) const
{
    return int(std::count_if(resources.cbegin(), resources.cend(),
                             [kind](const Resource &resource) { return resource.kind == kind; }));
}

} // namespace appcode
