#include "logmodel.h"

#include <api/apiclient.h>
#include <api/logcalls.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace {

struct Decoded
{
    LogPage page;
    QString why;
};

Decoded decode(const QByteArray &body)
{
    Decoded d;
    d.page = parse::logPage(body, &d.why);
    return d;
}

} // namespace

LogModel::LogModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_tailTimer(new QTimer(this))
{
    m_tailTimer->setInterval(3000);
    connect(m_tailTimer, &QTimer::timeout, this, &LogModel::pollTail);
}

LogModel::~LogModel()
{
    abandonAll();
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
    return {};
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
    if (m_job || m_parsing || m_appId.isEmpty())
        return;
    const bool wasLoading = isLoading();
    m_job = logcalls::page(*m_client, m_groupId, m_appId, m_filter, m_cursor);
    const int generation = m_generation;
    connect(m_job, &ApiJob::finished, this,
            [this, generation](ApiJob *job) { onPage(job, generation, false); });
    if (!wasLoading)
        emit loadingChanged(true);
}

void LogModel::onPage(ApiJob *job, int generation, bool tail)
{
    if (generation != m_generation)
        return;
    if (tail) {
        m_tailJob = nullptr;
        if (!job->ok())
            return; // the next poll tries again; a tail failure must not stop the browsing
        m_tailParsing = true;
    } else {
        m_job = nullptr;
        if (!job->ok()) {
            fail(job->error());
            return;
        }
        m_parsing = true;
    }
    QtConcurrent::run(decode, job->body())
        .then(this,
              [this, generation, tail, url = job->url(), status = job->httpStatus(),
               sample = job->body().left(2048)](const Decoded &decoded) {
                  if (generation != m_generation)
                      return;
                  if (tail) {
                      m_tailParsing = false;
                      if (decoded.why.isEmpty())
                          landTail(decoded.page, generation);
                      return;
                  }
                  m_parsing = false;
                  if (!decoded.why.isEmpty()) {
                      ApiError error;
                      error.kind = ApiError::Parse;
                      error.httpStatus = status;
                      error.message = QCoreApplication::translate(
                                          "ApiError", "The server's answer was not understood: %1")
                                          .arg(decoded.why);
                      error.requestUrl = url;
                      error.method = QStringLiteral("GET");
                      error.bodySample = sample;
                      fail(error);
                      return;
                  }
                  landPage(decoded.page, generation);
              });
}

void LogModel::landPage(const LogPage &page, int)
{
    ++m_pagesLoaded;
    const QList<LogRecord> fresh = m_store.adopt(page);
    // The cursor moves before the rows go in: a view may call fetchMore from rowsInserted.
    if (page.nextEndDate) {
        const LogCursor next { *page.nextEndDate, page.nextSkip };
        // A server that hands back the same cursor would page forever.
        if (next.endDate == m_cursor.endDate && next.skip == m_cursor.skip && fresh.isEmpty())
            m_atEnd = true;
        m_cursor = next;
    } else {
        m_atEnd = true;
    }
    if (!fresh.isEmpty()) {
        const int first = m_store.size();
        beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
        m_store.append(fresh);
        updateSearchForNewRows(first, int(fresh.size()));
        endInsertRows();
    }
    if (page.malformed > 0) {
        m_malformed += page.malformed;
        emit malformedEntries(page.malformed);
    }
    emit pageLoaded(int(fresh.size()));
    if (m_loadingAll) {
        emit loadAllProgress(m_store.size(),
                             m_store.size() ? m_store.records().constLast().startedMs : 0);
        if (m_atEnd)
            setLoadingAll(false);
        else
            startPage();
    }
    if (!isLoading())
        emit loadingChanged(false);
}

void LogModel::fail(const ApiError &error)
{
    m_error = error;
    setLoadingAll(false);
    emit loadingChanged(false);
    if (error.kind != ApiError::Cancelled)
        emit errorOccurred(error);
}

void LogModel::abandonAll()
{
    for (QPointer<ApiJob> *job : { &m_job, &m_tailJob }) {
        if (*job) {
            ApiJob *j = *job;
            *job = nullptr;
            disconnect(j, nullptr, this, nullptr);
            j->abandon();
        }
    }
    m_parsing = false;
    m_tailParsing = false;
    m_tailPending.clear();
    m_tailCursor = LogCursor();
}
