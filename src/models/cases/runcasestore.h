#pragma once

#include "runcase.h"

#include <QList>
#include <QString>

//! Where run cases are kept, as pure file functions that run on a worker thread: one JSON file
//! per app in the console's data folder, and a copy per function in the app-as-code folder
//! (".stitch-console/cases/<function>.json"), a hidden folder that pull, compare, push and the
//! watch leave alone.
namespace runcasestore {

//! The folder inside an app-as-code folder that holds the copies.
QString mirrorSubfolder(); // ".stitch-console/cases"

//! The app's file under directory (the app id, made safe for a file name).
QString appFilePath(const QString &directory, const QString &appId);

//! Whether folder is the app-as-code folder of the app named appName: its stitch.json names it.
bool isFolderOfApp(const QString &folder, const QString &appName);

struct LoadResult
{
    QList<RunCase> cases;
    QString error; //!< a file that exists but cannot be read; empty when all went well
    bool fromMirror = false; //!< the data file was missing: read from the app folder's copies
};

//! Reads the app's file; when there is none and mirrorFolder is the app's folder (see
//! isFolderOfApp), the copies there (a checkout on another machine).
LoadResult load(const QString &directory, const QString &appId, const QString &mirrorFolder,
                const QString &appName);

//! Writes the app's file atomically (QSaveFile), then, when mirrorFolder is the app's folder,
//! one file per function with cases there (and removes the files of functions without any).
//! Returns an error sentence, empty on success.
QString save(const QString &directory, const QString &appId, const QList<RunCase> &cases,
             const QString &mirrorFolder, const QString &appName);

} // namespace runcasestore
