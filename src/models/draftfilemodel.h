#pragma once

#include <api/drafttypes.h>

#include <QAbstractTableModel>

//! The files a draft changes, one row each: configuration files (with their unified diff and
//! added/removed line counts) and hosting files (added, deleted or modified; the diff carries
//! no content for them).
class DraftFileModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, ChangeColumn, AddedColumn, RemovedColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1,
        PatchRole, //!< the file's unified diff; empty for hosting files
        HostingRole, //!< bool: a hosting file
        SortRole,
    };
    enum class Change { Modified, Added, Deleted };

    struct File
    {
        QString path;
        Change change = Change::Modified;
        bool hosting = false;
        int added = 0;
        int removed = 0;
        QString patch;
    };

    explicit DraftFileModel(QObject *parent = nullptr);

    void setDiff(const DraftDiff &diff);
    void clear();
    const QList<File> &files() const { return m_files; }
    File fileAt(int row) const { return m_files.value(row); }
    int rowOf(const QString &path) const;
    int totalAdded() const { return m_added; }
    int totalRemoved() const { return m_removed; }
    int hostingCount() const;

    //! Pure: the rows of a diff, configuration files first (in the server's order).
    static QList<File> filesOf(const DraftDiff &diff);
    static QString changeName(Change change);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<File> m_files;
    int m_added = 0;
    int m_removed = 0;
};
