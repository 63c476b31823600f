#include "caseresultsmodel.h"

#include <QFont>
#include <QMap>

namespace {
// internalId of a case's row: its group + 1; a function's row has 0.
constexpr quintptr kTopLevel = 0;
} // namespace

CaseResultsModel::CaseResultsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void CaseResultsModel::setCases(const QList<RunCase> &cases)
{
    beginResetModel();
    m_cases = cases;
    m_groups.clear();
    m_where.clear();
    m_verdicts.clear();
    QMap<QString, QList<int>> byFunction; // sorted by name
    for (int i = 0; i < m_cases.size(); ++i)
        byFunction[m_cases.at(i).function].append(i);
    for (auto it = byFunction.constBegin(); it != byFunction.constEnd(); ++it) {
        for (int row = 0; row < it.value().size(); ++row)
            m_where.insert(m_cases.at(it.value().at(row)).id, { int(m_groups.size()), row });
        m_groups.append({ it.key(), it.value() });
    }
    endResetModel();
}

void CaseResultsModel::setVerdict(const QString &caseId, const CaseVerdict &verdict)
{
    const auto where = m_where.constFind(caseId);
    if (where == m_where.constEnd())
        return;
    m_verdicts.insert(caseId, verdict);
    const QModelIndex row = index(where->second, 0, index(where->first, 0));
    emit dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
    const QModelIndex group = index(where->first, 0);
    emit dataChanged(group, group.siblingAtColumn(ColumnCount - 1));
}

RunCase CaseResultsModel::caseOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kTopLevel)
        return RunCase();
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return m_cases.at(group.cases.at(index.row()));
}

QModelIndex CaseResultsModel::indexOfCase(const QString &caseId, int column) const
{
    const auto where = m_where.constFind(caseId);
    if (where == m_where.constEnd())
        return QModelIndex();
    return index(where->second, column, index(where->first, 0));
}

QModelIndex CaseResultsModel::indexOfFunction(const QString &function, int column) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).function == function)
            return index(row, column);
    }
    return QModelIndex();
}

QModelIndex CaseResultsModel::firstFailure() const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const Group &group = m_groups.at(g);
        for (int row = 0; row < group.cases.size(); ++row) {
            const auto status = m_verdicts.value(m_cases.at(group.cases.at(row)).id).status;
            if (status == CaseVerdict::Status::Failed || status == CaseVerdict::Status::Error)
                return index(row, 0, index(g, 0));
        }
    }
    return QModelIndex();
}

int CaseResultsModel::countOf(CaseVerdict::Status status) const
{
    int n = 0;
    for (const RunCase &c : m_cases) {
        if (m_verdicts.value(c.id).status == status)
            ++n;
    }
    return n;
}

int CaseResultsModel::failureCount() const
{
    return countOf(CaseVerdict::Status::Failed) + countOf(CaseVerdict::Status::Error);
}

QString CaseResultsModel::summary() const
{
    QString text = tr("%n case(s): ", nullptr, caseCount())
        + tr("%1 passed, %2 failed").arg(countOf(CaseVerdict::Status::Passed)).arg(failureCount());
    const int notDone = caseCount() - countOf(CaseVerdict::Status::Passed) - failureCount();
    if (notDone > 0)
        text += tr(", %1 not run").arg(notDone);
    return text;
}

QModelIndex CaseResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return QModelIndex();
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.row() >= m_groups.size())
        return QModelIndex();
    if (row >= m_groups.at(parent.row()).cases.size())
        return QModelIndex();
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CaseResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int CaseResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(m_groups.at(parent.row()).cases.size());
}

int CaseResultsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

CaseVerdict::Status CaseResultsModel::worstOf(const Group &group) const
{
    // The order a reader cares about: anything failing first, then what is still going.
    static const CaseVerdict::Status order[]
        = { CaseVerdict::Status::Error,   CaseVerdict::Status::Failed,
            CaseVerdict::Status::Running, CaseVerdict::Status::Cancelled,
            CaseVerdict::Status::NotRun,  CaseVerdict::Status::Passed };
    for (CaseVerdict::Status status : order) {
        for (int i : group.cases) {
            if (m_verdicts.value(m_cases.at(i).id).status == status)
                return status;
        }
    }
    return CaseVerdict::Status::NotRun;
}

QVariant CaseResultsModel::functionData(const Group &group, int column, int role) const
{
    if (role == FunctionRole)
        return group.function;
    if (role == StatusRole)
        return int(worstOf(group));
    if (role == CaseIdRole)
        return QString();
    if (role == Qt::FontRole && column == NameColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return QVariant();
    int passed = 0;
    double ms = 0;
    for (int i : group.cases) {
        const CaseVerdict verdict = m_verdicts.value(m_cases.at(i).id);
        passed += verdict.status == CaseVerdict::Status::Passed ? 1 : 0;
        ms += qMax(0.0, verdict.milliseconds);
    }
    switch (column) {
    case NameColumn:
        return group.function;
    case StatusColumn:
        return tr("%1 of %2 passed").arg(passed).arg(group.cases.size());
    case TimeColumn:
        return ms > 0 ? tr("%1 ms").arg(ms, 0, 'f', 1) : QString();
    }
    return QVariant();
}

QVariant CaseResultsModel::caseData(const RunCase &runCase, int column, int role) const
{
    const CaseVerdict verdict = m_verdicts.value(runCase.id);
    if (role == CaseIdRole)
        return runCase.id;
    if (role == StatusRole)
        return int(verdict.status);
    if (role == FunctionRole)
        return runCase.function;
    const bool failed = verdict.status == CaseVerdict::Status::Failed
        || verdict.status == CaseVerdict::Status::Error;
    if (role == Qt::FontRole && column == StatusColumn && failed) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return QVariant();
    switch (column) {
    case NameColumn:
        return runCase.name;
    case StatusColumn:
        return CaseVerdict::statusName(verdict.status);
    case TimeColumn:
        return verdict.milliseconds >= 0 ? tr("%1 ms").arg(verdict.milliseconds, 0, 'f', 1)
                                         : QString();
    case MessageColumn:
        return verdict.message;
    }
    return QVariant();
}

QVariant CaseResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    if (index.internalId() == kTopLevel)
        return functionData(m_groups.at(index.row()), index.column(), role);
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return caseData(m_cases.at(group.cases.at(index.row())), index.column(), role);
}

QVariant CaseResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Function / case");
    case StatusColumn:
        return tr("Status");
    case TimeColumn:
        return tr("Time");
    case MessageColumn:
        return tr("Message");
    }
    return QVariant();
}
