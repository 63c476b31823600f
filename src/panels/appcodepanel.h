#pragma once

#include "panel.h"

#include <models/appcode/appcompare.h>
#include <models/appcode/apppush.h>
#include <session/profile.h>

#include <QDialog>
#include <QPointer>

class ApiClient;
class AppCodeWatch;
class AppReader;
class PromoteTarget;
class QCheckBox;
class ErrorBanner;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class ReviewView;
class StatusLabel;

//! App as code: pull the current app to a folder (export layout, stable JSON), compare a folder
//! with the app in the Deploy panel's review view, push the folder as a draft (or list the calls
//! a push would make), and compare / promote the current app to another app: of the group, or of
//! another profile through a second sign-in of its own (PromoteTarget), whose draft is then
//! reviewed and deployed in a Deploy panel on that sign-in (so a production target asks for the
//! typed app name).
class AppCodePanel : public Panel
{
    Q_OBJECT
public:
    explicit AppCodePanel(Session *session, QWidget *parent = nullptr);
    ~AppCodePanel() override;

    // For tests.
    void setFolder(const QString &folder);
    QString folder() const;
    ReviewView *reviewView() const { return m_review; }
    QString summaryText() const;
    QString callsText() const;
    const appcode::Comparison &comparison() const { return m_comparison; }
    bool isBusy() const { return m_busy; }
    QComboBox *targetCombo() const { return m_target; }
    QComboBox *profileCombo() const { return m_profile; }
    PromoteTarget *promoteTarget() const { return m_remote; }
    //! The window reviewing the target's draft after a promote to another profile, or null.
    QDialog *targetReview() const { return m_targetReview; }
    AppCodeWatch *watch() const { return m_watch; }
    QCheckBox *watchBox() const { return m_watchBox; }
    QString watchText() const;
    //! Watch mode is for a Local-profile app (the built-in Local profile, or a loopback server).
    bool canWatch() const;

public slots:
    void refresh() override;
    void focusFilter() override;
    void pull();
    void compareFolder();
    void compareWithApp();
    void dryRun();
    void push();
    //! After a promote: makes the target the current app and opens its draft's review.
    void reviewOnTarget();

protected:
    void reloadForContext() override;

private:
    void buildUi();
    void chooseFolder();
    void pullInto(const QString &root, const QHash<QString, QString> &have);
    QString groupId() const;
    void setBusy(bool busy, const QString &text = {});
    void readApp(ApiClient *client, const QString &group, const QString &appId, bool withContents,
                 std::function<void(const appcode::Snapshot &)> done,
                 const QHash<QString, QString> &have = {});
    void showComparison(const QString &title);
    void updateState();
    void fillTargets();
    void setWatching(bool on);
    // Promote to another profile (appcodepanel_promote.cpp).
    void fillProfiles();
    void onProfileChosen();
    void askTargetSecret(const Profile &profile, const QString &reason);
    void fillRemoteTargets();
    bool targetIsRemote() const;
    QString remoteTargetText() const;
    //! The target app's name, with its profile's when that is not the window's.
    QString targetLabel() const;
    ApiClient *targetClient() const;
    QString targetGroupId() const;
    void openTargetReview();
    void closeTargetReview();

    ErrorBanner *m_banner;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QPushButton *m_pull;
    QPushButton *m_compare;
    QComboBox *m_profile;
    QComboBox *m_target;
    QPushButton *m_compareApp;
    QPushButton *m_dryRun;
    QPushButton *m_push;
    QPushButton *m_reviewTarget;
    StatusLabel *m_summary;
    ReviewView *m_review;
    QPlainTextEdit *m_calls;
    QCheckBox *m_watchBox;
    StatusLabel *m_watchLabel;
    AppCodeWatch *m_watch;
    PromoteTarget *m_remote;
    QPointer<QDialog> m_targetReview;

    QPointer<AppReader> m_reader;
    QPointer<AppPusher> m_pusher;
    bool m_busy = false;
    bool m_compared = false;
    QString m_targetAppId; //!< the app a push changes
    QString m_targetGroup; //!< its group
    bool m_targetOnRemote = false; //!< in m_remote's profile, not the window's
    QString m_targetName;
    appcode::Snapshot m_current; //!< the target as compared
    appcode::Snapshot m_wanted; //!< the folder, or the app promoted from
    appcode::Comparison m_comparison;
};
