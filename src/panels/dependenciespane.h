#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

class ApiJob;
class BusyIndicator;
class DependencyListModel;
class ErrorBanner;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class Session;

//! The app's uploaded node_modules, as the Functions panel's Dependencies… shows them: the
//! packages (name, version), and an upload of an archive (.zip, .tar, .tar.gz, .tgz) with its
//! progress, then the outcome of the deployment the server makes of it (unpacked, or failed and
//! why). Nothing here waits: the upload streams from disk, the outcome is polled.
class DependenciesPane : public QWidget
{
    Q_OBJECT
public:
    explicit DependenciesPane(Session *session, QWidget *parent = nullptr);
    ~DependenciesPane() override;

    DependencyListModel *model() const { return m_model; }
    QPushButton *uploadButton() const { return m_upload; }
    QPushButton *refreshButton() const { return m_refresh; }
    QProgressBar *progress() const { return m_progress; }
    //! What the last upload came to: "Uploading…", "Unpacking…", "Installed …", "Failed: …".
    QLabel *status() const { return m_status; }
    bool isUploading() const { return m_uploading; }

    void setApp(const QString &groupId, const QString &appId);

public slots:
    void refresh();
    //! Asks for an archive with a file dialog (not modal), then uploads it.
    void chooseFile();
    void uploadFile(const QString &localFile);

signals:
    //! The package list was loaded again (after an upload, a refresh, another app).
    void packagesChanged(const QStringList &names);

private:
    void startUpload(const QString &localFile, const QSet<QString> &known);
    void pollDeployment(const QSet<QString> &known, int attempt);
    void finishUpload(const QString &status, bool failed);
    void updateActions();

    Session *m_session;
    DependencyListModel *m_model;
    QLabel *m_hint;
    QTableView *m_table;
    QPushButton *m_upload;
    QPushButton *m_refresh;
    QProgressBar *m_progress;
    QLabel *m_status;
    BusyIndicator *m_busy;
    ErrorBanner *m_banner;
    QTimer *m_poll;
    QPointer<ApiJob> m_job;
    bool m_uploading = false;
};
