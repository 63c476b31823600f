// The parts of LogModel beside paging: the live tail, search over the loaded rows, the histogram.
#include "logmodel.h"

#include <api/apiclient.h>
#include <api/logcalls.h>

#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <limits>

bool LogModel::isTailing() const
{
    return m_tailTimer->isActive();
}

void LogModel::setTailInterval(int milliseconds)
{
    m_tailTimer->setInterval(milliseconds);
}

void LogModel::setTailing(bool on)
{
    if (on == isTailing())
        return;
    if (on) {
        m_tailTimer->start();
    } else {
        m_tailTimer->stop();
        m_tailAwaitsReload = false;
    }
    emit tailingChanged(on);
}

void LogModel::pollTail()
{
    if (m_appId.isEmpty() || m_tailJob || m_tailParsing)
        return;
    if (m_store.size() == 0) {
        // Nothing shown yet: the first page is the tail.
        if (!isLoading() && !hasFailed()) {
            refresh();
            m_tailAwaitsReload = true;
        }
        return;
    }
    LogFilter filter = m_filter;
    if (m_tailCursor.isNull()) {
        m_tailPending.clear();
        // start_date is exclusive: one millisecond earlier catches entries that share the
        // newest one's time; the _id check drops the ones already shown.
        qint64 from = m_store.at(0).startedMs - 1;
        if (filter.start.isValid())
            from = qMax(from, filter.start.toMSecsSinceEpoch());
        m_tailFromMs = from;
    }
    filter.start = QDateTime::fromMSecsSinceEpoch(m_tailFromMs, Qt::UTC);
    m_tailJob = logcalls::page(*m_client, m_groupId, m_appId, filter, m_tailCursor);
    const int generation = m_generation;
    connect(m_tailJob, &ApiJob::finished, this,
            [this, generation, filter, cursor = m_tailCursor,
             askedAtMs = QDateTime::currentMSecsSinceEpoch()](ApiJob *job) {
                onTailPage(job, generation, filter, cursor, askedAtMs);
            });
}

void LogModel::landTail(const LogPage &page, int)
{
    m_tailPending += m_store.adopt(page);
    if (page.nextEndDate) {
        // More than a page arrived since the last poll: read on before inserting, so the rows
        // go in as one batch with no gap.
        m_tailCursor = LogCursor { *page.nextEndDate, page.nextSkip };
        pollTail();
        return;
    }
    m_tailCursor = LogCursor();
    const QList<LogRecord> fresh = std::exchange(m_tailPending, {});
    if (fresh.isEmpty()) {
        emit tailPolled();
        return;
    }
    beginInsertRows(QModelIndex(), 0, int(fresh.size()) - 1);
    m_store.prepend(fresh);
    if (!m_matches.isEmpty() || !m_searchText.isEmpty()) {
        m_matches = QList<bool>(fresh.size(), false) + m_matches;
        updateSearchForNewRows(0, int(fresh.size()));
    }
    endInsertRows();
    emit tailInserted(int(fresh.size()));
    emit tailPolled();
}

void LogModel::setSearchText(const QString &text)
{
    m_searchText = text;
    m_matches = m_store.search(text);
    m_matchCount = int(std::count(m_matches.cbegin(), m_matches.cend(), true));
    if (m_store.size() > 0)
        emit dataChanged(index(0, 0), index(m_store.size() - 1, ColumnCount - 1), { MatchRole });
    emit searchChanged(m_matchCount);
}

void LogModel::updateSearchForNewRows(int first, int count)
{
    if (m_searchText.isEmpty())
        return;
    // Rows appended at the end or inserted at the top; test only those.
    if (m_matches.size() < m_store.size())
        m_matches.resize(m_store.size());
    const QString needle = m_searchText;
    int added = 0;
    for (int row = first; row < first + count; ++row) {
        const LogRecord &r = m_store.at(row);
        bool hit = false;
        for (quint32 id : { r.messages, r.error, r.name, r.errorCode, r.type, r.userId, r.coId })
            hit = hit || (id && m_store.text(id).contains(needle, Qt::CaseInsensitive));
        m_matches[row] = hit;
        added += hit;
    }
    if (added) {
        m_matchCount += added;
        emit searchChanged(m_matchCount);
    }
}

int LogModel::nextMatch(int row, bool backwards) const
{
    const int n = int(m_matches.size());
    if (m_matchCount == 0 || n == 0)
        return -1;
    for (int step = 1; step <= n; ++step) {
        const int candidate = ((backwards ? row - step : row + step) % n + n) % n;
        if (m_matches.at(candidate))
            return candidate;
    }
    return -1;
}

LogModel::Histogram LogModel::histogram(int buckets) const
{
    Histogram h;
    if (m_store.size() == 0 || buckets <= 0)
        return h;
    h.fromMs = std::numeric_limits<qint64>::max();
    h.toMs = std::numeric_limits<qint64>::min();
    for (const LogRecord &r : m_store.records()) {
        if (r.startedMs == 0)
            continue;
        h.fromMs = qMin(h.fromMs, r.startedMs);
        h.toMs = qMax(h.toMs, r.startedMs);
    }
    if (h.fromMs > h.toMs)
        return Histogram();
    h.entries.fill(0, buckets);
    h.errors.fill(0, buckets);
    const qint64 span = qMax<qint64>(1, h.toMs - h.fromMs + 1);
    for (const LogRecord &r : m_store.records()) {
        if (r.startedMs == 0)
            continue;
        const int b = int(qMin<qint64>(buckets - 1, (r.startedMs - h.fromMs) * buckets / span));
        ++h.entries[b];
        if (r.hasError())
            ++h.errors[b];
    }
    return h;
}
