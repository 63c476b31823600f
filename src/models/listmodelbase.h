#pragma once

#include <api/apierror.h>
#include <api/apijob.h>

#include <QAbstractTableModel>
#include <QPointer>

class ApiClient;
class ApiJob;

//! The untyped half of every list model over an Admin API list call (ListModel<T> holds the
//! rows): one call in flight at a time, loading and error signals, columns described as data.
//! A list the server returns whole is held whole, so a filter or a sort sees every item; a list
//! the server pages (users) grows through canFetchMore()/fetchMore(), one page per call.
class ListModelBase : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the row's _id
        SortRole, //!< the value a column sorts by (falls back to the displayed text)
        FirstCustomRole = Qt::UserRole + 16,
    };

    ~ListModelBase() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

    QString groupId() const { return m_groupId; }
    QString appId() const { return m_appId; }
    bool isLoading() const { return m_job != nullptr; }
    //! An answer for the current scope has landed (possibly an empty list).
    bool hasLoaded() const { return m_loaded; }
    //! Every item the server has is in: always for whole lists; for paged ones, after the last
    //! page. A filter over an incomplete list covers only the loaded pages.
    bool isComplete() const { return m_loaded && !m_morePages; }
    bool isPaged() const { return m_pageSize > 0; }
    //! The error of the last load, if it failed.
    ApiError lastError() const { return m_lastError; }
    //! The row of the item with this _id, or -1.
    int rowOfId(const QString &id) const;

public slots:
    //! Loads the list of this group (and app, for lists under an app), abandoning any call in
    //! flight. Another scope's rows go at once: they must not linger while this one loads.
    void reload(const QString &groupId, const QString &appId = QString());
    //! Loads only when the scope differs from what is loaded or loading, or the last load failed.
    //! A guess in flight for this scope (prefetch()) becomes a load: its failure is reported.
    void ensureLoaded(const QString &groupId, const QString &appId = QString());
    //! Loads a scope the user is only likely to need next (a sign-in's expected group): like
    //! ensureLoaded(), but a failure is not reported and leaves nothing loaded, so that the next
    //! ensureLoaded() tries again. A wrong guess thus never shows an error anywhere.
    void prefetch(const QString &groupId, const QString &appId = QString());
    //! True while the call in flight is a prefetch() that no ensureLoaded() has taken up.
    bool isGuessing() const { return m_job && m_guess; }
    void refresh();
    void clear();
    //! Follows every remaining page (paged lists); nothing for whole lists.
    void fetchAll();

signals:
    void loadingChanged(bool loading);
    void errorOccurred(const ApiError &error);
    //! A reload's answer (its first page, when paged) is in.
    void reloaded();
    //! A later page is in.
    void pageAppended();

protected:
    //! pageSize 0: the server answers the whole list; else it pages by the id of the last row.
    ListModelBase(ApiClient *client, int pageSize, QObject *parent);

    ApiClient *client() const { return m_client; }
    //! Starts the call for one page (after: the last id of the rows so far, empty for the first).
    virtual ApiJob *startLoad(const QString &groupId, const QString &appId,
                              const QString &after) = 0;
    //! Takes a successful answer: replaces the rows (first) or appends them, inside the model's
    //! begin/end calls made here. Returns how many items the page held.
    virtual int takeAnswer(ApiJob *job, bool first) = 0;
    virtual void clearRows() = 0;
    virtual int itemCount() const = 0;
    virtual QString idAt(int row) const = 0;
    virtual int columns() const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual QVariant cell(int row, int column, int role) const = 0;

private:
    void startPage(const QString &after);
    void onFinished(ApiJob *job);
    void setJob(ApiJob *job);
    void announceLoading();

    ApiClient *m_client;
    int m_pageSize;
    QString m_groupId;
    QString m_appId;
    QPointer<ApiJob> m_job;
    bool m_jobIsFirstPage = false;
    bool m_holdFetch = false;
    bool m_loadingAnnounced = false;
    bool m_loaded = false;
    bool m_morePages = false;
    bool m_guess = false;
    ApiError m_lastError;
};
