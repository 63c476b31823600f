#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace stitchlocal {

//! Limits on an uploaded dependencies archive (POST .../dependencies).
struct DependencyLimits
{
    qint64 archiveBytes = 16LL * 1024 * 1024; //!< the upload itself
    qint64 unpackedBytes = 128LL * 1024 * 1024; //!< every file, as declared and as written
    int entries = 20000;
};

//! Reads an archive's entries without writing anything (zip, tar, tar.gz: libarchive, which
//! names the format by its content): empty when every entry stays inside the folder it unpacks
//! into and the limits hold; otherwise why not (an absolute path, "..", a link out, too big,
//! not a readable archive). Cheap: entries' data is skipped, not inflated, where the format
//! allows.
QString checkDependencyArchive(const QByteArray &archive, const DependencyLimits &limits);

//! Unpacks archive into folder (which must not exist yet), making folder/node_modules/<package>
//! whether the archive holds a node_modules folder or its content; checks every entry again as
//! it goes and counts the bytes written. Empty on success, else why (folder is then removed).
//! Safe to call off the server's thread: it touches nothing but folder.
QString unpackDependencyArchive(const QByteArray &archive, const QString &folder,
                                const DependencyLimits &limits);

//! [{name, version}] of the packages in folder/node_modules (scoped ones as "@scope/name"), by
//! their package.json, sorted by name.
QJsonArray listDependencyPackages(const QString &folder);

} // namespace stitchlocal
