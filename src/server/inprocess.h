#pragma once

// The built-in local server as stitch-console runs it. The console does not link the server: its
// libraries (QtSql, SQLite, libarchive, libzip, libcrypto and theirs) cost every start about 6 ms
// before the first paint. It loads them with the module libstitch-local-server.so on a worker
// thread instead, and calls the module's one entry, named below. This header is all the two share.

#include <QString>
#include <QUrl>

#include <functional>

namespace stitchlocal {

struct InProcessOptions
{
    QString dataDir;
    QString adminName; //!< the public API key of the one admin
    QString adminSecret; //!< its private API key, kept in memory only
    QString groupId; //!< empty: a new one is made
    bool demo = true; //!< make the demo app in a new store
    //! Called once, on the server's thread: it listens at rootUrl, with the admin in groupId...
    std::function<void(const QUrl &rootUrl, const QString &groupId)> started;
    //! ...or it could not start.
    std::function<void(const QString &error)> failed;
};

//! A running server; destroying it stops the server and joins its thread.
class InProcessServer
{
public:
    virtual ~InProcessServer() = default;
};

} // namespace stitchlocal

//! The module's entry: starts a server on a thread of its own and returns at once. The version in
//! the name changes whenever InProcessOptions does, so a console never calls a module built from
//! other sources.
using StitchLocalEntry = stitchlocal::InProcessServer *(*)(const stitchlocal::InProcessOptions &);
#define STITCH_LOCAL_ENTRY stitchlocal_startInProcess_v1
#define STITCH_LOCAL_ENTRY_NAME QT_STRINGIFY(STITCH_LOCAL_ENTRY)
