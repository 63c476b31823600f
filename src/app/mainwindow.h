#pragma once

#include <panels/panelregistry.h>
#include <session/profile.h>

#include <QHash>
#include <QMainWindow>

class BusyIndicator;
class CommandPalette;
class LocalProfileStarter;
class LoginDialog;
class Panel;
class ProfileStore;
class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class SecretStore;
class Session;
class StatusLabel;
struct ApiError;

//! The console's window: navigation on the left, the current panel on the right, the group and
//! app in the toolbar, who is signed in where in the status bar. It owns the sign-in flow. The
//! panels, their navigation entries, shortcuts and palette entries all come from the panel
//! registry: this class names none of them.
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
    //! The sign-in dialog, made on first use (a --profile start never needs it).
    LoginDialog *loginDialog() const;
    bool isDarkPalette() const;
    const QList<PanelSpec> &panelSpecs() const { return m_specs; }
    //! The panel of this registry id, built now if it was not yet; nullptr for an unknown id.
    Panel *panel(const QString &id);
    //! The panel showing, and its id.
    Panel *currentPanel() const;
    QString currentPanelId() const;
    CommandPalette *commandPalette() const { return m_palette; }

    //! Shows the window, then signs in to --profile or shows the login dialog.
    void start();

public slots:
    void showLogin();
    void signOut();
    void setDarkPalette(bool dark);
    //! Shows the panel of this registry id (building it first when needed). The focus stays
    //! where it is: the navigation list's clicks and arrows go on from the list.
    void showPanel(const QString &id);
    //! Shows the panel and puts the keyboard focus in it, as a key, a command or a link that
    //! leads there does (Go menu, palette, another panel, a notification), so its own keys
    //! (Ctrl+N, Del, Ctrl+F) work at once.
    void goToPanel(const QString &id);
    void openCommandPalette();

protected:
    //! Asks first when a panel holds unsaved work.
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    //! Keeps the login dialog over the window while the window finds its place.
    void moveEvent(QMoveEvent *event) override;

private:
    // mainwindow.cpp
    void createActions();
    void createNavigation();
    //! Sizes and places the window inside its screen's available area.
    void fitInsideScreen();
    void createToolBar();
    void createStatusBar();
    //! Builds one panel still missing per turn of the event loop, after the first paint.
    void buildNextPanel();
    void updateTitle();
    void updateGroups();
    void updateStatus();
    void updateCurrentApp();
    void followSaveAction(Panel *shown);
    void showLastError(const QString &text);

    // mainwindow_signin.cpp
    //! Whether the profile about to be used is the built-in Local one (named, or last used).
    bool localProfileComesFirst() const;
    void signInWith(const Profile &profile, const QString &secret, bool rememberSecret);
    void rememberSecretOf(const QString &profileId, const QString &secret);
    void centreLogin();
    void signInLocal(const Profile &profile);
    void signInByName(const QString &name);
    void onSignedIn();
    void onSignInFailed(const QString &reason);
    void onSessionEnded(const ApiError &error);
    void chooseStartGroup();
    //! Panel::desktopNotification: a tray message when there is a tray, else the status bar.
    void openPanelItem(const QString &panelId, const QString &itemId);
    void notifyDesktop(const QString &panelId, const QString &title, const QString &text,
                       const QString &itemId);

    Options m_options;
    Session *m_session;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    LocalProfileStarter *m_local;
    mutable LoginDialog *m_login = nullptr; //!< see loginDialog()
    bool loginShown() const;
    QList<PanelSpec> m_specs;
    QHash<QString, Panel *> m_panels;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    CommandPalette *m_palette = nullptr;
    bool m_closeConfirmed = false;
    //! A new profile's secret to remember once its first sign-in works (never written before).
    QString m_pendingSecret;
    QPoint m_loginPlacedAt; //!< where centreLogin() put the dialog, to tell a user's move
    bool m_buildingQueued = false;
    int m_buildWaits = 0; //!< 100 ms turns buildNextPanel() waited for the start to settle
    QComboBox *m_groupCombo = nullptr;
    StatusLabel *m_appLabel = nullptr;
    QLabel *m_tagLabel = nullptr;
    QAction *m_tagAction = nullptr; // a toolbar shows and hides its widgets through these
    StatusLabel *m_userLabel = nullptr;
    StatusLabel *m_errorLabel = nullptr;
    BusyIndicator *m_activity = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_saveAction = nullptr; //!< File > Save: the shown panel's saveAction()
    QMetaObject::Connection m_saveFollower;
    QAction *m_darkAction = nullptr;
    class QSystemTrayIcon *m_tray = nullptr; //!< made on the first notification, with a tray
    QString m_notifiedPanel; //!< what a click on the last tray message opens
    QString m_notifiedItem;
};
