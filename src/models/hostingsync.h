#pragma once

#include <api/hostingcalls.h>

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>

//! A local file meant for hosting, with what it held when it was hashed.
struct LocalAsset
{
    QString localFile; //!< absolute path on disk
    QString relativePath; //!< "css/site.css", '/' separated
    qint64 size = 0;
    QDateTime modified;
    QString hash; //!< MD5, lowercase hex; empty until hashed
    QString error; //!< why it could not be read, if it could not
};

//! Local files against the server's: what a sync of a folder would do.
struct SyncEntry
{
    enum Kind { New, Changed, Unchanged, OnlyOnServer };
    Kind kind = New;
    QString remotePath; //!< "/site/css/site.css"
    LocalAsset local; //!< empty for OnlyOnServer
    HostingAsset remote; //!< empty for New
};

struct SyncPlan
{
    QList<SyncEntry> entries; //!< sorted by remote path
    int count(SyncEntry::Kind kind) const;
    //! The bytes the new and changed files would send.
    qint64 bytesToSend() const;
};

//! Reading local files and comparing them: pure or thread-safe, for QtConcurrent.
namespace hostingsync {
//! Every regular file under root (hidden files included, symlinks to files followed, links to
//! folders not), unhashed, sorted by relative path.
QList<LocalAsset> scanFolder(const QString &root);
//! The file itself (for an upload of single files): relative path is its name.
LocalAsset describeFile(const QString &file);
//! MD5 of a file read once in 1 MiB chunks; empty, with *error set, when it cannot be read.
//! Stops early (empty result) when cancel becomes true.
QString md5OfFile(const QString &file, QString *error, const std::atomic_bool *cancel = nullptr,
                  qint64 *bytesRead = nullptr);
//! Hashes every file in place (sets hash or error).
void hashAll(QList<LocalAsset> &files, const std::atomic_bool *cancel = nullptr);
//! The remote path of a local file uploaded into folder ("/" or "/a/"): folder + relative path.
QString remotePathFor(const QString &folder, const QString &relativePath);
//! A size as the hosting views show it ("1.5 KB").
QString sizeText(qint64 bytes);
//! Compares local files (hashed) with the server's assets under folder.
SyncPlan plan(const QList<LocalAsset> &local, const QList<HostingAsset> &remote,
              const QString &folder);
} // namespace hostingsync
