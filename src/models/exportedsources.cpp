#include "exportedsources.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <zip.h>

#include <memory>

namespace exportedsources {

namespace {

// No function's source or config comes near this; an entry that claims more is not one of ours.
constexpr zip_uint64_t MaxEntryBytes = 16 * 1024 * 1024;

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};

QByteArray readEntry(zip_t *archive, zip_uint64_t index, zip_uint64_t size)
{
    zip_file_t *file = zip_fopen_index(archive, index, 0);
    if (!file)
        return {};
    QByteArray data(qsizetype(size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, data.data(), size);
    zip_fclose(file);
    return read == zip_int64_t(size) ? data : QByteArray();
}

} // namespace

QList<ExportedFunction> functionSources(const QByteArray &zip, QString *error)
{
    // libzip opens nothing at all as an empty archive; an export always holds stitch.json.
    if (zip.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("exportedsources", "The export is empty.");
        return {};
    }
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *source = zip_source_buffer_create(zip.constData(), zip_uint64_t(zip.size()), 0,
                                                    &zipError);
    std::unique_ptr<zip_t, ZipCloser> archive(
        source ? zip_open_from_source(source, ZIP_RDONLY, &zipError) : nullptr);
    if (!archive) {
        if (source)
            zip_source_free(source);
        if (error)
            *error = QString::fromUtf8(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        return {};
    }
    zip_error_fini(&zipError);

    static const QRegularExpression entryPattern(
        QStringLiteral("^functions/([^/]+)/(config\\.json|source\\.js)$"));
    QHash<QString, ExportedFunction> byFolder;
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t index = 0; index < count; ++index) {
        zip_stat_t stat;
        if (zip_stat_index(archive.get(), zip_uint64_t(index), 0, &stat) != 0
            || !(stat.valid & ZIP_STAT_SIZE) || stat.size > MaxEntryBytes)
            continue;
        const QRegularExpressionMatch match = entryPattern.match(QString::fromUtf8(stat.name));
        if (!match.hasMatch())
            continue;
        const QByteArray data = readEntry(archive.get(), zip_uint64_t(index), stat.size);
        const QString folder = match.captured(1);
        ExportedFunction &function = byFolder[folder];
        if (match.captured(2) == QLatin1String("source.js")) {
            function.source = QString::fromUtf8(data);
        } else {
            const QJsonObject config = QJsonDocument::fromJson(data).object();
            function.name = config.value(QStringLiteral("name")).toString();
            function.id = config.value(QStringLiteral("id")).toString();
        }
    }

    QList<ExportedFunction> functions;
    functions.reserve(byFolder.size());
    for (auto it = byFolder.begin(); it != byFolder.end(); ++it) {
        if (it->name.isEmpty())
            it->name = it.key();
        functions.append(std::move(*it));
    }
    return functions;
}

} // namespace exportedsources
