#pragma once

#include "logarchivetypes.h"

#include <api/apijob.h>

#include <QObject>
#include <QPointer>

class ApiClient;
class LogArchive;

//! Fills the log archive's gaps from the service: the time above its newest complete range,
//! between complete ranges, and on request everything the service still keeps. Pages are asked
//! for back to back (the next as soon as this one's cursor is read) and written by the archive's
//! writer; each page records the range it completes, so a sync cut short resumes where it was.
class LogArchiveSync : public QObject
{
    Q_OBJECT
public:
    LogArchiveSync(ApiClient *client, LogArchive *archive, QObject *parent = nullptr);
    ~LogArchiveSync() override;

    bool isRunning() const { return m_running; }
    //! Pages fetched by this sync so far.
    int pages() const { return m_pages; }

public slots:
    void start(const QString &groupId, const QString &appId, bool everything);
    void cancel();

signals:
    void runningChanged(bool running);
    //! done and total in milliseconds of time covered (total 0 when the end is not known),
    //! and the oldest time reached so far.
    void progress(qint64 done, qint64 total, qint64 oldestMs);
    //! complete: every gap was filled; else message says why it stopped.
    void finished(bool complete, const QString &message);

private:
    void beginGap();
    void askPage();
    void onPage(ApiJob *job);
    void continueAfter(const QByteArray &body, const std::optional<LogCursor> &next);
    void finish(bool complete, const QString &message);
    void setRunning(bool running);
    //! Where a cut-short Everything sync of this archive is remembered.
    QString unfinishedKey() const;

    ApiClient *m_client;
    LogArchive *m_archive;
    QString m_groupId;
    QString m_appId;
    QList<LogTimeRange> m_gaps; //!< still to fetch, newest first
    LogTimeRange m_gap;
    LogFilter m_filter; //!< of the gap being fetched: its start
    LogCursor m_cursor;
    qint64 m_askedAtMs = 0;
    qint64 m_nowMs = 0;
    qint64 m_total = 0;
    qint64 m_done = 0; //!< of the gaps finished
    bool m_running = false;
    bool m_waitingForWriter = false;
    int m_pages = 0;
    int m_generation = 0;
    QPointer<ApiJob> m_job;
};
