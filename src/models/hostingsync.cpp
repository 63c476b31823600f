#include "hostingsync.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <algorithm>

int SyncPlan::count(SyncEntry::Kind kind) const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [kind](const SyncEntry &entry) { return entry.kind == kind; }));
}

qint64 SyncPlan::bytesToSend() const
{
    qint64 bytes = 0;
    for (const SyncEntry &entry : entries) {
        if (entry.kind == SyncEntry::New || entry.kind == SyncEntry::Changed)
            bytes += entry.local.size;
    }
    return bytes;
}

namespace hostingsync {

LocalAsset describeFile(const QString &file)
{
    const QFileInfo info(file);
    LocalAsset asset;
    asset.localFile = info.absoluteFilePath();
    asset.relativePath = info.fileName();
    asset.size = info.size();
    asset.modified = info.lastModified();
    return asset;
}

QList<LocalAsset> scanFolder(const QString &root)
{
    QList<LocalAsset> files;
    const QDir base(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        LocalAsset asset;
        asset.localFile = info.absoluteFilePath();
        asset.relativePath = base.relativeFilePath(info.absoluteFilePath());
        asset.size = info.size();
        asset.modified = info.lastModified();
        files.append(asset);
    }
    std::sort(files.begin(), files.end(), [](const LocalAsset &a, const LocalAsset &b) {
        return a.relativePath < b.relativePath;
    });
    return files;
}

QString md5OfFile(const QString &file, QString *error, const std::atomic_bool *cancel,
                  qint64 *bytesRead)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Md5);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load())
            return {};
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0) {
            *error = in.errorString();
            return {};
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (bytesRead)
            *bytesRead += n;
    }
    return QString::fromLatin1(hash.result().toHex());
}

void hashAll(QList<LocalAsset> &files, const std::atomic_bool *cancel)
{
    for (LocalAsset &file : files) {
        if (cancel && cancel->load())
            return;
        QString error;
        file.hash = md5OfFile(file.localFile, &error, cancel);
        file.error = error;
    }
}

QString remotePathFor(const QString &folder, const QString &relativePath)
{
    QString base = folder.isEmpty() ? QStringLiteral("/") : folder;
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    return base + QDir::fromNativeSeparators(relativePath);
}

SyncPlan plan(const QList<LocalAsset> &local, const QList<HostingAsset> &remote,
              const QString &folder)
{
    const QString base = remotePathFor(folder, QString());
    QHash<QString, HostingAsset> onServer;
    for (const HostingAsset &asset : remote) {
        if (!asset.isFolder() && asset.path.startsWith(base))
            onServer.insert(asset.path, asset);
    }
    SyncPlan result;
    for (const LocalAsset &file : local) {
        SyncEntry entry;
        entry.remotePath = remotePathFor(folder, file.relativePath);
        entry.local = file;
        const auto found = onServer.find(entry.remotePath);
        if (found == onServer.end()) {
            entry.kind = SyncEntry::New;
        } else {
            entry.remote = *found;
            entry.kind = found->hash.compare(file.hash, Qt::CaseInsensitive) == 0
                    && found->size == file.size
                ? SyncEntry::Unchanged
                : SyncEntry::Changed;
            onServer.erase(found);
        }
        result.entries.append(entry);
    }
    for (const HostingAsset &asset : std::as_const(onServer)) {
        SyncEntry entry;
        entry.kind = SyncEntry::OnlyOnServer;
        entry.remotePath = asset.path;
        entry.remote = asset;
        result.entries.append(entry);
    }
    std::sort(result.entries.begin(), result.entries.end(),
              [](const SyncEntry &a, const SyncEntry &b) { return a.remotePath < b.remotePath; });
    return result;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace hostingsync
