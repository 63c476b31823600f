#pragma once

#include "logarchivetypes.h"

#include <QAbstractTableModel>
#include <QJsonValue>

class LogArchive;

//! A search over the log archive as a table, newest first: the columns of LogModel and one
//! that marks entries only the archive still has. Pages of results come from the archive's
//! reader thread through canFetchMore/fetchMore; the count and its time follow the first page.
class LogArchiveModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeptColumn = 8, ColumnCount }; //!< after LogModel's eight columns
    enum Role {
        ArchiveOnlyRole = Qt::UserRole + 20, //!< bool: older than what the service keeps
    };

    explicit LogArchiveModel(LogArchive *archive, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

    LogArchiveQuery query() const { return m_query; }
    bool isSearching() const { return m_searching; }
    bool atEnd() const { return m_atEnd; }
    //! Matches in the whole archive; -1 until counted.
    qint64 matchCount() const { return m_count; }
    //! How long the first page took, and the count.
    qint64 firstPageMs() const { return m_firstPageMs; }
    qint64 countMs() const { return m_countMs; }
    QString error() const { return m_error; }
    const LogArchiveEntry &entry(int row) const { return m_rows.at(row); }
    QJsonValue entryJson(int row) const;
    //! Rows per page asked of the archive.
    void setPageSize(int rows) { m_pageSize = rows; }

public slots:
    //! Starts over: empties the rows, asks for the first page, then the count.
    void setQuery(const LogArchiveQuery &query);
    //! The same query again (the archive grew or was pruned).
    void refresh();

signals:
    void searchingChanged(bool searching);
    //! The first page of a query is in.
    void firstPageLoaded(qint64 elapsedMs);
    void countChanged(qint64 count, qint64 elapsedMs);
    //! The query failed (an FTS5 syntax error, say); the message is SQLite's.
    void failed(const QString &message);

private:
    void askPage();

    LogArchive *m_archive;
    LogArchiveQuery m_query;
    QList<LogArchiveEntry> m_rows;
    int m_generation = 0;
    int m_pageSize = 100;
    bool m_searching = false;
    bool m_atEnd = true;
    qint64 m_count = -1;
    qint64 m_firstPageMs = 0;
    qint64 m_countMs = 0;
    QString m_error;
};
