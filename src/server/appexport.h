#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace stitchlocal {

class Store;
struct AppRecord;

//! The files of an app's configuration in the app-directory layout (path, contents), as
//! stitch-cli exports it. Drafts will diff the same list.
QList<QPair<QString, QByteArray>> appConfigFiles(const Store &store, const AppRecord &app);
//! Those files as a zip archive; empty with *error set on failure.
QByteArray exportAppZip(const Store &store, const AppRecord &app, QString *error);

} // namespace stitchlocal
