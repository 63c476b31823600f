#include "mainwindow.h"

#include "commandpalette.h"
#include "helpmenu.h"
#include "localprofilestarter.h"
#include "logindialog.h"
#include "theme.h"

#include <api/apiclient.h>
#include <models/applistmodel.h>
#include <models/sharedmodels.h>
#include <panels/destructivefocusguard.h>
#include <panels/draftindicator.h>
#include <panels/panel.h>
#include <session/profilestore.h>
#include <session/secretstore.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/editor/codeeditor.h>
#include <widgets/statuslabel.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QIcon>
#include <QGuiApplication>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QScrollBar>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_session(new Session(this))
    , m_profiles(new ProfileStore(nullptr, this))
    , m_secrets(new SecretStore(QStringLiteral("stitch-console"), this))
    , m_local(new LocalProfileStarter(this))
    , m_specs(panelRegistry())
{
    setObjectName(QStringLiteral("mainWindow"));
    // After the first paint: an SVG icon loads the SVG icon engine plugin, which start-up
    // need not wait for (the desktop file names the icon for launchers meanwhile).
    QTimer::singleShot(0, this, [this] {
        setWindowIcon(QIcon(QStringLiteral(":/icons/stitch-console.svg")));
    });
    m_local->setDataDir(options.localDataDir);
    theme::apply(theme::savedDark());
    // The shared lists exist before any panel, so they follow the session first.
    SharedModels *shared = SharedModels::of(m_session);

    createNavigation();
    createActions();
    createToolBar();
    createStatusBar();
    m_palette = new CommandPalette(this);

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
    connect(m_session, &Session::currentAppChanged, this, &MainWindow::updateCurrentApp);
    connect(m_session->client(), &ApiClient::activeCallsChanged, this,
            [this](int count) { m_activity->setRunning(count > 0); });
    connect(shared->apps(), &ListModelBase::errorOccurred, this,
            [this](const ApiError &error) { showLastError(error.summary()); });

    fitInsideScreen();
    updateTitle();
    updateGroups();
    updateStatus();
    updateCurrentApp();
}

MainWindow::~MainWindow() = default;

void MainWindow::fitInsideScreen()
{
    // 1100×700 suits a laptop at 100 %; at 200 % a 2560×1600 screen offers 1280×800 logical
    // pixels and a smaller one less. Never open larger than the screen or partly off it (the
    // frame needs room too).
    const QScreen *where = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!where) {
        resize(1100, 700);
        return;
    }
    const QRect available = where->availableGeometry();
    const QSize room = available.size() - QSize(32, 48);
    const QSize size = QSize(1100, 700).boundedTo(room).expandedTo(minimumSizeHint());
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setSpacing(2);
    m_stack = new QStackedWidget(this);
    m_stack->setAccessibleName(tr("Current section"));
    for (const PanelSpec &spec : qAsConst(m_specs)) {
        auto *item = new QListWidgetItem(QIcon::fromTheme(spec.iconName), spec.title, m_navigation);
        item->setData(Qt::UserRole, spec.id);
        const QString key = spec.shortcut.toString(QKeySequence::NativeText);
        item->setToolTip(key.isEmpty() ? spec.description
                                       : tr("%1 (%2)").arg(spec.description, key));
        // Only the landing panel is built before the first paint, so start-up does not wait
        // for the others' editors and tables (buildNextPanel).
        if (spec.buildBeforeFirstPaint)
            panel(spec.id);
    }
    m_navigation->setCurrentRow(0);
    if (!m_specs.isEmpty())
        showPanel(m_specs.first().id);
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showPanel(item->data(Qt::UserRole).toString());
    });

    // As wide as its longest title (in German too): the navigation never scrolls sideways.
    const int navigationWidth = m_navigation->sizeHintForColumn(0)
        + 2 * (m_navigation->frameWidth() + m_navigation->spacing())
        + m_navigation->verticalScrollBar()->sizeHint().width();
    m_navigation->setMinimumWidth(navigationWidth);
    m_navigation->setMaximumWidth(qMax(220, navigationWidth));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ navigationWidth, 900 });
    setCentralWidget(splitter);
}

Panel *MainWindow::panel(const QString &id)
{
    if (Panel *built = m_panels.value(id))
        return built;
    for (const PanelSpec &spec : qAsConst(m_specs)) {
        if (spec.id != id)
            continue;
        Panel *created = spec.create(m_session, m_stack);
        created->setAccessibleName(spec.title);
        m_stack->addWidget(created);
        m_panels.insert(id, created);
        connect(created, &Panel::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 6000); });
        connect(created, &Panel::desktopNotification, this,
                [this, id = spec.id](const QString &title, const QString &text,
                                     const QString &itemId) {
                    notifyDesktop(id, title, text, itemId);
                });
        connect(created, &Panel::navigateRequested, this, &MainWindow::openPanelItem);
        connect(created, &Panel::badgeChanged, this,
                [this, id = spec.id, title = spec.title, icon = spec.iconName](const QString &badge) {
                    for (int row = 0; row < m_navigation->count(); ++row) {
                        QListWidgetItem *item = m_navigation->item(row);
                        if (item->data(Qt::UserRole).toString() != id)
                            continue;
                        item->setText(badge.isEmpty() ? title : tr("%1 (%2)").arg(title, badge));
                        item->setIcon(badge.isEmpty() ? QIcon::fromTheme(icon)
                                                      : QIcon::fromTheme(QStringLiteral(
                                                          "dialog-warning")));
                    }
                });
        return created;
    }
    return nullptr;
}

void MainWindow::openPanelItem(const QString &panelId, const QString &itemId)
{
    goToPanel(panelId);
    if (Panel *target = m_panels.value(panelId); target && !itemId.isEmpty())
        target->openItem(itemId);
}

void MainWindow::notifyDesktop(const QString &panelId, const QString &title,
                               const QString &text, const QString &itemId)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        // No tray (a bare window manager, offscreen): the status bar keeps it until the next
        // message, so a user coming back to the window still reads it.
        statusBar()->showMessage(text);
        return;
    }
    m_notifiedPanel = panelId;
    m_notifiedItem = itemId;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(this);
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QIcon::fromTheme(QStringLiteral("dialog-warning"));
        m_tray->setIcon(icon);
        m_tray->setToolTip(tr("Stitch Console"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            show();
            raise();
            activateWindow();
            openPanelItem(m_notifiedPanel, m_notifiedItem);
        });
    }
    m_tray->show();
    m_tray->showMessage(title, text, QSystemTrayIcon::Warning);
}

void MainWindow::showPanel(const QString &id)
{
    Panel *shown = panel(id);
    if (!shown)
        return;
    m_stack->setCurrentWidget(shown);
    followSaveAction(shown);
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == id) {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(row);
        }
    }
}

void MainWindow::goToPanel(const QString &id)
{
    showPanel(id);
    Panel *shown = m_panels.value(id);
    if (!shown || shown != currentPanel())
        return;
    const QWidget *focused = QApplication::focusWidget();
    if (focused && shown->isAncestorOf(focused))
        return;
    // Where the focus was when the user last left the panel, else its first control in Tab
    // order; never a Delete button (destructivefocusguard.h).
    const auto takes = [shown](const QWidget *widget) {
        return widget && shown->isAncestorOf(widget) && widget->isVisibleTo(shown)
            && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && !destructivefocus::isGuarded(widget);
    };
    QWidget *target = shown->focusWidget();
    if (!takes(target)) {
        target = nullptr;
        QWidget *widget = shown->nextInFocusChain();
        for (int steps = 0; widget && widget != shown && steps < 10000; ++steps) {
            if (takes(widget)) {
                target = widget;
                break;
            }
            widget = widget->nextInFocusChain();
        }
    }
    (target ? target : static_cast<QWidget *>(shown))->setFocus(Qt::OtherFocusReason);
}

void MainWindow::followSaveAction(Panel *shown)
{
    // File > Save mirrors the shown panel's save command: enabled exactly when it is.
    disconnect(m_saveFollower);
    if (!m_saveAction)
        return; // createActions() follows the panel in front once it has made the action
    QAction *save = shown->saveAction();
    const auto update = [this, save] { m_saveAction->setEnabled(save && save->isEnabled()); };
    if (save)
        m_saveFollower = connect(save, &QAction::changed, m_saveAction, update);
    update();
}

Panel *MainWindow::currentPanel() const
{
    return qobject_cast<Panel *>(m_stack->currentWidget());
}

QString MainWindow::currentPanelId() const
{
    return m_panels.key(currentPanel());
}

void MainWindow::buildNextPanel()
{
    m_buildingQueued = false;
    // What the user is waiting for comes first: while the local server starts, a sign-in runs,
    // the group's apps are not listed yet or calls are in flight, the panels not yet visited
    // wait (each costs this thread a few milliseconds, and fifteen of them would hold up every
    // answer). A panel asked for meanwhile is built at once (panel()). Five seconds at most:
    // a start that never settles still gets its panels.
    const AppListModel *apps = SharedModels::of(m_session)->apps();
    const QString group = m_session->currentGroupId();
    const bool appsPending = m_session->isSignedIn() && !group.isEmpty()
        && (apps->groupId() != group || !apps->hasLoaded());
    const bool starting = m_local->isStarting()
        || m_session->state() == Session::State::SigningIn || appsPending
        || m_session->client()->activeCalls() > 0;
    if (starting && m_panels.size() < m_specs.size() && m_buildWaits < 50) {
        ++m_buildWaits;
        m_buildingQueued = true;
        QTimer::singleShot(100, this, &MainWindow::buildNextPanel);
        return;
    }
    for (const PanelSpec &spec : qAsConst(m_specs)) {
        if (m_panels.contains(spec.id))
            continue;
        panel(spec.id);
        // One per turn: input and painting get their turn between two panels.
        m_buildingQueued = true;
        QTimer::singleShot(0, this, &MainWindow::buildNextPanel);
        return;
    }
}

void MainWindow::moveEvent(QMoveEvent *event)
{
    QMainWindow::moveEvent(event);
    if (loginShown() && m_login->pos() == m_loginPlacedAt)
        centreLogin();
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    // After this paint, not inside it: the other panels are built on the next turns.
    if (!m_buildingQueued && m_panels.size() < m_specs.size()) {
        m_buildingQueued = true;
        QTimer::singleShot(0, this, &MainWindow::buildNextPanel);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QList<Panel *> unsaved;
    for (Panel *built : qAsConst(m_panels)) {
        if (built->hasUnsavedChanges())
            unsaved << built;
    }
    if (m_closeConfirmed || unsaved.isEmpty()) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
                                tr("Some changes are not saved on the server."),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("closeWindowQuestion"));
    QStringList where;
    for (Panel *panel : qAsConst(unsaved))
        where << panel->accessibleName();
    box->setInformativeText(
        tr("Unsaved in: %1. Discard them and close the window?").arg(where.join(tr(", "))));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, unsaved](int result) {
        if (result != QMessageBox::Discard)
            return;
        for (Panel *panel : unsaved)
            panel->discardUnsaved();
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
    // Ctrl+S belongs to the panel (a function's tab, a form); the menu shows it and triggers
    // the same command, without taking the key (two owners of one key would fire neither).
    m_saveAction = file->addAction(
            tr("&Save") + QLatin1Char('\t')
                    + QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText),
            this, [this] {
                if (QAction *save = currentPanel() ? currentPanel()->saveAction() : nullptr)
                    save->trigger();
            });
    m_saveAction->setObjectName(QStringLiteral("fileSaveAction"));
    m_saveAction->setEnabled(false);
    // The first panel was shown while the navigation was built, before this action existed.
    if (currentPanel())
        followSaveAction(currentPanel());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *palette = edit->addAction(tr("&Command Palette…"), this,
                                       &MainWindow::openCommandPalette);
    palette->setObjectName(QStringLiteral("commandPaletteAction"));
    palette->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_K),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) });
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

    // One entry per registered panel: the shortcuts live here, so they work from anywhere in
    // the window and the menu doubles as their list.
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (const PanelSpec &spec : qAsConst(m_specs)) {
        QAction *action = go->addAction(QIcon::fromTheme(spec.iconName), spec.title, this,
                                        [this, id = spec.id] { goToPanel(id); });
        action->setObjectName(QStringLiteral("goTo_") + spec.id);
        action->setShortcut(spec.shortcut);
        action->setToolTip(spec.description);
    }

    new HelpMenu(this);
}

void MainWindow::openCommandPalette()
{
    m_palette->open();
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
    auto *groupLabel = new QLabel(tr(" &Group: "), bar);
    bar->addWidget(groupLabel);
    m_groupCombo = new QComboBox(bar);
    m_groupCombo->setObjectName(QStringLiteral("groupCombo"));
    m_groupCombo->setAccessibleName(tr("Group"));
    m_groupCombo->setToolTip(tr("The group (project) whose apps are listed"));
    m_groupCombo->setMinimumContentsLength(26);
    m_groupCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    groupLabel->setBuddy(m_groupCombo);
    bar->addWidget(m_groupCombo);
    bar->addWidget(new QLabel(tr("   App: "), bar));
    m_appLabel = new StatusLabel(tr("Current app"), bar);
    m_appLabel->setObjectName(QStringLiteral("currentAppLabel"));
    bar->addWidget(m_appLabel);
    bar->addWidget(
        new DraftIndicator(m_session, [this] { goToPanel(QStringLiteral("deploy")); }, bar));
    connect(m_groupCombo, &QComboBox::activated, this, [this](int index) {
        m_session->setCurrentGroupId(m_groupCombo->itemData(index).toString());
    });
}

void MainWindow::createStatusBar()
{
    m_userLabel = new StatusLabel(tr("Signed in as"), this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_errorLabel = new StatusLabel(tr("Last error"), this);
    m_errorLabel->setObjectName(QStringLiteral("lastErrorLabel"));
    m_activity = new BusyIndicator(this);
    m_activity->setAccessibleName(tr("Network activity"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_errorLabel, 1);
    statusBar()->addPermanentWidget(m_activity);
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

void MainWindow::updateCurrentApp()
{
    const App app = m_session->currentApp();
    m_appLabel->setText(app.isNull() ? tr("No app selected") : app.name);
    m_appLabel->setToolTip(app.isNull() ? QString() : tr("Client app ID: %1").arg(app.clientAppId));
}
