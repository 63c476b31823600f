#include "listmodelbase.h"

#include <utility>

#include <api/apijob.h>

ListModelBase::ListModelBase(ApiClient *client, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_pageSize(pageSize)
{
}

ListModelBase::~ListModelBase()
{
    ApiJob::abandonFor(this, m_job);
}

int ListModelBase::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : itemCount();
}

int ListModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant ListModelBase::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case IdRole:
        return idAt(index.row());
    case SortRole: {
        const QVariant key = cell(index.row(), index.column(), SortRole);
        return key.isValid() ? key : cell(index.row(), index.column(), Qt::DisplayRole);
    }
    case Qt::EditRole:
        return cell(index.row(), index.column(), Qt::DisplayRole);
    case Qt::AccessibleTextRole: {
        // A screen reader reads an empty cell as nothing at all; say the column's own value.
        const QVariant spoken = cell(index.row(), index.column(), Qt::AccessibleTextRole);
        return spoken.isValid() ? spoken : cell(index.row(), index.column(), Qt::DisplayRole);
    }
    default:
        return cell(index.row(), index.column(), role);
    }
}

QVariant ListModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < columns())
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool ListModelBase::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && m_morePages && !m_job && !m_holdFetch;
}

void ListModelBase::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || itemCount() == 0)
        return;
    startPage(idAt(itemCount() - 1));
}

void ListModelBase::fetchAll()
{
    if (!m_morePages)
        return;
    // Each landed page asks for the next until the last one.
    connect(this, &ListModelBase::pageAppended, this, &ListModelBase::fetchAll,
            Qt::UniqueConnection);
    fetchMore();
}

int ListModelBase::rowOfId(const QString &id) const
{
    for (int row = 0; row < itemCount(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

void ListModelBase::reload(const QString &groupId, const QString &appId)
{
    ApiJob::abandonFor(this, m_job);
    disconnect(this, &ListModelBase::pageAppended, this, &ListModelBase::fetchAll);
    if ((groupId != m_groupId || appId != m_appId) && itemCount() > 0) {
        beginResetModel();
        clearRows();
        endResetModel();
    }
    if (groupId != m_groupId || appId != m_appId)
        m_loaded = false;
    m_groupId = groupId;
    m_appId = appId;
    m_lastError = ApiError();
    m_guess = false;
    if (groupId.isEmpty()) {
        setJob(nullptr);
        return;
    }
    startPage(QString());
}

void ListModelBase::ensureLoaded(const QString &groupId, const QString &appId)
{
    const bool sameScope = groupId == m_groupId && appId == m_appId;
    if (sameScope && (m_job || (m_loaded && !m_lastError.isError()))) {
        m_guess = false;
        return;
    }
    reload(groupId, appId);
}

void ListModelBase::prefetch(const QString &groupId, const QString &appId)
{
    const bool sameScope = groupId == m_groupId && appId == m_appId;
    if (sameScope && (m_job || (m_loaded && !m_lastError.isError())))
        return;
    reload(groupId, appId);
    m_guess = m_job != nullptr;
}

void ListModelBase::refresh()
{
    reload(m_groupId, m_appId);
}

void ListModelBase::clear()
{
    ApiJob::abandonFor(this, m_job);
    m_groupId.clear();
    m_appId.clear();
    m_loaded = false;
    m_morePages = false;
    m_guess = false;
    m_lastError = ApiError();
    if (itemCount() > 0) {
        beginResetModel();
        clearRows();
        endResetModel();
    }
    setJob(nullptr);
}

void ListModelBase::startPage(const QString &after)
{
    // Starting a call can reach a view that asks for more before the job is known here: no
    // second page may start meanwhile.
    m_holdFetch = true;
    ApiJob *job = startLoad(m_groupId, m_appId, after);
    m_holdFetch = false;
    m_jobIsFirstPage = after.isEmpty();
    connect(job, &ApiJob::finished, this, &ListModelBase::onFinished);
    setJob(job);
}

void ListModelBase::setJob(ApiJob *job)
{
    m_job = job;
    announceLoading();
}

void ListModelBase::announceLoading()
{
    // Abandoning a call drops it without a finish here: compare with what was last said.
    if (m_loadingAnnounced == isLoading())
        return;
    m_loadingAnnounced = isLoading();
    emit loadingChanged(m_loadingAnnounced);
}

void ListModelBase::onFinished(ApiJob *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    const bool guess = std::exchange(m_guess, false);
    if (!job->ok()) {
        m_lastError = job->error();
        if (guess) {
            // A wrong guess leaves nothing behind: the next ensureLoaded() asks again.
            m_loaded = false;
            if (itemCount() > 0) {
                beginResetModel();
                clearRows();
                endResetModel();
            }
        }
        announceLoading();
        if (!guess)
            emit errorOccurred(job->error());
        return;
    }
    const bool first = m_jobIsFirstPage;
    // A view (or a model tester) that asks for more while the rows go in would start the same
    // page again: m_morePages is only known once the answer is taken.
    m_holdFetch = true;
    const int count = takeAnswer(job, first);
    m_holdFetch = false;
    m_loaded = true;
    // A short page is the last one; so is an empty one.
    m_morePages = m_pageSize > 0 && count >= m_pageSize;
    announceLoading();
    if (first)
        emit reloaded();
    else
        emit pageAppended();
}
