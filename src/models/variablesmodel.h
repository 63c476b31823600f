#pragma once

#include <api/debugtypes.h>

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

class DebuggerClient;

//! The variables of one call frame of a paused debug run, as a tree: its scopes (local, closure,
//! block; not the global one) at the top, and objects that load their properties only when
//! expanded (canFetchMore/fetchMore), from the debugger. Columns: name, value.
class VariablesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit VariablesModel(DebuggerClient *client, QObject *parent = nullptr);
    ~VariablesModel() override;

    //! Another session's debugger (a new debug run); what is shown goes.
    void setClient(DebuggerClient *client);
    //! Shows frame's scopes; what was loaded for an earlier frame is dropped.
    void setFrame(const CallFrame &frame);
    void clear();
    //! Whether properties are being fetched (for tests and a busy indicator).
    bool isLoading() const { return m_loading > 0; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);

private:
    struct Node
    {
        QString name;
        RemoteValue value;
        bool isScope = false;
        bool fetched = false;
        bool fetching = false;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node) const;
    static QString scopeTitle(const DebugScope &scope);

    QPointer<DebuggerClient> m_client;
    Node m_root;
    quint64 m_generation = 0; //!< answers for an earlier frame are dropped
    int m_loading = 0;
};
