#pragma once

#include "logarchivedb.h"
#include "logarchivetypes.h"

#include <api/logtypes.h>

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class ArchiveWriter;
class ArchiveReader;
struct LogArchiveWriteQueue;

//! Every log entry the console has seen for one app of one profile, kept on disk: a SQLite file
//! with an FTS5 index, written in batches on a writer thread (one writer across processes, by a
//! lock file) and queried on a reader thread; results come back on the caller's thread.
class LogArchive : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Closed,
        Opening,
        Open, //!< this window writes to it
        ReadOnly, //!< another window holds it: searches work, nothing is written
        Corrupt, //!< the file failed its check; recreate() moves it aside
        Failed, //!< could not be opened at all (message says why)
    };
    Q_ENUM(State)

    explicit LogArchive(QObject *parent = nullptr);
    ~LogArchive() override;

    //! <data>/log-archive/<hash of the profile>/<appId>.sqlite under AppDataLocation.
    static QString pathFor(const QString &profileKey, const QString &appId);
    static QString rootFolder();

    State state() const { return m_state; }
    QString message() const { return m_message; }
    QString filePath() const { return m_path; }
    //! Open for writing, and no write has failed since it was opened.
    bool isWritable() const { return m_state == State::Open && !m_writeStopped; }
    //! Pages handed to the writer and not yet committed (a sync waits while there are many).
    int pendingPages() const { return m_pending.load(); }

    //! Opens (creating) the file; stateChanged tells how it went.
    void open(const QString &filePath);
    void close();
    //! A corrupt file: moved aside as <file>.corrupt-<time>, and a fresh archive opened.
    void recreate();
    //! Deletes this app's archive file and starts an empty one.
    void deleteArchive();

    //! Writes a decoded page; coverage is the time range the page proves complete.
    void add(const LogPage &page, const std::optional<LogTimeRange> &coverage);
    //! Decodes a page's body on the writer thread, then writes it as add() does.
    void addBody(const QByteArray &body, const std::optional<LogTimeRange> &coverage);
    //! Test hook: SQLite's page limit, to meet SQLITE_FULL without filling a disk.
    void setMaxPageCount(int pages);

    // Reads, on the reader thread; callbacks run on context's thread, dropped if it is gone.
    void search(const LogArchiveQuery &query, qint64 beforeKey, int limit, QObject *context,
                std::function<void(const LogArchiveRows &)> done);
    void count(const LogArchiveQuery &query, QObject *context,
               std::function<void(qint64 count, qint64 elapsedMs, const QString &error)> done);
    void histogram(const LogArchiveQuery &query, int buckets, QObject *context,
                   std::function<void(const LogArchiveHistogram &)> done);
    void stats(QObject *context, std::function<void(const LogArchiveStats &)> done);
    //! Every match, reconstructed as the service sent it, as one {"logs": [...]} body.
    void collect(const LogArchiveQuery &query, QObject *context,
                 std::function<void(const QByteArray &body, int count)> done);
    //! Deletes the oldest entries until the archive is within the limit (0 = no limit).
    void prune(const LogArchiveLimit &limit);

signals:
    void stateChanged(LogArchive::State state);
    //! A batch was committed: entries added (new), and the archive's total.
    void written(int added, qint64 total);
    //! A batch could not be written (rolled back); writing stops until reopened.
    void writeFailed(const QString &message);
    //! Entries were deleted (prune, delete): views re-run their queries.
    void pruned();

private:
    void setState(State state, const QString &message = QString());
    bool acceptsWrites() const;
    void prepareThenQueue(const LogPage &page, const QByteArray &body,
                          const std::optional<LogTimeRange> &coverage);
    void onWriterOpened(int outcome, const QString &message);
    void startThreads();
    // On the writer thread:
    void queueBatch(const ArchiveWriter::Batch &batch);
    void flushQueued();
    void stopThreads();
    template<typename Fn> void onWriter(Fn &&fn);
    template<typename Fn> void onReader(Fn &&fn);

    QThread m_decoderThread;
    QObject *m_decoderContext = nullptr;
    QThread m_writerThread;
    QThread m_readerThread;
    QObject *m_writerContext = nullptr; //!< lives on the writer thread; work is posted to it
    QObject *m_readerContext = nullptr;
    ArchiveWriter *m_writer = nullptr; //!< used on the writer thread only
    ArchiveReader *m_reader = nullptr; //!< used on the reader thread only
    State m_state = State::Closed;
    QString m_message;
    QString m_path;
    int m_generation = 0;
    std::atomic<int> m_pending { 0 };
    bool m_writeStopped = false;
    std::unique_ptr<LogArchiveWriteQueue> m_queue; //!< touched on the writer thread only
};
