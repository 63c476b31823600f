#include "logarchive.h"

#include "logarchivedb.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

// A batch commits at most this many pages: a long sync still lets a prune or close in between.
const int kPagesPerTransaction = 50;

} // namespace

// What the writer thread queues between commits; touched on the writer thread only.
struct LogArchiveWriteQueue
{
    QList<ArchiveWriter::Batch> batches;
    bool flushPosted = false;
    bool stopped = false; //!< a write failed: nothing more until the archive is reopened
};

LogArchive::LogArchive(QObject *parent)
    : QObject(parent)
    , m_queue(std::make_unique<LogArchiveWriteQueue>())
{
    qRegisterMetaType<LogArchive::State>();
    startThreads();
}

LogArchive::~LogArchive()
{
    stopThreads();
}

QString LogArchive::rootFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/log-archive");
}

QString LogArchive::pathFor(const QString &profileKey, const QString &appId)
{
    const QString profile = QString::fromLatin1(
        QCryptographicHash::hash(profileKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    QString app = appId;
    app.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return rootFolder() + u'/' + profile + u'/' + app + QStringLiteral(".sqlite");
}

template<typename Fn> void LogArchive::onWriter(Fn &&fn)
{
    // Through the decoder, so that it runs after the pages handed over before it are written.
    QMetaObject::invokeMethod(
        m_decoderContext,
        [writer = m_writerContext, fn = std::forward<Fn>(fn)]() mutable {
            QMetaObject::invokeMethod(writer, std::move(fn), Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

template<typename Fn> void LogArchive::onReader(Fn &&fn)
{
    QMetaObject::invokeMethod(m_readerContext, std::forward<Fn>(fn), Qt::QueuedConnection);
}

void LogArchive::startThreads()
{
    m_writerThread.setObjectName(QStringLiteral("log archive writer"));
    m_readerThread.setObjectName(QStringLiteral("log archive reader"));
    m_decoderThread.setObjectName(QStringLiteral("log archive decoder"));
    m_decoderContext = new QObject;
    m_decoderContext->moveToThread(&m_decoderThread);
    m_decoderThread.start();
    m_writerContext = new QObject;
    m_readerContext = new QObject;
    m_writerContext->moveToThread(&m_writerThread);
    m_readerContext->moveToThread(&m_readerThread);
    m_writer = new ArchiveWriter;
    m_reader = new ArchiveReader;
    m_writerThread.start();
    m_readerThread.start();
}

void LogArchive::stopThreads()
{
    // Posted last, through the decoder, so that every page handed over before is written.
    onWriter([this] {
        flushQueued();
        delete m_writer;
        m_writer = nullptr;
        QThread::currentThread()->quit();
    });
    QMetaObject::invokeMethod(
        m_decoderContext, [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
    onReader([this] {
        delete m_reader;
        m_reader = nullptr;
        QThread::currentThread()->quit();
    });
    m_decoderThread.wait();
    m_writerThread.wait();
    m_readerThread.wait();
    delete m_decoderContext;
    delete m_writerContext;
    delete m_readerContext;
}

void LogArchive::setState(State state, const QString &message)
{
    m_message = message;
    if (m_state == state && state != State::ReadOnly)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LogArchive::open(const QString &filePath)
{
    close();
    m_path = filePath;
    m_writeStopped = false;
    const int generation = ++m_generation;
    setState(State::Opening);
    onWriter([this, filePath, generation] {
        m_queue->stopped = false;
        QString message;
        const ArchiveWriter::Outcome outcome = m_writer->open(filePath, &message);
        QMetaObject::invokeMethod(
            this,
            [this, generation, outcome, message] {
                if (generation == m_generation)
                    onWriterOpened(outcome, message);
            },
            Qt::QueuedConnection);
    });
}

void LogArchive::onWriterOpened(int outcome, const QString &message)
{
    if (outcome == ArchiveWriter::Corrupt) {
        setState(State::Corrupt, message);
        return;
    }
    if (outcome == ArchiveWriter::Failed) {
        setState(State::Failed, message);
        return;
    }
    const int generation = m_generation;
    const QString path = m_path;
    onReader([this, generation, path, outcome, message] {
        QString error;
        const bool ok = m_reader->open(path, &error);
        QMetaObject::invokeMethod(
            this,
            [this, generation, ok, outcome, message, error] {
                if (generation != m_generation)
                    return;
                if (!ok)
                    setState(State::Failed, tr("The archive could not be read: %1").arg(error));
                else if (outcome == ArchiveWriter::Locked)
                    setState(State::ReadOnly, message);
                else
                    setState(State::Open);
            },
            Qt::QueuedConnection);
    });
}

void LogArchive::close()
{
    ++m_generation;
    onWriter([this] {
        flushQueued();
        m_writer->close();
    });
    onReader([this] { m_reader->close(); });
    if (m_state != State::Closed)
        setState(State::Closed);
}

void LogArchive::recreate()
{
    const QString path = m_path;
    close();
    onReader([] {}); // the reader closes before the file moves (its handle would follow it)
    onWriter([path] {
        const QString aside = path + QStringLiteral(".corrupt-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QFile::rename(path, aside);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    });
    open(path);
}

void LogArchive::deleteArchive()
{
    const QString path = m_path;
    close();
    onWriter([path] {
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(path + QLatin1String(suffix));
    });
    open(path);
    emit pruned();
}

void LogArchive::add(const LogPage &page, const std::optional<LogTimeRange> &coverage)
{
    if (!acceptsWrites())
        return;
    ++m_pending;
    prepareThenQueue(page, QByteArray(), coverage);
}

void LogArchive::addBody(const QByteArray &body, const std::optional<LogTimeRange> &coverage)
{
    if (!acceptsWrites())
        return;
    ++m_pending;
    prepareThenQueue(LogPage(), body, coverage);
}

void LogArchive::prepareThenQueue(const LogPage &page, const QByteArray &body,
                                  const std::optional<LogTimeRange> &coverage)
{
    // Decoding and the rows' JSON take as long as the inserts: a thread of their own, so the
    // two overlap. Both queues keep the order the pages came in.
    QMetaObject::invokeMethod(
        m_decoderContext,
        [this, page, body, coverage] {
            const std::optional<ArchiveWriter::Batch> batch
                = ArchiveWriter::prepare(page, body, coverage);
            QMetaObject::invokeMethod(
                m_writerContext,
                [this, batch] {
                    if (batch)
                        queueBatch(*batch);
                    else
                        --m_pending;
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

bool LogArchive::acceptsWrites() const
{
    // While it opens too: the first page often arrives before the file is checked, and the
    // writer thread opens it before it gets to the page. Not opened after all, the page is
    // dropped there (another window, which holds the file, writes the same pages).
    return (m_state == State::Open || m_state == State::Opening) && !m_writeStopped;
}

void LogArchive::queueBatch(const ArchiveWriter::Batch &batch)
{
    LogArchiveWriteQueue &queue = *m_queue;
    queue.batches.append(batch);
    // Pages that arrive while a transaction runs wait for one flush, and go in together.
    if (!std::exchange(queue.flushPosted, true))
        QMetaObject::invokeMethod(m_writerContext, [this] { flushQueued(); }, Qt::QueuedConnection);
}

void LogArchive::flushQueued()
{
    LogArchiveWriteQueue &queue = *m_queue;
    queue.flushPosted = false;
    while (!queue.batches.isEmpty()) {
        const QList<ArchiveWriter::Batch> batches = queue.batches.mid(0, kPagesPerTransaction);
        queue.batches.remove(0, batches.size());
        int added = 0;
        QString error;
        if (queue.stopped || !m_writer->isOpen()) {
            m_pending -= int(batches.size());
            continue;
        }
        const bool ok = m_writer->write(batches, &added, &error);
        m_pending -= int(batches.size());
        if (!ok)
            queue.stopped = true;
        const qint64 total = m_writer->total();
        QMetaObject::invokeMethod(
            this,
            [this, ok, added, total, error] {
                if (ok) {
                    emit written(added, total);
                } else {
                    m_writeStopped = true;
                    emit writeFailed(error);
                }
            },
            Qt::QueuedConnection);
    }
}

void LogArchive::setMaxPageCount(int pages)
{
    onWriter([this, pages] { m_writer->setMaxPageCount(pages); });
}

void LogArchive::prune(const LogArchiveLimit &limit)
{
    onWriter([this, limit] {
        flushQueued();
        QString error;
        const bool ok = m_writer->prune(limit, &error);
        QMetaObject::invokeMethod(
            this,
            [this, ok, error] {
                if (!ok && !error.isEmpty())
                    emit writeFailed(error);
                emit pruned();
            },
            Qt::QueuedConnection);
    });
}

template<typename Result>
static void deliver(LogArchive *archive, const QPointer<QObject> &guard,
                    std::function<void(const Result &)> done, const Result &result)
{
    // Checked on the caller's thread: the context may be gone by the time the answer is back.
    QMetaObject::invokeMethod(
        archive,
        [guard, done = std::move(done), result] {
            if (guard)
                done(result);
        },
        Qt::QueuedConnection);
}

void LogArchive::search(const LogArchiveQuery &query, qint64 beforeKey, int limit,
                        QObject *context, std::function<void(const LogArchiveRows &)> done)
{
    onReader([this, query, beforeKey, limit, context = QPointer<QObject>(context), done = std::move(done)] {
        deliver<LogArchiveRows>(this, context, done, m_reader->search(query, beforeKey, limit));
    });
}

void LogArchive::count(const LogArchiveQuery &query, QObject *context,
                       std::function<void(qint64, qint64, const QString &)> done)
{
    onReader([this, query, context = QPointer<QObject>(context), done = std::move(done)] {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const qint64 n = m_reader->count(query, &error);
        const qint64 ms = timer.elapsed();
        deliver<QString>(this, context, [done, n, ms](const QString &e) { done(n, ms, e); },
                         error);
    });
}

void LogArchive::histogram(const LogArchiveQuery &query, int buckets, QObject *context,
                           std::function<void(const LogArchiveHistogram &)> done)
{
    onReader([this, query, buckets, context = QPointer<QObject>(context), done = std::move(done)] {
        deliver<LogArchiveHistogram>(this, context, done, m_reader->histogram(query, buckets));
    });
}

void LogArchive::stats(QObject *context, std::function<void(const LogArchiveStats &)> done)
{
    onReader([this, context = QPointer<QObject>(context), path = m_path, done = std::move(done)] {
        deliver<LogArchiveStats>(this, context, done, m_reader->stats(path));
    });
}

void LogArchive::collect(const LogArchiveQuery &query, QObject *context,
                         std::function<void(const QByteArray &, int)> done)
{
    onReader([this, query, context = QPointer<QObject>(context), done = std::move(done)] {
        int n = 0;
        const QByteArray body = m_reader->collect(query, &n);
        deliver<QByteArray>(this, context, [done, n](const QByteArray &b) { done(b, n); }, body);
    });
}
