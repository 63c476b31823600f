#pragma once

#include "hostingsync.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class ApiClient;
class ApiJob;
struct ApiError;

//! A batch of uploads and deletes for the hosting panel, run one call at a time so the progress
//! is exact and a failure names one file. Each file is hashed (off the UI thread, once) when the
//! batch did not bring its hash, checked against what was planned just before it is sent (a file
//! that vanished or changed is skipped, not sent), then streamed from disk.
//!
//! When the session ends mid-batch the batch pauses on the file in flight (which did not land);
//! resume() after signing in again carries on from there, so nothing that landed is sent twice.
class HostingTransfer : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Pending, Uploaded, Deleted, Failed, Skipped, Cancelled };
    enum class State { Idle, Running, Paused, Finished };

    struct Item
    {
        enum Action { Upload, Delete };
        Action action = Upload;
        QString remotePath;
        LocalAsset local; //!< uploads: the file as planned (hash may be empty)
        AssetAttributes attrs; //!< uploads: the attributes to store
        Outcome outcome = Outcome::Pending;
        QString message; //!< why it failed or was skipped
    };

    HostingTransfer(ApiClient *client, const QString &groupId, const QString &appId,
                    QObject *parent = nullptr);
    ~HostingTransfer() override;

    //! Whether the first failure ends the batch (the rest are left unsent) or the rest go on.
    void setStopOnError(bool stop) { m_stopOnError = stop; }
    bool stopOnError() const { return m_stopOnError; }

    void start(const QList<Item> &items);
    //! Abandons the call in flight (its file does not land: an upload is stored whole or not at
    //! all) and marks the rest Cancelled; finished() follows.
    void cancel();
    //! After a pause for sign-in: goes on from the file that was in flight.
    void resume();

    State state() const { return m_state; }
    const QList<Item> &items() const { return m_items; }
    int filesTotal() const { return int(m_items.size()); }
    int filesDone() const { return m_next; }
    //! File bytes of the whole batch, and those sent so far (the file in flight included).
    qint64 bytesTotal() const { return m_bytesTotal; }
    qint64 bytesDone() const { return m_bytesDone + m_currentSent; }
    //! File bytes handed to the network, retries included (a second sync of an unchanged folder
    //! makes this 0).
    qint64 bytesSent() const { return m_bytesSent; }
    int count(Outcome outcome) const;
    static QString outcomeText(Outcome outcome);

signals:
    void progressChanged();
    void itemFinished(int index);
    //! The session ended; the batch waits for resume().
    void paused(const ApiError &error);
    void finished();

private:
    void startNext();
    void sendUpload(int index);
    void onItemDone(int index, ApiJob *job);
    void finishItem(int index, Outcome outcome, const QString &message);
    void end();

    ApiClient *m_client;
    QString m_groupId;
    QString m_appId;
    QList<Item> m_items;
    int m_next = 0;
    State m_state = State::Idle;
    bool m_stopOnError = false;
    qint64 m_bytesTotal = 0;
    qint64 m_bytesDone = 0;
    qint64 m_currentSent = 0;
    qint64 m_bytesSent = 0;
    QPointer<ApiJob> m_job;
    std::shared_ptr<std::atomic_bool> m_cancelHash;
    quint64 m_generation = 0;
};
