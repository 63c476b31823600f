#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace stitchlocal {

class ConfigStore;
struct AppRecord;

//! The files of an app's configuration in the app-directory layout (path → contents), as
//! stitch-cli exports it, as adminId sees it (empty: the deployed state). Export zips these
//! files; a draft's diff compares two of these maps.
QMap<QString, QByteArray> appConfigFiles(const ConfigStore &config, const AppRecord &app,
                                         const QString &adminId = QString());
//! The file or folder name a resource name becomes in the layout: never empty, never "." or "..",
//! with no '/', '\\' or control character, so that no name climbs out of its folder.
QString exportFileName(const QString &name);
//! The deployed files as a zip archive; empty with *error set on failure.
QByteArray exportAppZip(const ConfigStore &config, const AppRecord &app, QString *error);

} // namespace stitchlocal
