#include "autosavestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent>

namespace {

struct Outcome
{
    bool ok = true;
    QString message;
};

QJsonObject toJson(const AutosaveStore::Record &record)
{
    return { { QStringLiteral("group_id"), record.groupId },
             { QStringLiteral("app_id"), record.appId },
             { QStringLiteral("function_id"), record.functionId },
             { QStringLiteral("function_name"), record.functionName },
             { QStringLiteral("source"), record.source },
             { QStringLiteral("server_source"), record.serverSource },
             { QStringLiteral("saved_at"), record.savedAt.toString(Qt::ISODateWithMs) } };
}

AutosaveStore::Record fromJson(const QJsonObject &object)
{
    AutosaveStore::Record record;
    record.groupId = object.value(QLatin1String("group_id")).toString();
    record.appId = object.value(QLatin1String("app_id")).toString();
    record.functionId = object.value(QLatin1String("function_id")).toString();
    record.functionName = object.value(QLatin1String("function_name")).toString();
    record.source = object.value(QLatin1String("source")).toString();
    record.serverSource = object.value(QLatin1String("server_source")).toString();
    record.savedAt = QDateTime::fromString(object.value(QLatin1String("saved_at")).toString(),
                                           Qt::ISODateWithMs);
    return record;
}

Outcome write(const QString &directory, const QString &path, const QByteArray &data)
{
    if (!QDir().mkpath(directory))
        return { false,
                 QCoreApplication::translate("AutosaveStore", "Cannot create %1")
                     .arg(QDir::toNativeSeparators(directory)) };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return { false, file.errorString() };
    return {};
}

Outcome erase(const QString &path)
{
    if (QFile::exists(path) && !QFile::remove(path))
        return { false,
                 QCoreApplication::translate("AutosaveStore", "Cannot remove %1")
                     .arg(QDir::toNativeSeparators(path)) };
    return {};
}

QList<AutosaveStore::Record> readAll(const QString &directory, const QString &groupId,
                                     const QString &appId)
{
    QList<AutosaveStore::Record> records;
    const QDir dir(directory);
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Time);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const AutosaveStore::Record record
            = fromJson(QJsonDocument::fromJson(file.readAll()).object());
        if (record.appId == appId && (record.groupId == groupId || groupId.isEmpty())
            && !record.functionId.isEmpty())
            records.append(record);
    }
    return records;
}

} // namespace

AutosaveStore::AutosaveStore(const QString &directory, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<AutosaveStore::Record>();
    setDirectory(directory);
}

AutosaveStore::~AutosaveStore() = default;

void AutosaveStore::setDirectory(const QString &directory)
{
    m_directory = directory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/autosave")
        : directory;
}

QString AutosaveStore::keyFor(const QString &appId, const QString &functionId)
{
    // Ids are hex today, but a file name must never depend on what a server sends.
    return QString::fromLatin1(
        QCryptographicHash::hash((appId + QLatin1Char('/') + functionId).toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex());
}

QString AutosaveStore::filePathFor(const QString &key) const
{
    return QDir(m_directory).filePath(key + QStringLiteral(".json"));
}

void AutosaveStore::save(const Record &record)
{
    Op op;
    op.record = record;
    if (!op.record.savedAt.isValid())
        op.record.savedAt = QDateTime::currentDateTimeUtc();
    enqueue(record.key(), op);
}

void AutosaveStore::remove(const QString &key)
{
    Op op;
    op.remove = true;
    enqueue(key, op);
}

void AutosaveStore::enqueue(const QString &key, const Op &op)
{
    m_queued.insert(key, op);
    if (!m_running.contains(key))
        startNext(key);
}

void AutosaveStore::startNext(const QString &key)
{
    const auto it = m_queued.constFind(key);
    if (it == m_queued.constEnd()) {
        m_running.remove(key);
        if (m_running.isEmpty())
            emit idle();
        return;
    }
    const Op op = it.value();
    m_queued.erase(it);
    m_running.insert(key, true);
    const QString path = filePathFor(key);
    const QString directory = m_directory;
    const QByteArray data = op.remove ? QByteArray() : QJsonDocument(toJson(op.record)).toJson();
    QtConcurrent::run([op, path, directory, data] {
        return op.remove ? erase(path) : write(directory, path, data);
    }).then(this, [this, key, op](const Outcome &outcome) {
        if (!outcome.ok)
            emit writeFailed(key, outcome.message);
        else if (op.remove)
            emit removed(key);
        else
            emit saved(key);
        startNext(key);
    });
}

void AutosaveStore::findRecovered(const QString &groupId, const QString &appId)
{
    const QString directory = m_directory;
    QtConcurrent::run([directory, groupId, appId] {
        return readAll(directory, groupId, appId);
    }).then(this, [this, groupId, appId](const QList<Record> &records) {
        emit recovered(groupId, appId, records);
    });
}
