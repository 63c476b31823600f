#pragma once

#include "logarchivetypes.h"
#include "logstore.h"

#include <api/apierror.h>
#include <api/apijob.h>
#include <api/logtypes.h>

#include <QAbstractTableModel>
#include <QJsonValue>
#include <QPointer>

class ApiClient;
class QThreadPool;
class QTimer;

//! An app's log entries, newest first, paged exactly as the reference says (nextEndDate,
//! nextSkip) through canFetchMore/fetchMore: one request at a time, pages decoded on a worker and
//! inserted as one batch each. Also loads everything on request (each next page is asked for as
//! soon as its cursor is read, while the page before is still being decoded and inserted), tails
//! new entries and searches what is loaded.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    enum Column {
        TimeColumn,
        TypeColumn,
        StatusColumn,
        NameColumn,
        UserColumn,
        DurationColumn,
        ErrorCodeColumn,
        RequestColumn,
        ColumnCount
    };
    enum Role {
        MatchRole = Qt::UserRole + 1, //!< bool: the row matches the search text
        ErrorRole, //!< bool: the entry is an error
        MalformedRole, //!< bool
        FilterValueRole, //!< the user id or request id a click on this cell filters by
    };

    explicit LogModel(ApiClient *client, QObject *parent = nullptr);
    ~LogModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;
    //! The title of a column (shared with the archive's model).
    static QString columnTitle(int section);

    QString groupId() const { return m_groupId; }
    QString appId() const { return m_appId; }
    LogFilter filter() const { return m_filter; }
    bool isLoading() const { return m_job || m_decoding > 0; }
    bool isLoadingAll() const { return m_loadingAll; }
    bool atEnd() const { return m_atEnd; }
    bool hasFailed() const { return m_error.isError(); }
    ApiError lastError() const { return m_error; }
    const LogStore &store() const { return m_store; }
    const LogRecord &record(int row) const { return m_store.at(row); }
    const QString &text(quint32 id) const { return m_store.text(id); }
    //! The entry as received: an object, or for a malformed entry whatever the server sent.
    QJsonValue entry(int row) const;
    //! A malformed entry's reason, for the table and the detail pane.
    QString malformedReason(const LogRecord &record) const;
    //! How many pages have landed since the last reset (tests count requests with it).
    int pagesLoaded() const { return m_pagesLoaded; }
    //! Loaded entries that are listed but could not be read as log entries.
    int malformedCount() const { return m_malformed; }

    // Search over what is loaded.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    int matchCount() const { return m_matchCount; }
    //! The next matching row after (or before) row, wrapping; -1 when none.
    int nextMatch(int row, bool backwards = false) const;

    // Live tail.
    bool isTailing() const;
    void setTailInterval(int milliseconds);

    //! Entries and errors per time bucket over the loaded range, oldest bucket first.
    struct Histogram
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        QList<int> entries;
        QList<int> errors;
    };
    Histogram histogram(int buckets) const;

public slots:
    //! Starts over for this app and filter: abandons loads in flight, empties the rows, and
    //! loads the first page.
    void reload(const QString &groupId, const QString &appId, const LogFilter &filter);
    void setFilter(const LogFilter &filter);
    //! Reloads the app and filter last asked for.
    void refresh();
    void clear();
    //! After a failed page: asks for the same page again; the rows loaded stay.
    void retry();
    //! Loads page after page until the end; loadAllProgress reports each.
    void loadAll();
    void cancelLoadAll();
    //! Polls for entries newer than the newest shown and inserts them at the top.
    void setTailing(bool on);
    //! One tail poll now (the timer calls it too).
    void pollTail();

signals:
    void loadingChanged(bool loading);
    void errorOccurred(const ApiError &error);
    //! A page landed (rows may be 0 when all were duplicates).
    void pageLoaded(int rows);
    void loadAllChanged(bool running);
    //! Rows loaded so far and the oldest time reached, while loading all.
    void loadAllProgress(int rows, qint64 oldestMs);
    void tailingChanged(bool on);
    //! A tail poll inserted rows at the top.
    void tailInserted(int rows);
    //! A tail poll read the newest entries, new ones or none (tailInserted came first if any).
    void tailPolled();
    //! A tail poll failed; the next one, a few seconds later, tries again.
    void tailPollFailed(const ApiError &error);
    void searchChanged(int matches);
    //! A page decoded with malformed entries; they are listed, flagged.
    void malformedEntries(int count);
    //! Every page fetched (browsing, loading all, tailing), before its rows go in, with the
    //! time range it proves complete: what the log archive keeps.
    void pageArrived(const LogPage &page, const std::optional<LogTimeRange> &coverage);

private:
    void startPage();
    void onPage(ApiJob *job, int generation, const LogCursor &requested, qint64 askedAtMs);
    void onTailPage(ApiJob *job, int generation, const LogFilter &filter, const LogCursor &cursor,
                    qint64 askedAtMs);
    //! While loading all: asks for the next page at once if this one's cursor reads clearly.
    std::optional<LogCursor> readAhead(const QByteArray &body, const LogCursor &requested);
    void failToParse(const QString &why, const LogCursor &requested, const QUrl &url, int status,
                     const QByteArray &sample);
    void landPage(const LogPage &page, const LogCursor &requested,
                  const std::optional<LogCursor> &readAheadOn);
    void landTail(const LogPage &page, int generation);
    //! Inserts the rows landed but held back while loading all.
    void showUnshown();
    void fail(const ApiError &error);
    void abandonAll();
    void setLoadingAll(bool on);
    void updateSearchForNewRows(int first, int count);

    ApiClient *m_client;
    QString m_groupId;
    QString m_appId;
    LogFilter m_filter;
    LogStore m_store;
    LogCursor m_cursor; //!< of the page last asked for, or to ask for next
    bool m_cursorAsked = false; //!< a request for m_cursor's page went out
    LogCursor m_chainCursor; //!< the one the next page to land must have been asked for with
    bool m_atEnd = true;
    int m_decoding = 0; //!< pages received and not yet landed
    //! One thread: pages decode in the order they arrived, so they land in that order.
    QThreadPool *m_decoder;
    QList<LogRecord> m_unshown; //!< landed while loading all, inserted at the next show
    QTimer *m_showTimer;
    bool m_loadingAll = false;
    int m_generation = 0;
    int m_pagesLoaded = 0;
    int m_malformed = 0;
    ApiError m_error;
    QPointer<ApiJob> m_job;
    // Tail
    QTimer *m_tailTimer;
    QPointer<ApiJob> m_tailJob;
    bool m_tailParsing = false;
    LogCursor m_tailCursor;
    QList<LogRecord> m_tailPending;
    qint64 m_tailFromMs = 0;
    bool m_tailAwaitsReload = false; //!< a poll with nothing shown reloads: its page answers it
    // Search
    QString m_searchText;
    QList<bool> m_matches;
    int m_matchCount = 0;
};
