#include "transferreportmodel.h"

TransferReportModel::TransferReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(FlushIntervalMs);
    connect(&m_flush, &QTimer::timeout, this, &TransferReportModel::flushChanges);
}

void TransferReportModel::markChanged(int row)
{
    if (row < 0 || row >= m_rows)
        return;
    m_dirtyFrom = m_dirtyFrom < 0 ? row : qMin(m_dirtyFrom, row);
    m_dirtyTo = qMax(m_dirtyTo, row);
    if (!m_flush.isActive())
        m_flush.start();
}

void TransferReportModel::flushChanges()
{
    m_flush.stop();
    if (m_dirtyFrom < 0)
        return;
    const int from = m_dirtyFrom, to = qMin(m_dirtyTo, m_rows - 1);
    m_dirtyFrom = m_dirtyTo = -1;
    if (from <= to)
        emit dataChanged(index(from, OutcomeColumn), index(to, DetailsColumn));
}

void TransferReportModel::setTransfer(HostingTransfer *transfer)
{
    beginResetModel();
    if (m_transfer)
        disconnect(m_transfer, nullptr, this, nullptr);
    m_transfer = transfer;
    m_rows = transfer ? int(transfer->items().size()) : 0;
    m_sending = -1;
    m_dirtyFrom = m_dirtyTo = -1;
    m_flush.stop();
    if (transfer) {
        connect(transfer, &HostingTransfer::itemFinished, this,
                &TransferReportModel::onItemFinished);
        connect(transfer, &HostingTransfer::progressChanged, this,
                &TransferReportModel::onProgress);
        connect(transfer, &HostingTransfer::finished, this, &TransferReportModel::flushChanges);
        connect(transfer, &HostingTransfer::paused, this, &TransferReportModel::flushChanges);
        connect(transfer, &QObject::destroyed, this, [this] { setTransfer(nullptr); });
    }
    endResetModel();
}

void TransferReportModel::setErrorColor(const QColor &color)
{
    if (color == m_errorColor)
        return;
    m_errorColor = color;
    if (m_rows > 0)
        emit dataChanged(index(0, OutcomeColumn), index(m_rows - 1, OutcomeColumn),
                         { Qt::ForegroundRole });
}

int TransferReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TransferReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TransferReportModel::sendingRow() const
{
    if (!m_transfer || m_transfer->state() != HostingTransfer::State::Running)
        return -1;
    const int current = m_transfer->filesDone();
    if (current >= m_rows
        || m_transfer->items().at(current).outcome != HostingTransfer::Outcome::Pending)
        return -1;
    return current;
}

QVariant TransferReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_transfer || index.row() >= int(m_transfer->items().size()))
        return {};
    const HostingTransfer::Item &item = m_transfer->items().at(index.row());
    if (role == OutcomeRole)
        return int(item.outcome);
    switch (index.column()) {
    case FileColumn:
        if (role == Qt::DisplayRole)
            return item.action == HostingTransfer::Item::Delete
                ? tr("delete %1").arg(item.remotePath)
                : item.remotePath;
        if (role == Qt::ToolTipRole && !item.local.localFile.isEmpty())
            return item.local.localFile;
        break;
    case OutcomeColumn:
        if (role == Qt::DisplayRole)
            return index.row() == m_sending ? tr("sending")
                                            : HostingTransfer::outcomeText(item.outcome);
        if (role == Qt::ForegroundRole && item.outcome == HostingTransfer::Outcome::Failed)
            return m_errorColor;
        break;
    case DetailsColumn:
        if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && !item.message.isEmpty()))
            return item.message;
        break;
    default:
        break;
    }
    return {};
}

QVariant TransferReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

void TransferReportModel::onItemFinished(int row)
{
    if (row < 0 || row >= m_rows)
        return;
    if (row == m_sending)
        m_sending = -1;
    markChanged(row);
}

void TransferReportModel::onProgress()
{
    if (m_transfer && int(m_transfer->items().size()) != m_rows) {
        setTransfer(m_transfer); // (re)started with another list
        return;
    }
    const int now = sendingRow();
    if (now == m_sending)
        return;
    const int before = m_sending;
    m_sending = now;
    markChanged(before);
    markChanged(now);
}
