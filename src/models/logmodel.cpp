#include "logmodel.h"

#include <api/apiclient.h>
#include <api/logcalls.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>
#include <QTimer>

namespace {

struct Decoded
{
    LogPage page;
    QString why;
};

// Decodes on the model's one decoder thread and hands the page back on the model's thread.
// Always posted, never called in place (as QFuture::then may when the decode is quick): pages
// decoded one after another land in that order.
void decodeThen(QThreadPool *decoder, QObject *model, const QByteArray &body,
                std::function<void(const Decoded &)> land)
{
    decoder->start([model, body, land = std::move(land)] {
        Decoded decoded;
        decoded.page = parse::logPage(body, &decoded.why);
        QMetaObject::invokeMethod(
            model, [land, decoded = std::move(decoded)] { land(decoded); }, Qt::QueuedConnection);
    });
}

ApiError parseError(const QString &why, const QUrl &url)
{
    ApiError error;
    error.kind = ApiError::Parse;
    error.message
        = QCoreApplication::translate("ApiError", "The server's answer was not understood: %1")
              .arg(why);
    error.requestUrl = url;
    error.method = QStringLiteral("GET");
    return error;
}

} // namespace

LogModel::LogModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_decoder(new QThreadPool(this))
    , m_showTimer(new QTimer(this))
    , m_tailTimer(new QTimer(this))
{
    m_decoder->setMaxThreadCount(1);
    m_showTimer->setSingleShot(true);
    m_showTimer->setInterval(100);
    connect(m_showTimer, &QTimer::timeout, this, &LogModel::showUnshown);
    m_tailTimer->setInterval(3000);
    connect(m_tailTimer, &QTimer::timeout, this, &LogModel::pollTail);
}

LogModel::~LogModel()
{
    abandonAll();
    // A decode still running would post to this model: let it finish first.
    m_decoder->clear();
    m_decoder->waitForDone();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store.size();
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogModel::malformedReason(const LogRecord &r) const
{
    switch (r.malformedWhy) {
    case LogRecord::NotAnObject:
        return tr("Malformed entry: not a JSON object");
    case LogRecord::NoStartedDate:
        return tr("Malformed entry: no valid “started” date");
    default:
        return QString();
    }
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogRecord &r = m_store.at(index.row());
    switch (role) {
    case MatchRole:
        return index.row() < m_matches.size() && m_matches.at(index.row());
    case ErrorRole:
        return r.hasError();
    case MalformedRole:
        return r.isMalformed();
    case FilterValueRole:
        if (index.column() == UserColumn)
            return m_store.text(r.userId);
        if (index.column() == RequestColumn)
            return m_store.text(r.coId);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        if (r.isMalformed() && r.startedMs == 0)
            return role == Qt::ToolTipRole ? malformedReason(r) : tr("(malformed)");
        return QDateTime::fromMSecsSinceEpoch(r.startedMs)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case TypeColumn:
        if (r.isMalformed() && role == Qt::ToolTipRole)
            return malformedReason(r);
        return r.isMalformed() && r.type == 0 ? tr("Malformed") : m_store.text(r.type);
    case StatusColumn:
        return r.status ? QVariant(int(r.status)) : QVariant();
    case NameColumn:
        return m_store.text(r.name);
    case UserColumn:
        return m_store.text(r.userId);
    case DurationColumn:
        return r.durationMs >= 0 ? tr("%1 ms").arg(r.durationMs) : QString();
    case ErrorCodeColumn:
        if (role == Qt::ToolTipRole)
            return m_store.text(r.error);
        return m_store.text(r.errorCode);
    case RequestColumn:
        return m_store.text(r.coId);
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

QString LogModel::columnTitle(int section)
{
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Function / webhook");
    case UserColumn:
        return tr("User");
    case DurationColumn:
        return tr("Duration");
    case ErrorCodeColumn:
        return tr("Error code");
    case RequestColumn:
        return tr("Request ID");
    }
    return QString();
}

bool LogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_appId.isEmpty() && !m_atEnd && !isLoading() && !hasFailed();
}

void LogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startPage();
}

QJsonValue LogModel::entry(int row) const
{
    const QByteArray raw = m_store.rawJson(row);
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    if (doc.isObject())
        return doc.object();
    // A malformed entry was kept wrapped in an array.
    if (doc.isArray() && doc.array().size() == 1)
        return doc.array().at(0);
    return QJsonValue(QString::fromUtf8(raw));
}

void LogModel::reload(const QString &groupId, const QString &appId, const LogFilter &filter)
{
    const bool wasLoading = isLoading();
    abandonAll();
    ++m_generation;
    setLoadingAll(false);
    beginResetModel();
    m_store.clear();
    m_matches.clear();
    m_matchCount = 0;
    endResetModel();
    m_groupId = groupId;
    m_appId = appId;
    m_filter = filter;
    m_cursor = LogCursor();
    m_cursorAsked = false;
    m_chainCursor = LogCursor();
    m_error = ApiError();
    m_pagesLoaded = 0;
    m_malformed = 0;
    m_atEnd = appId.isEmpty();
    if (!m_searchText.isEmpty())
        emit searchChanged(0);
    if (!m_atEnd)
        startPage();
    if (wasLoading != isLoading())
        emit loadingChanged(isLoading());
}

void LogModel::setFilter(const LogFilter &filter)
{
    reload(m_groupId, m_appId, filter);
}

void LogModel::refresh()
{
    reload(m_groupId, m_appId, m_filter);
}

void LogModel::clear()
{
    reload(QString(), QString(), LogFilter());
}

void LogModel::retry()
{
    if (!hasFailed())
        return;
    m_error = ApiError();
    startPage();
}

void LogModel::loadAll()
{
    if (m_atEnd || m_loadingAll)
        return;
    setLoadingAll(true);
    if (hasFailed())
        retry();
    else if (!isLoading())
        startPage();
}

void LogModel::cancelLoadAll()
{
    setLoadingAll(false);
    showUnshown();
}

void LogModel::setLoadingAll(bool on)
{
    if (m_loadingAll == on)
        return;
    m_loadingAll = on;
    emit loadAllChanged(on);
}

void LogModel::startPage()
{
    // Only loadAll asks for a page while the one before is decoding (readAhead).
    if (m_job || m_appId.isEmpty())
        return;
    const bool wasLoading = isLoading();
    m_job = logcalls::page(*m_client, m_groupId, m_appId, m_filter, m_cursor);
    m_cursorAsked = true;
    const int generation = m_generation;
    const LogCursor requested = m_cursor;
    const qint64 askedAtMs = QDateTime::currentMSecsSinceEpoch();
    connect(m_job, &ApiJob::finished, this, [this, generation, requested, askedAtMs](ApiJob *job) {
        onPage(job, generation, requested, askedAtMs);
    });
    if (!wasLoading)
        emit loadingChanged(true);
}

void LogModel::onPage(ApiJob *job, int generation, const LogCursor &requested, qint64 askedAtMs)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;
    if (!job->ok()) {
        fail(job->error());
        return;
    }
    ++m_decoding;
    const std::optional<LogCursor> readAheadOn = readAhead(job->body(), requested);
    decodeThen(m_decoder, this, job->body(),
               [this, generation, requested, askedAtMs, readAheadOn, url = job->url(),
                status = job->httpStatus(),
                sample = job->body().left(2048)](const Decoded &decoded) {
                   if (generation != m_generation)
                       return;
                   --m_decoding;
                   if (requested != m_chainCursor) {
                       // Asked for on a cursor the page before did not give after all.
                       if (!isLoading())
                           emit loadingChanged(false);
                       return;
                   }
                   if (!decoded.why.isEmpty()) {
                       failToParse(decoded.why, requested, url, status, sample);
                       return;
                   }
                   emit pageArrived(decoded.page,
                                    logPageCoverage(m_filter, requested, askedAtMs,
                                                    decoded.page.nextEndDate));
                   landPage(decoded.page, requested, readAheadOn);
               });
}

std::optional<LogCursor> LogModel::readAhead(const QByteArray &body, const LogCursor &requested)
{
    // While loading all, the next page is asked for as soon as its cursor can be read, not after
    // this one has been decoded and inserted: the server answers meanwhile, and several pages
    // may be decoding at once. landPage checks the cursor against the decoded page.
    if (!m_loadingAll || hasFailed() || m_cursor != requested)
        return std::nullopt;
    const parse::LogCursorScan scan = parse::logPageCursor(body);
    if (!scan.certain || !scan.next || *scan.next == requested)
        return std::nullopt; // landPage judges a cursor that does not move
    m_cursor = *scan.next;
    startPage();
    return m_cursor;
}

void LogModel::failToParse(const QString &why, const LogCursor &requested, const QUrl &url,
                           int status, const QByteArray &sample)
{
    // A page read ahead on this one's cursor must not land after a gap: retry asks again here.
    ApiJob::abandonFor(this, m_job);
    m_cursor = requested;
    m_cursorAsked = false;
    ApiError error = parseError(why, url);
    error.httpStatus = status;
    error.bodySample = sample;
    fail(error);
}

void LogModel::onTailPage(ApiJob *job, int generation, const LogFilter &filter,
                          const LogCursor &cursor, qint64 askedAtMs)
{
    if (generation != m_generation)
        return;
    m_tailJob = nullptr;
    if (!job->ok()) {
        // The next poll tries again; a tail failure must not stop the browsing.
        if (job->error().kind != ApiError::Cancelled)
            emit tailPollFailed(job->error());
        return;
    }
    m_tailParsing = true;
    const QUrl url = job->url();
    decodeThen(m_decoder, this, job->body(),
               [this, generation, url, filter, cursor, askedAtMs](const Decoded &decoded) {
        if (generation != m_generation)
            return;
        m_tailParsing = false;
        if (decoded.why.isEmpty()) {
            emit pageArrived(decoded.page, logPageCoverage(filter, cursor, askedAtMs,
                                                           decoded.page.nextEndDate));
            landTail(decoded.page, generation);
            return;
        }
        emit tailPollFailed(parseError(decoded.why, url));
    });
}

void LogModel::landPage(const LogPage &page, const LogCursor &requested,
                        const std::optional<LogCursor> &readAheadOn)
{
    ++m_pagesLoaded;
    const QList<LogRecord> fresh = m_store.adopt(page);
    // The cursor moves before the rows go in: a view may call fetchMore from rowsInserted.
    const std::optional<LogCursor> next = page.nextEndDate
        ? std::optional(LogCursor { *page.nextEndDate, page.nextSkip })
        : std::nullopt;
    const bool readAheadRight = readAheadOn && next && *readAheadOn == *next;
    if (readAheadOn && !readAheadRight) {
        // The scan read another cursor than the page holds: what was asked for since is on the
        // wrong track (pages already back are dropped as they land).
        ApiJob::abandonFor(this, m_job);
    }
    if (next) {
        // A server that hands back the same cursor would page forever.
        if (*next == requested && fresh.isEmpty())
            m_atEnd = true;
        if (!readAheadRight) {
            m_cursor = *next; // else it is further on already
            m_cursorAsked = false;
        }
        m_chainCursor = *next;
    } else {
        m_atEnd = true;
    }
    // While everything loads, rows go in at most once per show interval: a view repaints on
    // each insert, and that took three times longer than decoding the page.
    m_unshown += fresh;
    if (!m_loadingAll || m_atEnd || !m_showTimer->isActive()) {
        showUnshown();
        if (m_loadingAll && !m_atEnd)
            m_showTimer->start();
    }
    if (page.malformed > 0) {
        m_malformed += page.malformed;
        emit malformedEntries(page.malformed);
    }
    emit pageLoaded(int(fresh.size()));
    if (std::exchange(m_tailAwaitsReload, false))
        emit tailPolled();
    if (m_loadingAll) {
        const qint64 oldest = !m_unshown.isEmpty() ? m_unshown.constLast().startedMs
            : m_store.size()                       ? m_store.records().constLast().startedMs
                                                   : 0;
        emit loadAllProgress(m_store.size() + int(m_unshown.size()), oldest);
        if (m_atEnd)
            setLoadingAll(false);
        else if (!hasFailed() && !m_cursorAsked)
            startPage();
    }
    if (!isLoading())
        emit loadingChanged(false);
}

void LogModel::showUnshown()
{
    m_showTimer->stop();
    if (m_unshown.isEmpty())
        return;
    const QList<LogRecord> rows = std::exchange(m_unshown, {});
    const int first = m_store.size();
    beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
    m_store.append(rows);
    updateSearchForNewRows(first, int(rows.size()));
    endInsertRows();
}

void LogModel::fail(const ApiError &error)
{
    showUnshown();
    m_error = error;
    setLoadingAll(false);
    emit loadingChanged(false);
    if (error.kind != ApiError::Cancelled)
        emit errorOccurred(error);
    if (std::exchange(m_tailAwaitsReload, false) && error.kind != ApiError::Cancelled)
        emit tailPollFailed(error);
}

void LogModel::abandonAll()
{
    ApiJob::abandonFor(this, m_job);
    ApiJob::abandonFor(this, m_tailJob);
    m_decoding = 0;
    m_unshown.clear();
    m_showTimer->stop();
    m_tailParsing = false;
    m_tailPending.clear();
    m_tailCursor = LogCursor();
}
