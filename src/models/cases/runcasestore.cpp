#include "runcasestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>
#include <QUrl>

namespace runcasestore {

namespace {

QString trStore(const char *text)
{
    return QCoreApplication::translate("RunCaseStore", text);
}

// A name any file system takes: the function name percent-encoded (names may hold '/').
QString fileNameFor(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name, "-_.@ ")) + QStringLiteral(".json");
}

QByteArray casesBytes(const QList<RunCase> &cases, const QJsonObject &header)
{
    QJsonArray list;
    for (const RunCase &c : cases)
        list.append(c.toJson());
    QJsonObject object = header;
    object.insert(QStringLiteral("cases"), list);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QList<RunCase> casesFrom(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? parseError.errorString()
            : trStore(QT_TRANSLATE_NOOP("RunCaseStore", "not a JSON object"));
        return {};
    }
    QList<RunCase> cases;
    for (const QJsonValue &value : document.object().value(QLatin1String("cases")).toArray()) {
        const RunCase c = RunCase::fromJson(value.toObject());
        if (!c.isNull())
            cases.append(c);
    }
    return cases;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
        return QString(); // unchanged: leave the file (and a version control's view of it) be
    existing.close();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return trStore(QT_TRANSLATE_NOOP("RunCaseStore", "%1: cannot make its folder")).arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    return QString();
}

} // namespace

QString mirrorSubfolder()
{
    return QStringLiteral(".stitch-console/cases");
}

QString appFilePath(const QString &directory, const QString &appId)
{
    return QDir(directory).filePath(fileNameFor(appId));
}

bool isFolderOfApp(const QString &folder, const QString &appName)
{
    if (folder.isEmpty() || appName.isEmpty())
        return false;
    QFile manifest(QDir(folder).filePath(QStringLiteral("stitch.json")));
    if (!manifest.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject app = QJsonDocument::fromJson(manifest.readAll()).object();
    return app.value(QLatin1String("name")).toString() == appName;
}

LoadResult load(const QString &directory, const QString &appId, const QString &mirrorFolder,
                const QString &appName)
{
    LoadResult result;
    QFile file(appFilePath(directory, appId));
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
            return result;
        }
        QString why;
        result.cases = casesFrom(file.readAll(), &why);
        if (!why.isEmpty())
            result.error = QStringLiteral("%1: %2").arg(file.fileName(), why);
        return result;
    }
    if (!isFolderOfApp(mirrorFolder, appName))
        return result;
    const QDir mirror(QDir(mirrorFolder).filePath(mirrorSubfolder()));
    const QStringList names
        = mirror.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile copy(mirror.filePath(name));
        QString why;
        if (copy.open(QIODevice::ReadOnly))
            result.cases += casesFrom(copy.readAll(), &why);
        if (!why.isEmpty() && result.error.isEmpty())
            result.error = QStringLiteral("%1: %2").arg(copy.fileName(), why);
    }
    result.fromMirror = !result.cases.isEmpty();
    return result;
}

QString save(const QString &directory, const QString &appId, const QList<RunCase> &cases,
             const QString &mirrorFolder, const QString &appName)
{
    QString error = writeFile(appFilePath(directory, appId),
                              casesBytes(cases, { { QStringLiteral("app_id"), appId } }));
    if (!error.isEmpty() || !isFolderOfApp(mirrorFolder, appName))
        return error;
    QMap<QString, QList<RunCase>> byFunction;
    for (const RunCase &c : cases)
        byFunction[c.function].append(c);
    const QDir mirror(QDir(mirrorFolder).filePath(mirrorSubfolder()));
    QStringList wanted;
    for (auto it = byFunction.constBegin(); it != byFunction.constEnd(); ++it) {
        const QString name = fileNameFor(it.key());
        wanted << name;
        error = writeFile(mirror.filePath(name),
                          casesBytes(it.value(), { { QStringLiteral("function"), it.key() } }));
        if (!error.isEmpty())
            return error;
    }
    const QStringList present
        = mirror.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : present) {
        if (!wanted.contains(name))
            QFile::remove(mirror.filePath(name));
    }
    return QString();
}

} // namespace runcasestore
