#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

//! Crash-safe copies of unsaved function buffers: one JSON file per open function under the
//! user's data folder, written atomically (QSaveFile: write, then rename) on a worker thread.
//! Writes and removals of one buffer happen in the order they were asked for; a burst of writes
//! collapses into the newest.
class AutosaveStore : public QObject
{
    Q_OBJECT
public:
    struct Record
    {
        QString groupId;
        QString appId;
        QString functionId;
        QString functionName;
        QString source; //!< the unsaved buffer
        QString serverSource; //!< the source the buffer was opened from
        QDateTime savedAt;
        QString key() const { return keyFor(appId, functionId); }
    };

    //! An empty directory means QStandardPaths::AppDataLocation + "/autosave".
    explicit AutosaveStore(const QString &directory = QString(), QObject *parent = nullptr);
    ~AutosaveStore() override;

    QString directory() const { return m_directory; }
    void setDirectory(const QString &directory);
    static QString keyFor(const QString &appId, const QString &functionId);
    QString filePathFor(const QString &key) const;

    void save(const Record &record);
    void remove(const QString &key);
    //! Whether writes or removals are still queued or running.
    bool isBusy() const { return !m_running.isEmpty(); }

    //! Reads, on a worker, the buffers left behind for one app; recovered() answers.
    void findRecovered(const QString &groupId, const QString &appId);

signals:
    void saved(const QString &key);
    void removed(const QString &key);
    void writeFailed(const QString &key, const QString &message);
    void recovered(const QString &groupId, const QString &appId, const QList<Record> &records);
    void idle();

private:
    struct Op
    {
        bool remove = false;
        Record record;
    };
    void enqueue(const QString &key, const Op &op);
    void startNext(const QString &key);

    QString m_directory;
    QHash<QString, Op> m_queued; // the newest op not yet started, per key
    QHash<QString, bool> m_running; // keys with an op on a worker
};

Q_DECLARE_METATYPE(AutosaveStore::Record)
