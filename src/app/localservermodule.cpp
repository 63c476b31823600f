#include "localservermodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace localservermodule {

QStringList searchDirs()
{
    QStringList dirs;
    const QString fromEnvironment = qEnvironmentVariable("STITCH_LOCAL_MODULE_DIR");
    if (!fromEnvironment.isEmpty())
        dirs << fromEnvironment;
    const QString programDir = QCoreApplication::applicationDirPath();
    dirs << programDir
         << QDir::cleanPath(programDir + QLatin1Char('/')
                            + QStringLiteral(STITCH_LOCAL_MODULE_RELDIR));
    return dirs;
}

StitchLocalEntry load(const QStringList &dirs, QString *error)
{
    const QString fileName = QStringLiteral(STITCH_LOCAL_MODULE_FILE);
    for (const QString &dir : dirs) {
        const QString path = dir + QLatin1Char('/') + fileName;
        if (!QFileInfo::exists(path))
            continue;
        // Never unloaded, not even by Qt's clean-up at exit: what the server registered with Qt
        // (meta types, resources) points into the module until the process ends.
        QLibrary library(path);
        library.setLoadHints(QLibrary::PreventUnloadHint);
        auto entry = reinterpret_cast<StitchLocalEntry>(library.resolve(STITCH_LOCAL_ENTRY_NAME));
        if (entry)
            return entry;
        *error = library.isLoaded()
            ? QCoreApplication::translate("LocalProfileStarter",
                                          "%1 is from another version of Stitch Console.")
                  .arg(QDir::toNativeSeparators(path))
            : QCoreApplication::translate("LocalProfileStarter",
                                          "The built-in local server could not be loaded: %1")
                  .arg(library.errorString());
        return nullptr;
    }
    *error = QCoreApplication::translate(
                 "LocalProfileStarter",
                 "The built-in local server is not installed: %1 was found in none of these "
                 "folders: %2.")
                 .arg(fileName, QDir::toNativeSeparators(dirs.join(QStringLiteral(", "))));
    return nullptr;
}

} // namespace localservermodule
