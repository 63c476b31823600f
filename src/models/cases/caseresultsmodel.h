#pragma once

#include "runcase.h"

#include <QAbstractItemModel>
#include <QHash>

//! The pass/fail tree of a run of cases: one row per function (its tally), under it one row
//! per case with its status, execution time and message.
class CaseResultsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, TimeColumn, MessageColumn, ColumnCount };
    enum Role {
        CaseIdRole = Qt::UserRole + 1, //!< empty on a function's row
        StatusRole, //!< int(CaseVerdict::Status); a function's row: its worst case's
        FunctionRole,
    };

    explicit CaseResultsModel(QObject *parent = nullptr);

    //! Every case as not run yet, grouped by function (functions sorted by name).
    void setCases(const QList<RunCase> &cases);
    void clear() { setCases({}); }
    void setVerdict(const QString &caseId, const CaseVerdict &verdict);

    RunCase caseOf(const QModelIndex &index) const; //!< null on a function's row
    CaseVerdict verdictOf(const QString &caseId) const { return m_verdicts.value(caseId); }
    QModelIndex indexOfCase(const QString &caseId, int column = 0) const;
    QModelIndex indexOfFunction(const QString &function, int column = 0) const;
    //! The first failed (or errored) case, in the tree's order; invalid when none.
    QModelIndex firstFailure() const;

    int caseCount() const { return int(m_cases.size()); }
    int countOf(CaseVerdict::Status status) const;
    //! Failed plus errored.
    int failureCount() const;
    //! One line: "12 cases: 10 passed, 2 failed".
    QString summary() const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString function;
        QList<int> cases; // indexes into m_cases
    };
    QVariant functionData(const Group &group, int column, int role) const;
    QVariant caseData(const RunCase &runCase, int column, int role) const;
    CaseVerdict::Status worstOf(const Group &group) const;

    QList<RunCase> m_cases;
    QList<Group> m_groups;
    QHash<QString, QPair<int, int>> m_where; // case id → group, row in group
    QHash<QString, CaseVerdict> m_verdicts;
};
