#include "logarchivemodel.h"

#include "logarchive.h"
#include "logarchiverow.h"
#include "logmodel.h"

#include <QDateTime>
#include <QFont>
#include <QElapsedTimer>

LogArchiveModel::LogArchiveModel(LogArchive *archive, QObject *parent)
    : QAbstractTableModel(parent)
    , m_archive(archive)
{
}

int LogArchiveModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogArchiveModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogArchiveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == KeptColumn ? tr("Kept") : LogModel::columnTitle(section);
}

QVariant LogArchiveModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogArchiveEntry &e = m_rows.at(index.row());
    const QString onlyHere
        = tr("Only in the archive: older than the oldest entry the service still keeps.");
    switch (role) {
    case ArchiveOnlyRole:
        return e.archiveOnly;
    case LogModel::ErrorRole:
        return e.hasError();
    case LogModel::MalformedRole:
        return e.isMalformed();
    case LogModel::FilterValueRole:
        if (index.column() == LogModel::UserColumn)
            return e.userId;
        if (index.column() == LogModel::RequestColumn)
            return e.requestId;
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == KeptColumn)
            return e.archiveOnly ? onlyHere : tr("Also on the service");
        break;
    case Qt::ToolTipRole:
        if (index.column() == KeptColumn || index.column() == LogModel::TimeColumn)
            return e.archiveOnly ? onlyHere : QVariant();
        break;
    case Qt::FontRole:
        if (e.archiveOnly) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case LogModel::TimeColumn:
        if (e.isMalformed() && e.startedMs == 0)
            return tr("(malformed)");
        return QDateTime::fromMSecsSinceEpoch(e.startedMs)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case LogModel::TypeColumn:
        return e.type;
    case LogModel::StatusColumn:
        return e.status ? QVariant(e.status) : QVariant();
    case LogModel::NameColumn:
        return e.functionName;
    case LogModel::UserColumn:
        return e.userId;
    case LogModel::DurationColumn:
        return e.durationMs >= 0 ? tr("%1 ms").arg(e.durationMs) : QString();
    case LogModel::ErrorCodeColumn:
        return role == Qt::ToolTipRole ? e.error : e.errorCode;
    case LogModel::RequestColumn:
        return e.requestId;
    case KeptColumn:
        return e.archiveOnly ? tr("archive only") : QString();
    }
    return {};
}

QJsonValue LogArchiveModel::entryJson(int row) const
{
    return row >= 0 && row < m_rows.size() ? logarchiverow::entryJson(m_rows.at(row))
                                           : QJsonValue();
}

bool LogArchiveModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_searching && m_error.isEmpty();
}

void LogArchiveModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        askPage();
}

void LogArchiveModel::setQuery(const LogArchiveQuery &query)
{
    m_query = query;
    refresh();
}

void LogArchiveModel::refresh()
{
    const int generation = ++m_generation;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_atEnd = false;
    m_count = -1;
    m_error.clear();
    m_firstPageMs = m_countMs = 0;
    askPage();
    // Counted after the first page, on the same reader: the page is what the user waits for.
    m_archive->count(m_query, this,
                     [this, generation](qint64 count, qint64 elapsedMs, const QString &error) {
                         if (generation != m_generation || !error.isEmpty())
                             return;
                         m_count = count;
                         m_countMs = elapsedMs;
                         emit countChanged(count, m_firstPageMs + elapsedMs);
                     });
}

void LogArchiveModel::askPage()
{
    const int generation = m_generation;
    const bool first = m_rows.isEmpty();
    const qint64 before
        = first ? std::numeric_limits<qint64>::max() : m_rows.constLast().key;
    m_searching = true;
    emit searchingChanged(true);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_archive->search(m_query, before, m_pageSize, this,
                      [this, generation, first, timer](const LogArchiveRows &page) {
                          if (generation != m_generation)
                              return;
                          m_searching = false;
                          m_atEnd = page.atEnd;
                          if (!page.error.isEmpty()) {
                              m_error = page.error;
                              m_atEnd = true;
                              emit searchingChanged(false);
                              emit failed(page.error);
                              return;
                          }
                          if (!page.rows.isEmpty()) {
                              const int at = int(m_rows.size());
                              beginInsertRows(QModelIndex(), at, at + int(page.rows.size()) - 1);
                              m_rows += page.rows;
                              endInsertRows();
                          }
                          emit searchingChanged(false);
                          if (first) {
                              // As the user sees it: from asking to the rows being here.
                              m_firstPageMs = timer->elapsed();
                              emit firstPageLoaded(m_firstPageMs);
                          }
                      });
}
