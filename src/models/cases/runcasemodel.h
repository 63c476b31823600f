#pragma once

#include "runcase.h"

#include <QAbstractTableModel>
#include <QThreadPool>

class Session;

//! The run cases of the current app, one row per case (of every function), kept on disk by
//! runcasestore on a worker thread: loaded when the app changes, saved after every change, in
//! the order the changes were made. Shared by the Functions and Deploy panels through of().
class RunCaseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, FunctionColumn, RunAsColumn, ExpectationColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, FunctionRole };

    //! The session's model, following its current app; made on first use, in the default folder.
    static RunCaseModel *of(Session *session);

    //! An empty directory means QStandardPaths::AppDataLocation + "/cases".
    explicit RunCaseModel(const QString &directory = QString(), QObject *parent = nullptr);
    ~RunCaseModel() override;

    QString directory() const { return m_directory; }
    //! Changes the folder and reads the current app's cases from it.
    void setDirectory(const QString &directory);
    //! The app-as-code folder to keep copies in; by default the App as code panel's folder
    //! (read at each load and save). An empty folder after setMirrorFolder: no copies.
    void setMirrorFolder(const QString &folder);
    QString mirrorFolder() const;

    //! Loads the cases of this app (asynchronously: loaded() says when).
    void setApp(const QString &appId, const QString &appName);
    QString appId() const { return m_appId; }
    QString appName() const { return m_appName; }
    bool isLoaded() const { return m_loaded; }
    //! Whether changes are still on their way to the disk.
    bool isSaving() const { return m_writesInFlight > 0 || m_dirty; }
    //! Why the last load or save failed; empty when it did not.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QList<RunCase> cases() const { return m_cases; }
    QList<RunCase> casesOf(const QString &function) const;
    RunCase caseAt(int row) const { return m_cases.value(row); }
    RunCase caseById(const QString &id) const { return m_cases.value(rowOf(id)); }
    int rowOf(const QString &id) const;
    //! Whether another case of the same function has this name (ignoring exceptId).
    bool hasName(const QString &function, const QString &name,
                 const QString &exceptId = QString()) const;

    //! Adds the case (giving it an id when it has none) and saves; returns its id.
    QString addCase(RunCase runCase);
    //! Replaces the case with the same id and saves; false when there is none.
    bool updateCase(const RunCase &runCase);
    void removeCase(const QString &id);
    //! Moves the cases of a renamed function along.
    void renameFunction(const QString &from, const QString &to);

signals:
    //! The current app's cases are read (or could not be: lastError()).
    void loaded();
    //! A save reached the disk (error empty) or failed.
    void saved(const QString &error);

private:
    void load();
    //! Marks the cases changed: written now, or when the write in flight is done (a burst of
    //! changes, such as deleting many cases, makes one or two writes, not one each).
    void save();
    void writeNow();

    QString m_directory;
    QString m_mirrorFolder;
    bool m_mirrorSet = false;
    QString m_appId;
    QString m_appName;
    QList<RunCase> m_cases;
    bool m_loaded = false;
    QString m_lastError;
    int m_loadSerial = 0;
    int m_writesInFlight = 0;
    bool m_dirty = false;
    // One thread: saves land in the order made, and a load after a save reads what it wrote.
    QThreadPool m_pool;
};
