#pragma once

#include "hostingtransfer.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QPointer>
#include <QTimer>

//! The per-file report of a hosting batch (upload or sync): one row per item of a
//! HostingTransfer, read from the transfer's own list as rows are painted, so a batch of
//! thousands of files costs one reset to show and one dataChanged per finished file.
//! Columns: the file (or "delete <path>"), its outcome ("sending" for the one in flight), why.
class TransferReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, OutcomeColumn, DetailsColumn, ColumnCount };
    enum Role { OutcomeRole = Qt::UserRole + 1 }; //!< HostingTransfer::Outcome as int
    static constexpr int FlushIntervalMs = 100;

    explicit TransferReportModel(QObject *parent = nullptr);

    //! Shows this batch's items (nullptr: none) and follows it; a transfer started later (or
    //! again) shows its new list at its next progress.
    void setTransfer(HostingTransfer *transfer);
    HostingTransfer *transfer() const { return m_transfer; }
    //! The colour of a failed row's outcome (the panel gives one that reads on its palette).
    void setErrorColor(const QColor &color);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onItemFinished(int index);
    void onProgress();
    void markChanged(int row);
    void flushChanges();
    //! The row being sent now, -1 when none.
    int sendingRow() const;

    QPointer<HostingTransfer> m_transfer;
    int m_rows = 0; //!< rows announced to views (the transfer's list does not change size)
    int m_sending = -1;
    QColor m_errorColor = QColor(200, 30, 30);
    QTimer m_flush;
    int m_dirtyFrom = -1; //!< rows changed since views last heard, -1 none
    int m_dirtyTo = -1;
};
