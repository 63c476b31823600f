#include "appexport.h"

#include "configstore.h"
#include "resources/secretfields.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <zip.h>

#include <memory>

namespace stitchlocal {

namespace {

QByteArray pretty(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// Exported configs carry "id" where the API says "_id", as stitch-cli writes them.
QJsonObject configOf(const Resource &resource, const QStringList &drop = {})
{
    QJsonObject config = resource.doc;
    config.remove(QStringLiteral("_id"));
    config.insert(QStringLiteral("id"), resource.id);
    for (const QString &key : drop)
        config.remove(key);
    // Credentials stay in the store: an export is a file people share and commit.
    if (config.value(QStringLiteral("config")).isObject())
        config.insert(QStringLiteral("config"),
                      resources::withoutSecrets(config.value(QStringLiteral("type")).toString(),
                                                config.value(QStringLiteral("config")).toObject()));
    return config;
}

} // namespace

QMap<QString, QByteArray> appConfigFiles(const ConfigStore &config, const AppRecord &app,
                                         const QString &adminId)
{
    const QList<Resource> resources = config.all(app.id, adminId);
    QStringList origins = app.allowedOrigins;
    QHash<QString, QString> serviceNames;
    for (const Resource &resource : resources) {
        if (resource.kind == QLatin1String("service"))
            serviceNames.insert(resource.id, exportFileName(resource.name));
        if (resource.kind == QLatin1String("security")) {
            origins.clear();
            const QJsonArray list
                = resource.doc.value(QStringLiteral("allowed_request_origins")).toArray();
            for (const QJsonValue &origin : list)
                origins.append(origin.toString());
        }
    }

    QMap<QString, QByteArray> files;
    const QJsonObject manifest {
        { QStringLiteral("app_id"), app.clientAppId },
        { QStringLiteral("name"), app.name },
        { QStringLiteral("location"), app.location },
        { QStringLiteral("deployment_model"), app.deploymentModel },
        { QStringLiteral("security"),
          QJsonObject { { QStringLiteral("allowed_request_origins"),
                          QJsonArray::fromStringList(origins) } } },
        { QStringLiteral("config_version"), 20180301 },
    };
    files.insert(QStringLiteral("stitch.json"), pretty(manifest));

    // The flat kinds: one <folder>/<name>.json each.
    static const QHash<QString, QString> flatFolders {
        { QStringLiteral("value"), QStringLiteral("values") },
        { QStringLiteral("trigger"), QStringLiteral("triggers") },
        { QStringLiteral("auth_provider"), QStringLiteral("auth_providers") },
    };
    const QString source = QStringLiteral("source");
    for (const Resource &resource : resources) {
        const QString name = exportFileName(resource.name);
        const QString service = QStringLiteral("services/") + serviceNames.value(resource.parentId);
        if (resource.kind == QLatin1String("function")) {
            const QString folder = QStringLiteral("functions/") + name;
            files.insert(folder + QStringLiteral("/config.json"),
                         pretty(configOf(resource, { source })));
            files.insert(folder + QStringLiteral("/source.js"),
                         resource.doc.value(source).toString().toUtf8());
        } else if (resource.kind == QLatin1String("service")) {
            files.insert(QStringLiteral("services/%1/config.json").arg(name),
                         pretty(configOf(resource)));
        } else if (resource.kind == QLatin1String("rule")) {
            files.insert(service + QStringLiteral("/rules/%1.json").arg(name),
                         pretty(configOf(resource)));
        } else if (resource.kind == QLatin1String("incoming_webhook")) {
            const QString folder = service + QStringLiteral("/incoming_webhooks/") + name;
            files.insert(folder + QStringLiteral("/config.json"),
                         pretty(configOf(resource, { source })));
            files.insert(folder + QStringLiteral("/source.js"),
                         resource.doc.value(source).toString().toUtf8());
        } else if (flatFolders.contains(resource.kind)) {
            files.insert(QStringLiteral("%1/%2.json").arg(flatFolders.value(resource.kind), name),
                         pretty(configOf(resource)));
        }
        // "security" lives in stitch.json; other kinds are not part of the app directory.
    }
    return files;
}

QByteArray exportAppZip(const ConfigStore &config, const AppRecord &app, QString *error)
{
    const QMap<QString, QByteArray> files = appConfigFiles(config, app);

    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &zipError);
    if (!buffer) {
        *error = QString::fromUtf8(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        return QByteArray();
    }
    // The archive writes into the buffer source; we keep it alive to read the result back.
    zip_source_keep(buffer);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &zipError);
    if (!archive) {
        *error = QString::fromUtf8(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        zip_source_free(buffer);
        return QByteArray();
    }
    zip_error_fini(&zipError);

    for (auto file = files.cbegin(); file != files.cend(); ++file) {
        // libzip reads the bytes only at zip_close(); `files` outlives that.
        zip_source_t *data
            = zip_source_buffer(archive, file.value().constData(), file.value().size(), 0);
        if (!data
            || zip_file_add(archive, file.key().toUtf8().constData(), data,
                            ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                < 0) {
            *error = QString::fromUtf8(zip_strerror(archive));
            zip_source_free(data);
            zip_discard(archive);
            zip_source_free(buffer);
            return QByteArray();
        }
    }
    if (zip_close(archive) < 0) {
        *error = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        zip_source_free(buffer);
        return QByteArray();
    }

    QByteArray result;
    if (zip_source_open(buffer) == 0) {
        zip_source_seek(buffer, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(buffer);
        zip_source_seek(buffer, 0, SEEK_SET);
        if (size > 0) {
            result.resize(size);
            if (zip_source_read(buffer, result.data(), size) != size)
                result.clear();
        }
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    if (result.isEmpty())
        *error = QStringLiteral("cannot read the zip archive back");
    return result;
}

} // namespace stitchlocal
