#include "draftfilemodel.h"

#include <QBrush>

namespace {

QString headerPath(const QString &line)
{
    QString path = line.mid(4);
    if (path == QLatin1String("/dev/null"))
        return {};
    if (path.startsWith(QLatin1String("a/")) || path.startsWith(QLatin1String("b/")))
        path.remove(0, 2);
    return path;
}

// Counts lines without building them: a 10,000-line diff is one pass over its text.
DraftFileModel::File configFile(const QString &patch)
{
    DraftFileModel::File file;
    file.patch = patch;
    QString oldPath, newPath;
    bool inHunk = false;
    qsizetype from = 0;
    while (from <= patch.size()) {
        qsizetype end = patch.indexOf(QLatin1Char('\n'), from);
        if (end < 0)
            end = patch.size();
        const QStringView line = QStringView(patch).mid(from, end - from);
        if (!inHunk && line.startsWith(QLatin1String("--- ")))
            oldPath = headerPath(line.toString());
        else if (!inHunk && line.startsWith(QLatin1String("+++ ")))
            newPath = headerPath(line.toString());
        else if (line.startsWith(QLatin1String("@@")))
            inHunk = true;
        else if (inHunk && line.startsWith(u'+'))
            ++file.added;
        else if (inHunk && line.startsWith(u'-'))
            ++file.removed;
        from = end + 1;
    }
    file.path = newPath.isEmpty() ? oldPath : newPath;
    file.change = oldPath.isEmpty() ? DraftFileModel::Change::Added
        : newPath.isEmpty()         ? DraftFileModel::Change::Deleted
                                    : DraftFileModel::Change::Modified;
    return file;
}

} // namespace

DraftFileModel::DraftFileModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<DraftFileModel::File> DraftFileModel::filesOf(const DraftDiff &diff)
{
    QList<File> files;
    files.reserve(diff.changeCount());
    for (const QString &patch : diff.diffs)
        files.append(configFile(patch));
    const auto hosting = [&files](const QStringList &paths, Change change) {
        for (const QString &path : paths) {
            File file;
            file.path = QStringLiteral("hosting")
                + (path.startsWith(u'/') ? QString() : QStringLiteral("/")) + path;
            file.change = change;
            file.hosting = true;
            files.append(file);
        }
    };
    hosting(diff.hostingAdded, Change::Added);
    hosting(diff.hostingDeleted, Change::Deleted);
    hosting(diff.hostingModified, Change::Modified);
    return files;
}

QString DraftFileModel::changeName(Change change)
{
    switch (change) {
    case Change::Added:
        return tr("added");
    case Change::Deleted:
        return tr("deleted");
    case Change::Modified:
        break;
    }
    return tr("modified");
}

void DraftFileModel::setDiff(const DraftDiff &diff)
{
    beginResetModel();
    m_files = filesOf(diff);
    m_added = 0;
    m_removed = 0;
    for (const File &file : std::as_const(m_files)) {
        m_added += file.added;
        m_removed += file.removed;
    }
    endResetModel();
}

void DraftFileModel::clear()
{
    setDiff(DraftDiff());
}

int DraftFileModel::rowOf(const QString &path) const
{
    for (int row = 0; row < m_files.size(); ++row) {
        if (m_files.at(row).path == path)
            return row;
    }
    return -1;
}

int DraftFileModel::hostingCount() const
{
    int count = 0;
    for (const File &file : m_files)
        count += file.hosting;
    return count;
}

int DraftFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int DraftFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftFileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const File &file = m_files.at(index.row());
    switch (role) {
    case PathRole:
        return file.path;
    case PatchRole:
        return file.patch;
    case HostingRole:
        return file.hosting;
    default:
        break;
    }
    const bool counted = !file.hosting;
    switch (index.column()) {
    case FileColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return file.path;
        break;
    case ChangeColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return changeName(file.change);
        break;
    case AddedColumn:
        if (role == Qt::DisplayRole)
            return counted ? QStringLiteral("+%1").arg(file.added) : QString();
        if (role == SortRole)
            return file.added;
        if (role == Qt::AccessibleTextRole)
            return tr("%n line(s) added", nullptr, file.added);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RemovedColumn:
        if (role == Qt::DisplayRole)
            return counted ? QStringLiteral("\u2212%1").arg(file.removed) : QString();
        if (role == SortRole)
            return file.removed;
        if (role == Qt::AccessibleTextRole)
            return tr("%n line(s) removed", nullptr, file.removed);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant DraftFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case ChangeColumn:
        return tr("Change");
    case AddedColumn:
        return tr("Added");
    case RemovedColumn:
        return tr("Removed");
    default:
        return {};
    }
}
