#pragma once

#include <session/profile.h>

#include <QMainWindow>

class AppsPanel;
class FunctionsPanel;
class BusyIndicator;
class LocalProfileStarter;
class LogsPanel;
class LoginDialog;
class Panel;
class QListWidgetItem;
class ProfileStore;
class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class SecretStore;
class Session;
struct ApiError;

//! The console's window: navigation on the left, the current panel on the right, the group and
//! app in the toolbar, who is signed in where in the status bar. It owns the sign-in flow.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        QString profileName; //!< --profile: sign in to it straight away
        QString localDataDir; //!< --local-data: the Local profile's store
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    AppsPanel *appsPanel() const { return m_appsPanel; }
    //! Built just after the first paint; asking earlier builds them at once.
    FunctionsPanel *functionsPanel();
    LogsPanel *logsPanel();
    LoginDialog *loginDialog() const { return m_login; }
    bool isDarkPalette() const;

    //! Shows the window, then signs in to --profile or shows the login dialog.
    void start();

public slots:
    void showLogin();
    void signOut();
    void setDarkPalette(bool dark);

protected:
    //! Asks first when a function buffer is unsaved.
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // mainwindow.cpp
    void createActions();
    void createNavigation();
    void createToolBar();
    void createStatusBar();
    Panel *currentPanel() const;
    void createDeferredPanels();
    void updateTitle();
    void updateGroups();
    void updateStatus();
    void showLastError(const QString &text);

    // mainwindow_signin.cpp
    //! Whether the profile about to be used is the built-in Local one (named, or last used).
    bool localProfileComesFirst() const;
    void signInWith(const Profile &profile, const QString &secret, bool rememberSecret);
    void signInLocal(const Profile &profile);
    void signInByName(const QString &name);
    void onSignedIn();
    void onSignInFailed(const QString &reason);
    void onSessionEnded(const ApiError &error);
    void chooseStartGroup();

    Options m_options;
    Session *m_session;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    LocalProfileStarter *m_local;
    LoginDialog *m_login;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    AppsPanel *m_appsPanel = nullptr;
    FunctionsPanel *m_functionsPanel = nullptr;
    bool m_closeConfirmed = false;
    LogsPanel *m_logsPanel = nullptr;
    QListWidgetItem *m_functionsItem = nullptr;
    QListWidgetItem *m_logsItem = nullptr;
    QComboBox *m_groupCombo = nullptr;
    QLabel *m_appLabel = nullptr;
    QLabel *m_tagLabel = nullptr;
    QAction *m_tagAction = nullptr; // a toolbar shows and hides its widgets through these
    QLabel *m_userLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    BusyIndicator *m_activity = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_darkAction = nullptr;
};
