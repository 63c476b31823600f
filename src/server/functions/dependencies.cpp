#include "dependencies.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace stitchlocal {

namespace {

using Reader = std::unique_ptr<archive, decltype(&archive_read_free)>;

//! A reader over bytes, for the three formats an upload may be (zip, tar, tar.gz).
Reader openReader(const QByteArray &bytes)
{
    Reader reader(archive_read_new(), archive_read_free);
    archive_read_support_format_zip(reader.get());
    archive_read_support_format_tar(reader.get());
    archive_read_support_filter_gzip(reader.get());
    if (archive_read_open_memory(reader.get(), bytes.constData(), size_t(bytes.size()))
        != ARCHIVE_OK)
        return Reader(nullptr, archive_read_free);
    return reader;
}

QString readerError(archive *reader, const QString &fallback)
{
    const char *text = archive_error_string(reader);
    return text ? QStringLiteral("the archive cannot be read: %1").arg(QString::fromUtf8(text))
                : fallback;
}

//! The entry's path as a clean relative path, or empty when it would leave the folder.
QString safeRelative(const QString &raw)
{
    QString path = raw;
    path.replace(u'\\', u'/');
    if (path.startsWith(u'/') || (path.size() > 1 && path.at(1) == u':'))
        return {};
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    QStringList kept;
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return {};
        if (part != QLatin1String("."))
            kept.append(part);
    }
    return kept.join(u'/');
}

//! The links an archive made so far, by the path they sit at (with every link before it
//! followed), to where they point (likewise). An entry written "through" a link lands where the
//! link points, so a path's text alone does not say where it ends up: node_modules/a → ".." and
//! then node_modules/a/b → "../.." reach above the folder although each looks harmless.
using LinkMap = QHash<QString, QStringList>;

//! Walks steps from start, following the links made so far; nullopt when it leaves the folder.
std::optional<QStringList> walk(QStringList current, const QStringList &steps,
                                const LinkMap &links)
{
    for (const QString &step : steps) {
        if (step == QLatin1String("."))
            continue;
        if (step == QLatin1String("..")) {
            if (current.isEmpty())
                return std::nullopt;
            current.removeLast();
            continue;
        }
        current.append(step);
        // A link's own target was resolved when it was made, so one lookup is enough.
        const auto link = links.constFind(current.join(u'/'));
        if (link != links.cend())
            current = *link;
    }
    return current;
}

QStringList stepsOf(const QString &path)
{
    return QString(path).replace(u'\\', u'/').split(u'/', Qt::SkipEmptyParts);
}

//! Records a symbolic link at entryPath to target; false when it would point outside.
bool addLink(const QString &entryPath, const QString &target, LinkMap &links)
{
    if (target.isEmpty() || target.startsWith(u'/') || target.startsWith(u'\\'))
        return false;
    QStringList parent = stepsOf(entryPath);
    const QString name = parent.takeLast();
    const std::optional<QStringList> folder = walk({}, parent, links);
    if (!folder)
        return false;
    const std::optional<QStringList> pointsTo = walk(*folder, stepsOf(target), links);
    if (!pointsTo)
        return false;
    links.insert((*folder + QStringList { name }).join(u'/'), *pointsTo);
    return true;
}

//! One entry's problem, or empty. Hard links name a path inside the archive; symbolic links
//! a path relative to themselves.
QString entryProblem(archive_entry *entry, LinkMap &links)
{
    const char *rawPath = archive_entry_pathname_utf8(entry);
    if (!rawPath)
        rawPath = archive_entry_pathname(entry);
    const QString raw = QString::fromUtf8(rawPath ? rawPath : "");
    const QString path = safeRelative(raw);
    if (path.isEmpty() && !raw.isEmpty() && raw != QLatin1String(".") && raw != QLatin1String("./"))
        return QStringLiteral("the entry \"%1\" would be written outside the dependencies folder")
            .arg(raw);
    if (const char *hard = archive_entry_hardlink(entry)) {
        if (safeRelative(QString::fromUtf8(hard)).isEmpty())
            return QStringLiteral("the link \"%1\" points outside the dependencies folder").arg(raw);
    }
    const mode_t type = archive_entry_filetype(entry);
    if (type == AE_IFLNK) {
        const char *target = archive_entry_symlink(entry);
        if (path.isEmpty() || !addLink(path, QString::fromUtf8(target ? target : ""), links))
            return QStringLiteral("the link \"%1\" points outside the dependencies folder").arg(raw);
    } else if (type != AE_IFREG && type != AE_IFDIR && type != 0) {
        return QStringLiteral("the entry \"%1\" is not a file, a folder or a link").arg(raw);
    }
    return {};
}

//! Where a write would land on disk, checked on disk: the nearest part of target that exists,
//! resolved, must lie inside root (canonical). The links were checked as the archive was read;
//! this is the second lock on the same door.
bool landsInside(const QString &canonicalRoot, const QString &target)
{
    QString existing = target;
    while (!QFileInfo(existing).exists() && !QFileInfo(existing).isSymLink()) {
        const QString up = QFileInfo(existing).path();
        if (up == existing)
            return false;
        existing = up;
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    return !canonical.isEmpty()
        && (canonical == canonicalRoot || canonical.startsWith(canonicalRoot + u'/'));
}

QString tooBig(const DependencyLimits &limits)
{
    return QStringLiteral("the archive unpacks to more than %1 MiB")
        .arg(limits.unpackedBytes / (1024 * 1024));
}

} // namespace

QString checkDependencyArchive(const QByteArray &bytes, const DependencyLimits &limits)
{
    if (bytes.size() > limits.archiveBytes)
        return QStringLiteral("the archive is larger than %1 MiB")
            .arg(limits.archiveBytes / (1024 * 1024));
    Reader reader = openReader(bytes);
    if (!reader)
        return QStringLiteral("the file is not a zip, tar or tar.gz archive");
    qint64 declared = 0;
    int entries = 0;
    LinkMap links;
    archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
            return readerError(reader.get(), QStringLiteral("the archive is corrupt"));
        if (++entries > limits.entries)
            return QStringLiteral("the archive holds more than %1 entries").arg(limits.entries);
        const QString problem = entryProblem(entry, links);
        if (!problem.isEmpty())
            return problem;
        declared += qMax<qint64>(0, archive_entry_size(entry));
        if (declared > limits.unpackedBytes)
            return tooBig(limits);
    }
    return entries == 0 ? QStringLiteral("the archive is empty") : QString();
}

QString unpackDependencyArchive(const QByteArray &bytes, const QString &folder,
                                const DependencyLimits &limits)
{
    QString problem = checkDependencyArchive(bytes, limits);
    if (!problem.isEmpty())
        return problem;
    // Packages go under node_modules whether the archive holds that folder or its content.
    bool rooted = true;
    {
        Reader reader = openReader(bytes);
        archive_entry *entry = nullptr;
        while (archive_read_next_header(reader.get(), &entry) == ARCHIVE_OK) {
            const QString path = safeRelative(QString::fromUtf8(archive_entry_pathname(entry)));
            if (!path.isEmpty() && path != QLatin1String("node_modules")
                && !path.startsWith(QLatin1String("node_modules/")))
                rooted = false;
        }
    }
    const QDir root(folder);
    if (!QDir().mkpath(root.filePath(QStringLiteral("node_modules"))))
        return QStringLiteral("cannot make the dependencies folder");
    const auto fail = [&](const QString &why) {
        QDir(folder).removeRecursively();
        return why;
    };

    const QString canonicalRoot = QFileInfo(folder).canonicalFilePath();
    Reader reader = openReader(bytes);
    qint64 written = 0;
    LinkMap links;
    archive_entry *entry = nullptr;
    char buffer[64 * 1024];
    for (;;) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
            return fail(readerError(reader.get(), QStringLiteral("the archive is corrupt")));
        problem = entryProblem(entry, links);
        if (!problem.isEmpty())
            return fail(problem);
        const QString relative = safeRelative(QString::fromUtf8(archive_entry_pathname(entry)));
        if (relative.isEmpty())
            continue;
        const QString target
            = root.filePath(rooted ? relative : QStringLiteral("node_modules/") + relative);
        if (!landsInside(canonicalRoot, target))
            return fail(QStringLiteral("the entry \"%1\" would be written outside the "
                                       "dependencies folder")
                            .arg(relative));
        const mode_t type = archive_entry_filetype(entry);
        if (type == AE_IFDIR) {
            if (!QDir().mkpath(target))
                return fail(QStringLiteral("cannot make the folder %1").arg(relative));
            continue;
        }
        QDir().mkpath(QFileInfo(target).path());
        if (type == AE_IFLNK) {
            // Checked above to stay inside; made as written, relative to its own folder.
            if (!QFile::link(QString::fromUtf8(archive_entry_symlink(entry)), target))
                return fail(QStringLiteral("cannot make the link %1").arg(relative));
            continue;
        }
        if (const char *hard = archive_entry_hardlink(entry)) {
            const QString source
                = root.filePath((rooted ? QString() : QStringLiteral("node_modules/"))
                                + safeRelative(QString::fromUtf8(hard)));
            if (!landsInside(canonicalRoot, source) || !QFile::copy(source, target))
                return fail(QStringLiteral("cannot copy %1").arg(relative));
            continue;
        }
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QStringLiteral("cannot write %1").arg(relative));
        for (;;) {
            const la_ssize_t got = archive_read_data(reader.get(), buffer, sizeof buffer);
            if (got == 0)
                break;
            if (got < 0)
                return fail(readerError(reader.get(), QStringLiteral("the archive is corrupt")));
            // Declared sizes may lie: the bytes written are what count.
            written += got;
            if (written > limits.unpackedBytes)
                return fail(tooBig(limits));
            if (file.write(buffer, got) != got)
                return fail(QStringLiteral("cannot write %1").arg(relative));
        }
    }
    return {};
}

QJsonArray listDependencyPackages(const QString &folder)
{
    const QDir modules(QDir(folder).filePath(QStringLiteral("node_modules")));
    QList<QPair<QString, QString>> found;
    const auto add = [&found](const QDir &dir, const QString &prefix) {
        const QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &name : names) {
            QFile manifest(dir.filePath(name + QStringLiteral("/package.json")));
            if (!manifest.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject package = QJsonDocument::fromJson(manifest.readAll()).object();
            const QString declared = package.value(QStringLiteral("name")).toString();
            found.append({ declared.isEmpty() ? prefix + name : declared,
                           package.value(QStringLiteral("version")).toString() });
        }
    };
    add(modules, QString());
    const QStringList scopes = modules.entryList({ QStringLiteral("@*") }, QDir::Dirs);
    for (const QString &scope : scopes)
        add(QDir(modules.filePath(scope)), scope + u'/');
    std::sort(found.begin(), found.end());
    QJsonArray list;
    for (const auto &[name, version] : std::as_const(found))
        list.append(QJsonObject { { QStringLiteral("name"), name },
                                  { QStringLiteral("version"), version } });
    return list;
}

} // namespace stitchlocal
