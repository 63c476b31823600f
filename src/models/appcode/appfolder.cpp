// Reading and writing an app's folder: blocking file work, run off the UI thread.
#include "appsnapshot.h"

#include <models/hostingsync.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

namespace appcode {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("appcode", text);
}

struct FoundFile
{
    QString rel;
    QString abs;
    qint64 size = 0;
};

bool isInside(const QString &canonicalRoot, const QString &canonicalPath)
{
    return canonicalPath == canonicalRoot
        || canonicalPath.startsWith(canonicalRoot + QLatin1Char('/'));
}

// Every file under dir, links checked: a link must stay inside the folder; links to folders
// are not followed. Hidden entries at the top (.git, .DS_Store) are skipped.
void walk(const QString &canonicalRoot, const QString &dir, const QString &rel,
          QList<FoundFile> *files, Snapshot *snapshot)
{
    const QFileInfoList entries = QDir(dir).entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString path = rel.isEmpty() ? entry.fileName() : rel + u'/' + entry.fileName();
        if (rel.isEmpty() && entry.fileName().startsWith(u'.'))
            continue;
        if (entry.isSymLink()) {
            const QString target = entry.canonicalFilePath();
            if (target.isEmpty()) {
                snapshot->problems.append(tr("%1: a link to nothing").arg(path));
                continue;
            }
            if (!isInside(canonicalRoot, target)) {
                snapshot->problems.append(
                    tr("%1: a link out of the folder (to %2), refused").arg(path, target));
                continue;
            }
            if (QFileInfo(target).isDir()) {
                snapshot->ignored.append(path + tr(" (a link to a folder, not followed)"));
                continue;
            }
        }
        if (entry.isDir()) {
            walk(canonicalRoot, entry.filePath(), path, files, snapshot);
        } else if (entry.isFile()) {
            files->append({ path, entry.filePath(), entry.size() });
        } else {
            snapshot->ignored.append(path + tr(" (not a regular file)"));
        }
    }
}

int lineOf(const QByteArray &bytes, int offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

QString sizeText(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

class Reader
{
public:
    Snapshot snapshot;
    //! The file that first named each resource ("function/sum" → "functions/sum/config.json").
    QHash<QString, QString> namedBy;

    QByteArray read(const FoundFile &file)
    {
        if (file.size > kMaxConfigBytes) {
            snapshot.problems.append(tr("%1: %2, more than the %3 a configuration file may "
                                        "have; refused")
                                         .arg(file.rel, sizeText(file.size),
                                              sizeText(kMaxConfigBytes)));
            return {};
        }
        QFile in(file.abs);
        if (!in.open(QIODevice::ReadOnly)) {
            snapshot.problems.append(tr("%1: %2").arg(file.rel, in.errorString()));
            return {};
        }
        return in.read(kMaxConfigBytes + 1);
    }

    //! The file's JSON, or a null value with a problem naming the file and line.
    QJsonValue json(const FoundFile &file)
    {
        const QByteArray bytes = read(file);
        if (bytes.isNull() && file.size > 0)
            return {};
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            snapshot.problems.append(tr("%1, line %2: invalid JSON (%3)")
                                         .arg(file.rel)
                                         .arg(lineOf(bytes, error.offset))
                                         .arg(error.errorString()));
            return {};
        }
        if (doc.isArray())
            return doc.array();
        return doc.object();
    }

    QJsonObject object(const FoundFile &file)
    {
        const QJsonValue value = json(file);
        if (!value.isObject() && !value.isNull())
            snapshot.problems.append(tr("%1: not a JSON object").arg(file.rel));
        return value.toObject();
    }

    //! Adds a resource from its config file; its name must be the one the folder is named by.
    Resource *add(Kind kind, const FoundFile &file, const QString &folderName,
                  const QString &service = {})
    {
        const QJsonObject config = object(file);
        if (config.isEmpty())
            return nullptr;
        const QString name = config.value(QStringLiteral("name")).toString();
        if (name.isEmpty()) {
            snapshot.problems.append(tr("%1: no \"name\"").arg(file.rel));
            return nullptr;
        }
        // Two files naming one resource: which of them would a push mean?
        const QString claim = kindName(kind) + u'/' + service + u'/' + name;
        const auto first = namedBy.constFind(claim);
        if (first != namedBy.cend()) {
            snapshot.problems.append(tr("Name clash: %1 and %2 both name the %3 “%4”; rename "
                                        "one of them")
                                         .arg(*first, file.rel, kindName(kind), name));
            return nullptr;
        }
        namedBy.insert(claim, file.rel);
        if (fileName(name) != folderName) {
            snapshot.problems.append(tr("%1: names “%2” but is filed as “%3”; rename one of "
                                        "them")
                                         .arg(file.rel, name, folderName));
            return nullptr;
        }
        Resource resource;
        resource.kind = kind;
        resource.name = name;
        resource.service = service;
        resource.config = cleanConfig(kind, config);
        const QString key = resource.key();
        if (snapshot.resources.contains(key)) {
            snapshot.problems.append(tr("%1: name clash with another %2 named “%3”")
                                         .arg(file.rel, kindName(kind), name));
            return nullptr;
        }
        return &snapshot.resources.insert(key, resource).value();
    }
};

QString stripJson(const QString &name)
{
    return name.left(name.size() - 5);
}

} // namespace

Snapshot readFolder(const QString &root)
{
    Reader reader;
    Snapshot &snapshot = reader.snapshot;
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (canonicalRoot.isEmpty() || !QFileInfo(canonicalRoot).isDir()) {
        snapshot.problems.append(tr("%1: no such folder").arg(root));
        return snapshot;
    }
    QList<FoundFile> files;
    walk(canonicalRoot, canonicalRoot, QString(), &files, &snapshot);

    // Sort files by what they are; the rest is listed as ignored.
    const FoundFile *manifest = nullptr;
    const FoundFile *metadata = nullptr;
    QMap<QString, FoundFile> sources; // "functions/x" / "services/s/incoming_webhooks/w"
    QList<QPair<Kind, FoundFile>> configs; // services first, by the sort below
    QList<FoundFile> hosting;
    for (const FoundFile &file : std::as_const(files)) {
        const QStringList parts = file.rel.split(u'/');
        const QString top = parts.first();
        const int n = int(parts.size());
        const bool json = file.rel.endsWith(QLatin1String(".json"));
        if (file.rel == QLatin1String("stitch.json")) {
            manifest = &file;
        } else if (top == QLatin1String("functions") && n == 3
                   && parts[2] == QLatin1String("config.json")) {
            configs.append({ Kind::Function, file });
        } else if ((top == QLatin1String("functions") && n == 3)
                   || (top == QLatin1String("services") && n == 5
                       && parts[2] == QLatin1String("incoming_webhooks"))) {
            if (parts.last() == QLatin1String("source.js"))
                sources.insert(file.rel.section(u'/', 0, -2), file);
            else if (parts.last() == QLatin1String("config.json"))
                configs.append({ Kind::Webhook, file });
            else
                snapshot.ignored.append(file.rel);
        } else if (n == 2 && json && top == QLatin1String("values")) {
            configs.append({ Kind::Value, file });
        } else if (n == 2 && json && top == QLatin1String("triggers")) {
            configs.append({ Kind::Trigger, file });
        } else if (n == 2 && json && top == QLatin1String("auth_providers")) {
            configs.append({ Kind::AuthProvider, file });
        } else if (top == QLatin1String("services") && n == 3
                   && parts[2] == QLatin1String("config.json")) {
            configs.prepend({ Kind::Service, file });
        } else if (top == QLatin1String("services") && n == 4 && json
                   && parts[2] == QLatin1String("rules")) {
            configs.append({ Kind::Rule, file });
        } else if (file.rel == QLatin1String("hosting/metadata.json")) {
            metadata = &file;
        } else if (top == QLatin1String("hosting") && n >= 3 && parts[1] == QLatin1String("files")) {
            hosting.append(file);
        } else {
            snapshot.ignored.append(file.rel);
        }
    }
    if (!manifest) {
        snapshot.problems.prepend(
            tr("%1 is not an app folder: stitch.json is missing (an app folder holds "
               "stitch.json and functions/, values/, triggers/, auth_providers/, services/, "
               "hosting/ as a pull writes them)")
                .arg(QDir::toNativeSeparators(root)));
        return snapshot;
    }
    snapshot.app = reader.object(*manifest);

    QSet<QString> services;
    for (const auto &[kind, file] : std::as_const(configs)) {
        const QStringList parts = file.rel.split(u'/');
        Resource *resource = nullptr;
        switch (kind) {
        case Kind::Function:
            resource = reader.add(kind, file, parts[1]);
            break;
        case Kind::Service:
            resource = reader.add(kind, file, parts[1]);
            if (resource)
                services.insert(parts[1]);
            break;
        case Kind::Rule:
        case Kind::Webhook:
            if (!services.contains(parts[1])) {
                snapshot.problems.append(
                    tr("%1: its service has no services/%2/config.json").arg(file.rel, parts[1]));
                break;
            }
            resource = reader.add(kind, file, kind == Kind::Rule ? stripJson(parts[3]) : parts[3],
                                  snapshot.resources.value(QStringLiteral("services/") + parts[1])
                                      .name);
            break;
        default:
            resource = reader.add(kind, file, stripJson(parts[1]));
            break;
        }
        if (resource && (kind == Kind::Function || kind == Kind::Webhook)) {
            const QString folder = file.rel.section(u'/', 0, -2);
            if (!sources.contains(folder)) {
                snapshot.problems.append(tr("%1: source.js is missing").arg(folder));
                continue;
            }
            const QByteArray bytes = reader.read(sources.take(folder));
            resource->source = QString::fromUtf8(bytes);
        }
    }
    for (const FoundFile &orphan : std::as_const(sources))
        snapshot.problems.append(
            tr("%1: config.json is missing").arg(orphan.rel.section(u'/', 0, -2)));

    // Hosting: hashed here, read only when pushed.
    QMap<QString, QJsonArray> attrs;
    if (metadata) {
        const QJsonArray entries = reader.json(*metadata).toArray();
        for (const QJsonValue &entry : entries) {
            const QJsonObject object = entry.toObject();
            attrs.insert(object.value(QStringLiteral("path")).toString(),
                         object.value(QStringLiteral("attrs")).toArray());
        }
    }
    for (const FoundFile &file : std::as_const(hosting)) {
        if (file.size > kMaxHostingBytes) {
            snapshot.problems.append(tr("%1: %2, more than the %3 a hosting file may have; "
                                        "refused")
                                         .arg(file.rel, sizeText(file.size),
                                              sizeText(kMaxHostingBytes)));
            continue;
        }
        Resource resource;
        resource.kind = Kind::Hosting;
        resource.name = file.rel.mid(int(qstrlen("hosting/files")));
        resource.size = file.size;
        resource.localFile = file.abs;
        QString error;
        resource.hash = hostingsync::md5OfFile(file.abs, &error);
        if (!error.isEmpty()) {
            snapshot.problems.append(tr("%1: %2").arg(file.rel, error));
            continue;
        }
        resource.attrs = attrs.take(resource.name);
        snapshot.resources.insert(resource.key(), resource);
    }
    for (auto it = attrs.cbegin(); it != attrs.cend(); ++it)
        snapshot.ignored.append(
            tr("hosting/metadata.json: %1 (no such file in hosting/files)").arg(it.key()));
    return snapshot;
}

QHash<QString, QString> hostingHashes(const QString &root)
{
    QHash<QString, QString> hashes;
    QList<LocalAsset> files = hostingsync::scanFolder(QDir(root).filePath(QStringLiteral("hosting/files")));
    hostingsync::hashAll(files);
    for (const LocalAsset &file : std::as_const(files)) {
        if (file.error.isEmpty())
            hashes.insert(u'/' + file.relativePath, file.hash);
    }
    return hashes;
}

namespace {

// What readFolder reads as part of an app (and a pull may therefore remove).
bool isLayoutFile(const QString &rel)
{
    const QStringList parts = rel.split(u'/');
    const int n = int(parts.size());
    const QString &top = parts.first();
    const QString &last = parts.last();
    const bool json = rel.endsWith(QLatin1String(".json"));
    if (top == QLatin1String("functions"))
        return n == 3 && (last == QLatin1String("config.json") || last == QLatin1String("source.js"));
    if (top == QLatin1String("values") || top == QLatin1String("triggers")
        || top == QLatin1String("auth_providers"))
        return n == 2 && json;
    if (top == QLatin1String("services"))
        return (n == 3 && last == QLatin1String("config.json"))
            || (n == 4 && json && parts[2] == QLatin1String("rules"))
            || (n == 5 && parts[2] == QLatin1String("incoming_webhooks")
                && (last == QLatin1String("config.json") || last == QLatin1String("source.js")));
    if (top == QLatin1String("hosting"))
        return rel == QLatin1String("hosting/metadata.json")
            || (n >= 3 && parts[1] == QLatin1String("files"));
    return false;
}

QString writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile existing(path);
    if (existing.size() == bytes.size() && existing.open(QIODevice::ReadOnly)
        && existing.readAll() == bytes)
        return {};
    existing.close();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("%1: cannot make its folder").arg(path);
    // Written beside, then renamed over: a reader never sees half a file. (QSaveFile would
    // also fsync each file, which makes a pull of thousands of files take seconds.)
    const QString partial = path + QStringLiteral(".partial");
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.remove();
        return tr("%1: %2").arg(path, error);
    }
    file.close();
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return tr("%1: cannot replace it").arg(path);
    }
    return QStringLiteral("written");
}

void removeEmptyFolders(const QString &dir)
{
    const QFileInfoList entries
        = QDir(dir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        if (!entry.isSymLink()) {
            removeEmptyFolders(entry.filePath());
            QDir(dir).rmdir(entry.fileName()); // fails, harmlessly, when not empty
        }
    }
}

} // namespace

QString writeFolder(const QString &root, const Snapshot &snapshot, int *written)
{
    if (written)
        *written = 0;
    if (!QDir().mkpath(root))
        return tr("%1: cannot make the folder").arg(root);
    const QDir dir(root);
    QSet<QString> wanted;
    const auto put = [&](const QString &rel, const QByteArray &bytes) -> QString {
        wanted.insert(rel);
        const QString result = writeBytes(dir.filePath(rel), bytes);
        if (result == QLatin1String("written")) {
            if (written)
                ++*written;
            return {};
        }
        return result;
    };
    const QMap<QString, QByteArray> files = snapshot.configFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString error = put(it.key(), it.value());
        if (!error.isEmpty())
            return error;
    }
    for (const Resource &resource : snapshot.resources) {
        if (resource.kind != Kind::Hosting)
            continue;
        const QString rel = resource.key();
        const QString path = dir.filePath(rel);
        if (resource.hasBytes) {
            const QString error = put(rel, resource.bytes);
            if (!error.isEmpty())
                return error;
            continue;
        }
        wanted.insert(rel);
        QString error;
        if (QFileInfo::exists(path) && hostingsync::md5OfFile(path, &error) == resource.hash)
            continue;
        if (resource.localFile.isEmpty())
            return tr("%1: its content was not read").arg(rel);
        QFile in(resource.localFile);
        if (!in.open(QIODevice::ReadOnly))
            return tr("%1: %2").arg(resource.localFile, in.errorString());
        error = put(rel, in.readAll());
        if (!error.isEmpty())
            return error;
    }
    // Files of resources the app no longer has.
    Snapshot existing;
    QList<FoundFile> present;
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    walk(canonicalRoot, canonicalRoot, QString(), &present, &existing);
    for (const FoundFile &file : std::as_const(present)) {
        if (isLayoutFile(file.rel) && !wanted.contains(file.rel) && !QFileInfo(file.abs).isSymLink())
            QFile::remove(file.abs);
    }
    for (const char *top : { "functions", "values", "triggers", "auth_providers", "services",
                             "hosting" })
        removeEmptyFolders(dir.filePath(QLatin1String(top)));
    return {};
}

} // namespace appcode
