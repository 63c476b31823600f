#include "functionlistmodel.h"

#include <api/apiclient.h>
#include <api/functioncalls.h>

FunctionListModel::FunctionListModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

FunctionListModel::~FunctionListModel()
{
    abandon();
}

int FunctionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FunctionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunctionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StitchFunction &function = m_rows.at(index.row());
    switch (role) {
    case FunctionIdRole:
        return function.id;
    case PrivateRole:
        return function.isPrivate;
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return function.name;
        if (role == Qt::ToolTipRole)
            return function.isPrivate ? tr("Hidden from client applications")
                                      : tr("Callable from client applications");
        return function.isPrivate ? tr("private") : QString();
    case Qt::AccessibleTextRole:
        return index.column() == NameColumn ? function.name
                                            : (function.isPrivate ? tr("private") : tr("public"));
    }
    return {};
}

QVariant FunctionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PrivateColumn:
        return tr("Private");
    }
    return {};
}

bool FunctionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_pending.isEmpty();
}

void FunctionListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_pending.isEmpty())
        return;
    const int count = int(std::min<qsizetype>(BatchSize, m_pending.size()));
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + count - 1);
    m_rows.append(m_pending.mid(0, count));
    m_pending.remove(0, count);
    endInsertRows();
}

void FunctionListModel::fetchAll()
{
    while (canFetchMore(QModelIndex()))
        fetchMore(QModelIndex());
}

StitchFunction FunctionListModel::functionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : StitchFunction();
}

int FunctionListModel::rowOf(const QString &functionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == functionId)
            return row;
    }
    for (int row = 0; row < m_pending.size(); ++row) {
        if (m_pending.at(row).id == functionId)
            return int(m_rows.size()) + row;
    }
    return -1;
}

QStringList FunctionListModel::names() const
{
    QStringList names;
    names.reserve(m_rows.size() + m_pending.size());
    for (const StitchFunction &function : m_rows)
        names.append(function.name);
    for (const StitchFunction &function : m_pending)
        names.append(function.name);
    return names;
}

void FunctionListModel::reload(const QString &groupId, const QString &appId)
{
    const bool wasLoading = isLoading();
    abandon();
    if ((groupId != m_groupId || appId != m_appId) && (!m_rows.isEmpty() || !m_pending.isEmpty())) {
        // Another app's functions must not linger while this one's load.
        beginResetModel();
        m_rows.clear();
        m_pending.clear();
        endResetModel();
    }
    m_groupId = groupId;
    m_appId = appId;
    if (groupId.isEmpty() || appId.isEmpty()) {
        if (wasLoading)
            emit loadingChanged(false);
        return;
    }
    m_job = functioncalls::list(*m_client, groupId, appId);
    connect(m_job, &ApiJob::finished, this, &FunctionListModel::onFinished);
    if (!wasLoading)
        emit loadingChanged(true);
}

void FunctionListModel::refresh()
{
    reload(m_groupId, m_appId);
}

void FunctionListModel::clear()
{
    const bool wasLoading = isLoading();
    abandon();
    m_groupId.clear();
    m_appId.clear();
    if (!m_rows.isEmpty() || !m_pending.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        m_pending.clear();
        endResetModel();
    }
    if (wasLoading)
        emit loadingChanged(false);
}

void FunctionListModel::abandon()
{
    ApiJob::abandonFor(this, m_job);
}

void FunctionListModel::onFinished(ApiJob *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    if (!job->ok()) {
        emit loadingChanged(false);
        emit errorOccurred(job->error());
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_pending = static_cast<Job<QList<StitchFunction>> *>(job)->result();
    endResetModel();
    fetchMore(QModelIndex());
    emit loadingChanged(false);
    emit reloaded();
}
