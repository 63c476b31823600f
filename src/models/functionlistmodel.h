#pragma once

#include <api/apijob.h>
#include <api/functiontypes.h>

#include <QAbstractTableModel>
#include <QPointer>

class ApiClient;

//! The functions of one app as a table (name, private), filled in batches through fetchMore.
//! reload() abandons the call still in flight, and reloads asked for while one runs are
//! coalesced into it, so only the newest answer ever lands.
class FunctionListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    enum Column { NameColumn, PrivateColumn, ColumnCount };
    enum Role { FunctionIdRole = Qt::UserRole + 1, PrivateRole };
    static constexpr int BatchSize = 200;

    explicit FunctionListModel(ApiClient *client, QObject *parent = nullptr);
    ~FunctionListModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString groupId() const { return m_groupId; }
    QString appId() const { return m_appId; }
    bool isLoading() const { return m_job != nullptr; }
    StitchFunction functionAt(int row) const;
    //! The row of the function with this _id, or -1 (rows not fetched yet count too).
    int rowOf(const QString &functionId) const;
    //! Every function name of the last answer, fetched or not, for completion.
    QStringList names() const;
    //! Fetches every row still pending (for callers that need all of them shown).
    void fetchAll();

public slots:
    void reload(const QString &groupId, const QString &appId);
    void refresh();
    void clear();

signals:
    void loadingChanged(bool loading);
    void errorOccurred(const ApiError &error);
    //! A reload finished; its first batch of rows is in.
    void reloaded();

private:
    void abandon();
    void onFinished(ApiJob *job);

    ApiClient *m_client;
    QString m_groupId;
    QString m_appId;
    QList<StitchFunction> m_rows;
    QList<StitchFunction> m_pending;
    QPointer<ApiJob> m_job;
};
