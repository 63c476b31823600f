#pragma once

#include "panel.h"

#include <api/hostingcalls.h>
#include <models/hostingsync.h>
#include <models/hostingtransfer.h>

#include <QPointer>

#include <functional>

class AssetTreeModel;
class BusyIndicator;
class CallChain;
class ErrorBanner;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTimer;
class QTreeView;
class SyncPlanModel;
class TransferReportModel;
class QUrl;

//! The current app's static hosting: a tree of the hosted files with a preview (images and
//! text, fetched from each file's url), upload of files and folders (dialog or drop) with a
//! batch progress bar, cancel and a per-file report, a sync of a local folder that sends only
//! what changed, and the edits: attributes, new folder, move (also by dragging in the tree), copy,
//! delete, cache invalidation.
class HostingPanel : public Panel
{
    Q_OBJECT
public:
    explicit HostingPanel(Session *session, QWidget *parent = nullptr);
    ~HostingPanel() override;

    //! How often a running batch's progress bar and label are brought up to date at most.
    static constexpr int ProgressIntervalMs = 50;

    AssetTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    //! The batch in progress or last run; nullptr before the first.
    HostingTransfer *transfer() const { return m_transfer; }
    const SyncPlan &plan() const { return m_plan; }
    SyncPlanModel *planModel() const { return m_planModel; }
    QTreeView *planList() const { return m_planList; }
    bool hasPlan() const { return m_planReady; }
    QString selectedPath() const;
    //! The folder new things go into: the selected folder, the selected file's folder, or "/".
    QString currentFolder() const;
    void openItem(const QString &path) override;
    bool hasUnsavedChanges() const override;

public slots:
    void refresh() override;
    void focusFilter() override;
    void selectPath(const QString &path);

    //! Uploads local files and folders (a folder keeps its name: /into/<folder>/...) into folder.
    void uploadLocal(const QStringList &localPaths, const QString &folder);
    void askUploadFiles();
    void askUploadFolder();
    //! Scans and hashes localFolder off the UI thread, compares it with the server and shows
    //! the plan; startSync() carries it out.
    void planSync(const QString &localFolder, const QString &remoteFolder);
    void askSync();
    void startSync();
    void discardPlan();
    void cancelTransfer();
    void setStopOnError(bool stop);
    void setDeleteGone(bool remove);

    void createFolder(const QString &folderPath);
    void askNewFolder();
    void moveAsset(const QString &from, const QString &to);
    void copyAsset(const QString &from, const QString &to);
    void askRename();
    void askCopy();
    void deletePaths(const QStringList &paths);
    //! Asks (ConfirmDialog, with the number of files a folder holds), then deletes.
    void deleteSelected();
    void setAttributes(const QString &path, const AssetAttributes &attrs);
    void askAttributes();
    void invalidateCache();
    void openInBrowser();
    void copyUrl();

signals:
    //! The preview shows the selected file (or says why it cannot).
    void previewShown();
    //! A sync plan is ready to look at.
    void planReady();
    //! A batch is about to start (its first file goes out on the next turn of the event loop).
    void transferStarted(HostingTransfer *transfer);
    //! A batch ended; its report is in the outcome list.
    void transferFinished();

protected:
    void reloadForContext() override;

private:
    void buildLayout();
    void updateActions();
    void updateCount();
    void onCurrentChanged();
    void showPreviewText(const QString &text);
    void showPlan(const SyncPlan &plan);
    void runBatch(const QList<HostingTransfer::Item> &items, const QString &title);
    void onTransferProgress();
    void onTransferItem(int index);
    void onTransferFinished();
    void onMoveRequested(const QStringList &paths, const QString &folder, bool copy);
    void track(CallChain *chain, const QString &done, const QString &selectAfter = QString());
    void askPath(const QString &title, const QString &label, const QString &initial,
                 std::function<void(const QString &)> done);
    //! Shows why a typed path is refused; true when it is fine.
    bool checkPath(const QString &path);
    QString groupId() const;
    QString appId() const;

    AssetTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTreeView *m_tree;
    QPushButton *m_uploadFiles;
    QPushButton *m_uploadFolder;
    QPushButton *m_sync;
    QPushButton *m_newFolder;
    QPushButton *m_rename;
    QPushButton *m_copy;
    QPushButton *m_delete;
    QPushButton *m_attributes;
    QPushButton *m_invalidate;
    QPushButton *m_open;
    QPushButton *m_copyUrl;
    QPushButton *m_refresh;
    BusyIndicator *m_busy;
    ErrorBanner *m_banner;
    QLabel *m_previewTitle;
    QStackedWidget *m_previewStack;
    QLabel *m_image;
    QPlainTextEdit *m_text;
    QLabel *m_previewHint;
    QLabel *m_details;
    QGroupBox *m_planBox;
    QLabel *m_planSummary;
    SyncPlanModel *m_planModel;
    QTreeView *m_planList;
    QCheckBox *m_deleteGone;
    QPushButton *m_startSync;
    QPushButton *m_discardPlan;
    QGroupBox *m_transferBox;
    QLabel *m_transferLabel;
    QTimer *m_progressTimer;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QCheckBox *m_stopOnError;
    QTreeView *m_outcomes;
    TransferReportModel *m_report;
    QPushButton *m_closeReport;

    QPointer<HostingTransfer> m_transfer;
    QPointer<ApiJob> m_previewJob;
    SyncPlan m_plan;
    bool m_planReady = false;
    bool m_planning = false;
    QString m_planFolder;
    quint64 m_scanGeneration = 0;
    int m_pendingCalls = 0;
    QString m_selectAfterReload;
};
