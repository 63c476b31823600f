#include "runcasemodel.h"
#include "runcasestore.h"

#include <session/session.h>

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// Where the App as code panel remembers its folder (appcodepanel.cpp).
const char *const kAppCodeFolderKey = "appCode/folder";
} // namespace

RunCaseModel *RunCaseModel::of(Session *session)
{
    if (auto *existing = session->findChild<RunCaseModel *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *model = new RunCaseModel(QString(), session);
    auto follow = [model, session] {
        const App app = session->currentApp();
        if (app.id != model->appId())
            model->setApp(app.id, app.name);
    };
    connect(session, &Session::currentAppChanged, model, follow);
    follow();
    return model;
}

RunCaseModel::RunCaseModel(const QString &directory, QObject *parent)
    : QAbstractTableModel(parent)
    , m_directory(directory.isEmpty()
                      ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(QStringLiteral("cases"))
                      : directory)
{
    m_pool.setMaxThreadCount(1);
}

RunCaseModel::~RunCaseModel()
{
    // Changes still waiting reach the disk before the console exits (a few small files).
    if (m_dirty)
        writeNow();
    m_pool.waitForDone();
}

void RunCaseModel::setDirectory(const QString &directory)
{
    m_directory = directory;
    load();
}

void RunCaseModel::setMirrorFolder(const QString &folder)
{
    m_mirrorFolder = folder;
    m_mirrorSet = true;
}

QString RunCaseModel::mirrorFolder() const
{
    return m_mirrorSet ? m_mirrorFolder
                       : QSettings().value(QLatin1String(kAppCodeFolderKey)).toString();
}

void RunCaseModel::setApp(const QString &appId, const QString &appName)
{
    m_appId = appId;
    m_appName = appName;
    load();
}

void RunCaseModel::load()
{
    if (m_dirty)
        writeNow(); // the previous app's (or folder's) changes go where they belong first
    const int serial = ++m_loadSerial;
    beginResetModel();
    m_cases.clear();
    m_loaded = false;
    endResetModel();
    if (m_appId.isEmpty())
        return;
    QtConcurrent::run(&m_pool, runcasestore::load, m_directory, m_appId, mirrorFolder(), m_appName)
        .then(this, [this, serial](const runcasestore::LoadResult &result) {
            if (serial != m_loadSerial)
                return; // another app (or folder) since
            beginResetModel();
            m_cases = result.cases;
            m_loaded = true;
            m_lastError = result.error;
            endResetModel();
            emit loaded();
            if (result.fromMirror)
                save(); // into the console's data too
        });
}

void RunCaseModel::save()
{
    m_dirty = true;
    if (m_writesInFlight == 0)
        writeNow();
}

void RunCaseModel::writeNow()
{
    m_dirty = false;
    if (m_appId.isEmpty())
        return;
    ++m_writesInFlight;
    QtConcurrent::run(&m_pool, runcasestore::save, m_directory, m_appId, m_cases, mirrorFolder(),
                      m_appName)
        .then(this, [this](const QString &error) {
            --m_writesInFlight;
            if (!error.isEmpty())
                m_lastError = error;
            emit saved(error);
            if (m_dirty && m_writesInFlight == 0)
                writeNow();
        });
}

int RunCaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int RunCaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunCaseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RunCase &c = m_cases.at(index.row());
    if (role == CaseIdRole)
        return c.id;
    if (role == FunctionRole)
        return c.function;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case NameColumn:
        return c.name;
    case FunctionColumn:
        return c.function;
    case RunAsColumn:
        return c.runsAsSystem() ? tr("System") : (c.userLabel.isEmpty() ? c.userId : c.userLabel);
    case ExpectationColumn:
        return c.expectationText();
    }
    return QVariant();
}

QVariant RunCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Case");
    case FunctionColumn:
        return tr("Function");
    case RunAsColumn:
        return tr("Run as");
    case ExpectationColumn:
        return tr("Expectation");
    }
    return QVariant();
}

QList<RunCase> RunCaseModel::casesOf(const QString &function) const
{
    QList<RunCase> out;
    for (const RunCase &c : m_cases) {
        if (c.function == function)
            out.append(c);
    }
    return out;
}

int RunCaseModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_cases.size(); ++row) {
        if (m_cases.at(row).id == id)
            return row;
    }
    return -1;
}

bool RunCaseModel::hasName(const QString &function, const QString &name,
                           const QString &exceptId) const
{
    for (const RunCase &c : m_cases) {
        if (c.function == function && c.id != exceptId
            && c.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString RunCaseModel::addCase(RunCase runCase)
{
    if (runCase.id.isEmpty())
        runCase.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const int row = int(m_cases.size());
    beginInsertRows(QModelIndex(), row, row);
    m_cases.append(runCase);
    endInsertRows();
    save();
    return runCase.id;
}

bool RunCaseModel::updateCase(const RunCase &runCase)
{
    const int row = rowOf(runCase.id);
    if (row < 0)
        return false;
    m_cases[row] = runCase;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    save();
    return true;
}

void RunCaseModel::removeCase(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_cases.removeAt(row);
    endRemoveRows();
    save();
}

void RunCaseModel::renameFunction(const QString &from, const QString &to)
{
    bool changed = false;
    for (int row = 0; row < m_cases.size(); ++row) {
        if (m_cases.at(row).function == from) {
            m_cases[row].function = to;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            changed = true;
        }
    }
    if (changed)
        save();
}
