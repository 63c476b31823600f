#pragma once

#include <api/logtypes.h>
#include <models/logarchive.h>

#include <QFutureWatcher>
#include <QWidget>

class ApiClient;
class LogArchiveModel;
class LogArchiveSync;
class LogHistogram;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

//! The Logs panel's archive mode: full-text search (FTS5 syntax) over every entry the console
//! has kept for the app, with the panel's filters; sync with progress and cancel, an optional
//! background sync, the archive's histogram, export of the result and the manage dialog.
class LogArchiveView : public QWidget
{
    Q_OBJECT
public:
    LogArchiveView(ApiClient *client, LogArchive *archive, QWidget *parent = nullptr);
    ~LogArchiveView() override;

    LogArchiveModel *model() const { return m_model; }
    LogArchiveSync *sync() const { return m_sync; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    //! "2,413 matches in 12 ms", or why there are none.
    QString resultText() const;
    bool isExporting() const { return m_export.isRunning(); }
    //! What the archive holds, for the panel's status line: "Archive: 1,000,009 entries".
    QString summary() const { return m_summary; }

public slots:
    void setApp(const QString &groupId, const QString &appId);
    void setFilter(const LogFilter &filter);
    //! Runs the search text and filter now (typing waits a moment first).
    void search();
    void startSync(bool everything);
    void exportResultTo(const QString &filePath);
    void exportResult();
    void openManageDialog();
    void setBackgroundSync(bool on);

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void exportFinished(bool ok, const QString &filePath);
    void statusMessage(const QString &message);
    void summaryChanged(const QString &summary);

private:
    void buildLayout();
    void onStateChanged(LogArchive::State state);
    void onSyncProgress(qint64 done, qint64 total, qint64 oldestMs);
    void onSyncFinished(bool complete, const QString &message);
    void updateResult();
    void updateButtons();
    void showDetails();
    void showBanner(const QString &text, bool offerRecreate = false);
    void scheduleHistogram();
    void updateSummary();

    LogArchive *m_archive;
    LogArchiveModel *m_model;
    LogArchiveSync *m_sync;
    QString m_groupId;
    QString m_appId;
    LogFilter m_filter;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_syncButton = nullptr;
    QPushButton *m_everythingButton = nullptr;
    QCheckBox *m_backgroundCheck = nullptr;
    QPushButton *m_manageButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerLabel = nullptr;
    QPushButton *m_recreateButton = nullptr;
    QWidget *m_syncBox = nullptr;
    QLabel *m_syncLabel = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    LogHistogram *m_histogram = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QTimer *m_searchTimer;
    QTimer *m_backgroundTimer;
    QTimer *m_refreshTimer; //!< new entries written: the result is run again, at most this often
    QFutureWatcher<QString> m_export;
    QString m_exportPath;
    QString m_summary;
    int m_exportCount = 0;
};
