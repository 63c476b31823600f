#include "logarchivesync.h"

#include "logarchive.h"

#include <api/apiclient.h>
#include <api/logcalls.h>

#include <QDateTime>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Pages handed to the writer and not yet committed: past this, the next request waits, so a
// slow disk holds the download back instead of filling memory.
const int kMaxPendingPages = 32;

} // namespace

LogArchiveSync::LogArchiveSync(ApiClient *client, LogArchive *archive, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_archive(archive)
{
    connect(m_archive, &LogArchive::written, this, [this] {
        if (!m_running || !m_waitingForWriter || m_archive->pendingPages() > kMaxPendingPages / 2)
            return;
        m_waitingForWriter = false;
        askPage();
    });
    connect(m_archive, &LogArchive::writeFailed, this, [this](const QString &message) {
        if (m_running)
            finish(false, message);
    });
}

LogArchiveSync::~LogArchiveSync()
{
    ApiJob::abandonFor(this, m_job);
}

void LogArchiveSync::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    emit runningChanged(running);
}

void LogArchiveSync::start(const QString &groupId, const QString &appId, bool everything)
{
    if (m_running || appId.isEmpty())
        return;
    if (!m_archive->isWritable()) {
        emit finished(false, tr("The archive is not open for writing: %1").arg(m_archive->message()));
        return;
    }
    m_groupId = groupId;
    m_appId = appId;
    m_pages = 0;
    m_done = 0;
    const int generation = ++m_generation;
    setRunning(true);
    m_archive->stats(this, [this, generation, everything](const LogArchiveStats &stats) {
        if (generation != m_generation)
            return;
        m_nowMs = QDateTime::currentMSecsSinceEpoch();
        // An Everything sync cut short (sign-out, quit, cancel) goes on to the end next time.
        QSettings settings;
        const QString unfinished = unfinishedKey();
        if (everything)
            settings.setValue(unfinished, true);
        const LogSyncScope scope = everything      ? LogSyncScope::Everything
            : settings.value(unfinished).toBool() ? LogSyncScope::ToTheEnd
                                                  : LogSyncScope::Newer;
        m_gaps = logArchiveGaps(stats.ranges, m_nowMs, scope);
        m_total = 0;
        for (const LogTimeRange &gap : std::as_const(m_gaps))
            m_total = gap.fromMs == 0 ? 0 : m_total + (gap.toMs - gap.fromMs + 1);
        if (std::any_of(m_gaps.cbegin(), m_gaps.cend(),
                        [](const LogTimeRange &g) { return g.fromMs == 0; }))
            m_total = 0; // back to the service's end: how far that is, only the end tells
        beginGap();
    });
}

QString LogArchiveSync::unfinishedKey() const
{
    return QStringLiteral("logs/archiveUnfinishedSync/")
        + QString::fromLatin1(m_archive->filePath().toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

void LogArchiveSync::cancel()
{
    if (!m_running)
        return;
    finish(false, tr("Sync cancelled; it resumes where it stopped."));
}

void LogArchiveSync::finish(bool complete, const QString &message)
{
    ++m_generation;
    ApiJob::abandonFor(this, m_job);
    m_gaps.clear();
    m_gap = LogTimeRange();
    m_cursor = LogCursor();
    m_waitingForWriter = false;
    if (complete)
        QSettings().remove(unfinishedKey());
    setRunning(false);
    emit finished(complete, message);
}

void LogArchiveSync::beginGap()
{
    if (m_gaps.isEmpty()) {
        // Done fetching; done once the writer has committed what it was handed.
        if (m_archive->pendingPages() == 0) {
            finish(true, QString());
            return;
        }
        const int generation = m_generation;
        auto *wait = new QObject(this);
        connect(m_archive, &LogArchive::written, wait, [this, wait, generation] {
            if (generation == m_generation && m_archive->pendingPages() == 0) {
                wait->deleteLater();
                finish(true, QString());
            }
        });
        return;
    }
    m_gap = m_gaps.takeFirst();
    m_filter = LogFilter();
    if (m_gap.fromMs > 0) // the service's start is exclusive
        m_filter.start = QDateTime::fromMSecsSinceEpoch(m_gap.fromMs - 1, Qt::UTC);
    // The gap up to now is asked for from the newest entry; older gaps from their top.
    m_cursor = m_gap.toMs >= m_nowMs ? LogCursor() : LogCursor { logDateFromMs(m_gap.toMs), 0 };
    askPage();
}

void LogArchiveSync::askPage()
{
    // Closed under it (another app, a sign-out): pages fetched now would go nowhere.
    if (!m_archive->isWritable()) {
        finish(false, tr("The archive was closed; the sync stopped and resumes next time."));
        return;
    }
    if (m_archive->pendingPages() > kMaxPendingPages) {
        m_waitingForWriter = true;
        return;
    }
    const int generation = m_generation;
    m_askedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_job = logcalls::page(*m_client, m_groupId, m_appId, m_filter, m_cursor);
    connect(m_job, &ApiJob::finished, this, [this, generation](ApiJob *job) {
        if (generation == m_generation)
            onPage(job);
    });
}

void LogArchiveSync::onPage(ApiJob *job)
{
    m_job = nullptr;
    if (!job->ok()) {
        if (job->error().kind != ApiError::Cancelled)
            finish(false, job->error().summary());
        return;
    }
    const QByteArray body = job->body();
    // The cursor read from the top-level keys is enough to ask for the next page at once; the
    // writer decodes the page. Only an answer the scan cannot be sure of is decoded first.
    const parse::LogCursorScan scan = parse::logPageCursor(body);
    if (scan.certain) {
        continueAfter(body, scan.next);
        return;
    }
    const int generation = m_generation;
    QtConcurrent::run([body] {
        QString why;
        const LogPage page = parse::logPage(body, &why);
        using Next = std::optional<LogCursor>;
        if (!why.isEmpty())
            return std::optional<Next>();
        return std::optional<Next>(page.nextEndDate
                                       ? Next(LogCursor { *page.nextEndDate, page.nextSkip })
                                       : Next());
    }).then(this, [this, generation, body](const std::optional<std::optional<LogCursor>> &next) {
        if (generation != m_generation)
            return;
        if (!next) {
            finish(false, tr("A page of logs could not be read; the sync stopped."));
            return;
        }
        continueAfter(body, *next);
    });
}

void LogArchiveSync::continueAfter(const QByteArray &body, const std::optional<LogCursor> &next)
{
    ++m_pages;
    m_archive->addBody(body,
                       logPageCoverage(m_filter, m_cursor, m_askedAtMs,
                                       next ? std::optional(next->endDate) : std::nullopt));
    const std::optional<qint64> nextMs = next ? parse::logMs(next->endDate) : std::nullopt;
    const qint64 oldest = nextMs ? *nextMs : m_gap.fromMs;
    emit progress(m_done + (m_gap.toMs - qMax(oldest, m_gap.fromMs)), m_total, oldest);
    // The same cursor twice would page forever.
    if (next && nextMs && *next != m_cursor) {
        m_cursor = *next;
        askPage();
        return;
    }
    m_done += m_gap.toMs - m_gap.fromMs + 1;
    m_gap = LogTimeRange();
    m_cursor = LogCursor();
    beginGap();
}
