#include "mainwindow.h"
#include "localprofilestarter.h"
#include "logindialog.h"
#include "theme.h"

#include <api/apiclient.h>
#include <models/applistmodel.h>
#include <panels/appspanel.h>
#include <panels/functionspanel.h>
#include <panels/logspanel.h>
#include <session/profilestore.h>
#include <session/secretstore.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/editor/codeeditor.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_session(new Session(this))
    , m_profiles(new ProfileStore(nullptr, this))
    , m_secrets(new SecretStore(QStringLiteral("stitch-console"), this))
    , m_local(new LocalProfileStarter(this))
    , m_login(new LoginDialog(m_profiles, m_secrets, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/stitch-console.svg")));
    m_local->setDataDir(options.localDataDir);
    theme::apply(theme::savedDark());

    createNavigation();
    createActions();
    createToolBar();
    createStatusBar();

    connect(m_login, &LoginDialog::signInRequested, this, &MainWindow::signInWith);
    connect(m_session, &Session::signedIn, this, &MainWindow::onSignedIn);
    connect(m_session, &Session::signInFailed, this,
            [this](const ApiError &error) { onSignInFailed(error.summary()); });
    connect(m_session, &Session::sessionEnded, this, &MainWindow::onSessionEnded);
    connect(m_session, &Session::signedOut, this, [this] {
        updateGroups();
        updateStatus();
        updateTitle();
    });
    connect(m_session, &Session::stateChanged, this, &MainWindow::updateStatus);
    connect(m_session, &Session::currentGroupChanged, this, &MainWindow::updateGroups);
    connect(m_session, &Session::currentAppChanged, this, [this](const App &app) {
        m_appLabel->setText(app.isNull() ? tr("No app selected") : app.name);
        m_appLabel->setToolTip(app.isNull() ? QString()
                                            : tr("Client app ID: %1").arg(app.clientAppId));
    });
    connect(m_session->client(), &ApiClient::activeCallsChanged, this,
            [this](int count) { m_activity->setRunning(count > 0); });
    connect(m_appsPanel->model(), &AppListModel::errorOccurred, this,
            [this](const ApiError &error) { showLastError(error.summary()); });
    connect(m_appsPanel, &AppsPanel::exportFinished, this, [this](bool ok, const QString &path) {
        if (ok)
            statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)),
                                     8000);
    });

    resize(1100, 700);
    updateTitle();
    updateGroups();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setMaximumWidth(200);
    m_navigation->setSpacing(2);
    m_stack = new QStackedWidget(this);
    m_stack->setAccessibleName(tr("Current section"));
    // Only the Apps panel is built before the first paint; the others follow right after it
    // (createDeferredPanels), so start-up does not wait for their editors and tables.
    m_appsPanel = new AppsPanel(m_session, m_stack);
    m_stack->addWidget(m_appsPanel);

    auto *apps = new QListWidgetItem(tr("Apps"), m_navigation);
    apps->setToolTip(tr("Create, delete and export the apps of the current group"));
    apps->setData(Qt::UserRole, m_stack->indexOf(m_appsPanel));
    const QStringList later { tr("Functions"), tr("Triggers"), tr("Hosting"),  tr("Logs"),
                              tr("Values"),    tr("Users"),    tr("Services"), tr("Auth Providers"),
                              tr("Push"),      tr("API Keys"), tr("Security"), tr("Deploy") };
    for (const QString &name : later) {
        auto *item = new QListWidgetItem(name, m_navigation);
        if (name == tr("Functions")) {
            item->setToolTip(tr("Edit, save and test-run the functions of the current app"));
            m_functionsItem = item;
            continue;
        }
        if (name == tr("Logs")) {
            item->setToolTip(tr("Browse, filter, tail and export the current app's logs"));
            m_logsItem = item;
            continue;
        }
        item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        item->setToolTip(tr("Coming in a later release"));
    }
    m_navigation->setCurrentItem(apps);
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && (item == m_functionsItem || item == m_logsItem))
            createDeferredPanels();
        const QVariant index = item ? item->data(Qt::UserRole) : QVariant();
        if (index.isValid())
            m_stack->setCurrentIndex(index.toInt());
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 170, 900 });
    setCentralWidget(splitter);
}

void MainWindow::createDeferredPanels()
{
    if (m_functionsPanel)
        return;
    m_functionsPanel = new FunctionsPanel(m_session, QString(), m_stack);
    m_stack->addWidget(m_functionsPanel);
    m_functionsItem->setData(Qt::UserRole, m_stack->indexOf(m_functionsPanel));
    m_logsPanel = new LogsPanel(m_session, m_stack);
    m_stack->addWidget(m_logsPanel);
    m_logsItem->setData(Qt::UserRole, m_stack->indexOf(m_logsPanel));
}

FunctionsPanel *MainWindow::functionsPanel()
{
    createDeferredPanels();
    return m_functionsPanel;
}

LogsPanel *MainWindow::logsPanel()
{
    createDeferredPanels();
    return m_logsPanel;
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    // After this paint, not inside it: the deferred panels are built on the next turn.
    if (!m_functionsPanel)
        QTimer::singleShot(0, this, &MainWindow::createDeferredPanels);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeConfirmed || !m_functionsPanel || !m_functionsPanel->hasUnsavedChanges()) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
                                tr("Some functions have changes that are not saved on the server."),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("closeWindowQuestion"));
    box->setInformativeText(tr("Discard them and close the window?"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Discard)
            return;
        m_functionsPanel->discardAll();
        m_closeConfirmed = true;
        close();
    });
    box->open();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_signInAction = file->addAction(tr("Sign &In…"), this, &MainWindow::showLogin);
    m_signOutAction = file->addAction(tr("Sign &Out"), this, &MainWindow::signOut);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        if (Panel *panel = currentPanel())
            panel->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    // A code editor has its own Ctrl+F (find in the text); two owners of one key would make Qt
    // fire neither, so the window's yields while an editor has the focus.
    connect(qApp, &QApplication::focusChanged, find, [find](QWidget *, QWidget *now) {
        bool inEditor = false;
        for (QWidget *widget = now; widget && !inEditor; widget = widget->parentWidget())
            inEditor = qobject_cast<CodeEditor *>(widget) != nullptr;
        find->setShortcut(inEditor ? QKeySequence() : QKeySequence(QKeySequence::Find));
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        if (Panel *panel = currentPanel())
            panel->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    m_darkAction = view->addAction(tr("&Dark Palette"));
    m_darkAction->setCheckable(true);
    m_darkAction->setChecked(theme::savedDark());
    connect(m_darkAction, &QAction::toggled, this, &MainWindow::setDarkPalette);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Context"));
    bar->setObjectName(QStringLiteral("contextToolBar"));
    bar->setMovable(false);
    m_tagLabel = new QLabel(bar);
    m_tagLabel->setObjectName(QStringLiteral("profileTagLabel"));
    m_tagLabel->setAccessibleName(tr("Profile tag"));
    m_tagLabel->setContentsMargins(8, 2, 8, 2);
    m_tagAction = bar->addWidget(m_tagLabel);
    auto *groupLabel = new QLabel(tr(" Group: "), bar);
    bar->addWidget(groupLabel);
    m_groupCombo = new QComboBox(bar);
    m_groupCombo->setObjectName(QStringLiteral("groupCombo"));
    m_groupCombo->setAccessibleName(tr("Group"));
    m_groupCombo->setMinimumContentsLength(26);
    m_groupCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    groupLabel->setBuddy(m_groupCombo);
    bar->addWidget(m_groupCombo);
    bar->addWidget(new QLabel(tr("   App: "), bar));
    m_appLabel = new QLabel(tr("No app selected"), bar);
    m_appLabel->setObjectName(QStringLiteral("currentAppLabel"));
    m_appLabel->setAccessibleName(tr("Current app"));
    bar->addWidget(m_appLabel);
    connect(m_groupCombo, &QComboBox::activated, this, [this](int index) {
        m_session->setCurrentGroupId(m_groupCombo->itemData(index).toString());
    });
}

void MainWindow::createStatusBar()
{
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setAccessibleName(tr("Signed in as"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("lastErrorLabel"));
    m_errorLabel->setAccessibleName(tr("Last error"));
    m_activity = new BusyIndicator(this);
    m_activity->setAccessibleName(tr("Network activity"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_errorLabel, 1);
    statusBar()->addPermanentWidget(m_activity);
}

Panel *MainWindow::currentPanel() const
{
    return qobject_cast<Panel *>(m_stack->currentWidget());
}

bool MainWindow::isDarkPalette() const
{
    return m_darkAction->isChecked();
}

void MainWindow::setDarkPalette(bool dark)
{
    if (m_darkAction->isChecked() != dark)
        m_darkAction->setChecked(dark); // comes back here through toggled
    theme::apply(dark);
    theme::saveDark(dark);
}

void MainWindow::updateTitle()
{
    const Profile profile = m_session->profile();
    if (!m_session->isSignedIn() || profile.isNull()) {
        setWindowTitle(tr("Stitch Console"));
        m_tagAction->setVisible(false);
        return;
    }
    setWindowTitle(
        profile.tag == Profile::Tag::None
            ? tr("%1 — Stitch Console").arg(profile.name)
            : tr("%1 [%2] — Stitch Console").arg(profile.name, Profile::tagName(profile.tag)));
    // The tag is a warning about where the user is working, so it gets fixed signal colours
    // that read the same in light and dark palettes.
    QString colour;
    switch (profile.tag) {
    case Profile::Tag::Production:
        colour = QStringLiteral("#c62828");
        break;
    case Profile::Tag::Staging:
        colour = QStringLiteral("#ef6c00");
        break;
    case Profile::Tag::Development:
        colour = QStringLiteral("#2e7d32");
        break;
    case Profile::Tag::None:
        m_tagAction->setVisible(false);
        return;
    }
    m_tagLabel->setText(Profile::tagName(profile.tag).toUpper());
    m_tagLabel->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; "
                                             "font-weight: bold; border-radius: 3px; }")
                                  .arg(colour));
    m_tagAction->setVisible(true);
}

void MainWindow::updateGroups()
{
    const QSignalBlocker blocker(m_groupCombo);
    m_groupCombo->clear();
    const QStringList groups = m_session->isSignedIn() ? m_session->groupIds() : QStringList();
    for (const QString &group : groups)
        m_groupCombo->addItem(group, group);
    m_groupCombo->setCurrentIndex(m_groupCombo->findData(m_session->currentGroupId()));
    m_groupCombo->setEnabled(!groups.isEmpty());
}

void MainWindow::updateStatus()
{
    const bool in = m_session->isSignedIn();
    m_signOutAction->setEnabled(in);
    m_signInAction->setEnabled(!in);
    if (!in) {
        m_userLabel->setText(m_session->state() == Session::State::SigningIn ? tr("Signing in…")
                                                                             : tr("Signed out"));
        return;
    }
    const AdminProfile admin = m_session->adminProfile();
    const QString who = !admin.email.isEmpty() ? admin.email
        : !admin.name.isEmpty()                ? admin.name
                                               : admin.userId;
    const Profile profile = m_session->profile();
    const QString host = m_session->client()->baseUrl().authority();
    m_userLabel->setText(tr("%1 @ %2 (%3)").arg(who, profile.name, host));
}

void MainWindow::showLastError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setToolTip(text);
}
