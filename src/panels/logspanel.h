#pragma once

#include "panel.h"

#include <api/apierror.h>
#include <api/logtypes.h>
#include <models/logexport.h>

#include <QFutureWatcher>

#include <memory>

class JsonTreeModel;
class LogArchive;
class LogArchiveView;
class LogModel;
class QPushButton;
class QMenu;
class QTimer;
class Session;

namespace Ui {
class LogsPanel;
}

//! The current app's logs: a paged table with filters, search, live tail, export, a histogram
//! of the loaded range and a detail pane for the selected entry.
class LogsPanel : public Panel
{
    Q_OBJECT
public:
    explicit LogsPanel(Session *session, QWidget *parent = nullptr);
    ~LogsPanel() override;

    LogModel *model() const { return m_model; }
    //! The app's log archive, which every page fetched here is written to.
    LogArchive *archive() const { return m_archive; }
    LogArchiveView *archiveView() const { return m_archiveView; }
    bool isArchiveMode() const;
    //! The filter the controls describe.
    LogFilter filterFromControls() const;
    bool isExporting() const { return m_export.isRunning(); }
    //! "trigger:<name>": the runs of that trigger (trigger entries, searched for its name);
    //! "function:<name>": every entry searched for that function's name.
    void openItem(const QString &id) override;

protected:
    //! Another app, or new entries written elsewhere (a run in the Functions panel).
    void reloadForContext() override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

public slots:
    void refresh() override;
    void focusFilter() override;
    //! Sets the controls to filter and reloads.
    void applyFilter(const LogFilter &filter);
    void filterByUser(const QString &userId);
    void filterByRequest(const QString &coId);
    void clearFilters();
    void nextMatch();
    void previousMatch();
    //! Asks for a file and a format, then exports the selection (or everything loaded).
    void exportEntries();
    //! Exports without asking; CSV when filePath ends in .csv, JSON Lines otherwise.
    void exportEntriesTo(const QString &filePath);
    void cancelExport();
    //! Shows the archive's search (on) or the service's pages (off).
    void setArchiveMode(bool on);

signals:
    void exportFinished(bool ok, const QString &filePath);

private:
    // logspanel.cpp
    void setUpTable();
    void setUpFilters();
    void setUpShortcuts();
    void scheduleFilter();
    void updateTypeButton();
    void updateStatus();
    void scheduleHistogram();
    void onRowsAboutToBeInserted(int first, int last);
    void onRowsInserted(int first, int last);
    // logspanel_detail.cpp
    void showDetails();
    //! Double-click or Enter on an entry: the detail pane opens (if the user had closed it)
    //! and takes the focus.
    void openDetails();
    //! The detail pane's default share: a third of the width, never less than is readable.
    void giveDetailsDefaultWidth();
    void onDetailLink(const QUrl &url);
    // logspanel_live.cpp
    void onTailingChanged(bool on);
    void onTailPolled();
    void onTailPollFailed(const ApiError &error);
    void updateLiveIndicator();
    // logspanel_archive.cpp
    void setUpArchive();
    void openArchiveForContext();
    // logspanel_export.cpp
    void onLoadAllChanged(bool running);
    void onLoadAllProgress(int rows, qint64 oldestMs);
    void onExportDone();

    std::unique_ptr<Ui::LogsPanel> m_ui;
    Session *m_session;
    LogModel *m_model;
    JsonTreeModel *m_callModel;
    LogArchive *m_archive = nullptr;
    LogArchiveView *m_archiveView = nullptr;
    QPushButton *m_archiveButton = nullptr;
    QWidget *m_archiveSpacer = nullptr;
    QMenu *m_typeMenu;
    QTimer *m_filterTimer;
    QTimer *m_histogramTimer;
    bool m_settingControls = false;
    int m_scrollBefore = 0;
    QFutureWatcher<QString> m_export;
    QString m_exportPath;
    int m_exportCount = 0;
    bool m_detailWidthChosen = false; //!< restored from the settings, or set once shown
    // The live tail's last poll: when it ended, and its error if it failed.
    QDateTime m_lastTailPoll;
    ApiError m_tailError;
};
