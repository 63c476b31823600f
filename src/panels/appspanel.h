#pragma once

#include "panel.h"

#include <api/apijob.h>
#include <api/types.h>

#include <QPointer>

#include <memory>

class AppListModel;
class ListFilterProxy;
class Session;

namespace Ui {
class AppsPanel;
}

//! The apps of the current group: list, filter, create, delete, export; selecting one makes it
//! the session's current app.
class AppsPanel : public Panel
{
    Q_OBJECT
public:
    explicit AppsPanel(Session *session, QWidget *parent = nullptr);
    ~AppsPanel() override;

    AppListModel *model() const { return m_model; }
    bool isExporting() const { return m_exportJob || m_writing; }
    //! The palette's item: makes the app current and selects its row.
    void openItem(const QString &appId) override;

public slots:
    void refresh() override;
    void focusFilter() override;
    void createApp();
    void deleteSelectedApp();
    //! Asks where to save the selected app's export.
    void exportSelectedApp();
    //! Exports the selected app to filePath without asking (the dialog's answer lands here).
    void exportSelectedAppTo(const QString &filePath);
    void cancelExport();

signals:
    //! An export finished: ok with the file written, or not (the banner says why).
    void exportFinished(bool ok, const QString &filePath);

protected:
    void reloadForContext() override;

private:
    App selectedApp() const;
    QString lastAppKey() const;
    //! With no current app: the app to select when the list arrives (last used, or the only one).
    QString appToOpenFirst() const;
    void updateActions();
    void onSelectionChanged();
    void onCreateAccepted(const NewApp &app);
    void removeApp(const App &app);
    void onExportDownloaded(ApiJob *job, const QString &filePath);
    void endExport(bool ok, const QString &filePath);

    std::unique_ptr<Ui::AppsPanel> m_ui;
    Session *m_session;
    AppListModel *m_model;
    ListFilterProxy *m_proxy;
    QPointer<ApiJob> m_exportJob;
    bool m_writing = false;
    int m_pendingCalls = 0;
    QString m_selectAfterReload;
};
