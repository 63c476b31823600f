// The panel framework inside the real window, signed in to the built-in Local server: every
// registered panel builds, is reachable by its shortcut and from the command palette, has an
// accessible name, and can be walked with Tab alone; a panel opened after the app's data changed
// elsewhere shows the change (Logs after a run in Functions) without F5.
#include "consolefixture.h"

#include <api/authprovidercalls.h>
#include <api/pushcalls.h>
#include <api/servicecalls.h>
#include <api/triggercalls.h>
#include <app/commandpalette.h>
#include <models/functionlistmodel.h>
#include <models/logmodel.h>
#include <models/valuelistmodel.h>
#include <panels/authproviderspanel.h>
#include <panels/destructivefocusguard.h>
#include <panels/functioneditortab.h>
#include <panels/functionspanel.h>
#include <panels/logspanel.h>
#include <panels/pushpanel.h>
#include <panels/runconsole.h>
#include <panels/servicespanel.h>
#include <panels/triggerspanel.h>
#include <panels/valuespanel.h>
#include <session/session.h>

#include <Qsci/qsciscintilla.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QDir>
#include <QPainter>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

class TestPanelRegistry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyPanelBuildsWithAName();
    void shortcutsReachEveryPanel();
    void statusLabelsSayWhatTheyShow();
    void paletteReachesPanelsActionsAndItems();
    void paletteOpensServicesProvidersPushAndTriggers();
    void tabWalksEveryControl();
    void keysThatLeadToAPanelPutTheFocusThere();
    void logsShowRunsMadeElsewhereWhenOpened();
    //! With STITCH_SHOTS_DIR set: the Values panel and the palette, light and dark.
    void screenshots();

private:
    ConsoleFixture m_console;
};

void TestPanelRegistry::initTestCase()
{
    ConsoleFixture::isolateSettings(QStringLiteral("tst_panelregistry"));
    m_console.create(QStringLiteral("Local"));
    m_console.window()->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_console.window()));
    QTRY_VERIFY_WITH_TIMEOUT(m_console.window()->session()->isSignedIn(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(m_console.proxyRowNamed(QStringLiteral("demo-app")) >= 0, 20000);
    m_console.selectApp(QStringLiteral("demo-app"));
}

void TestPanelRegistry::cleanupTestCase()
{
    m_console.destroy();
    QSettings().clear();
}

void TestPanelRegistry::everyPanelBuildsWithAName()
{
    MainWindow *window = m_console.window();
    QVERIFY(window->panelSpecs().size() >= 4);
    QSet<QString> ids;
    QSet<QKeySequence> keys;
    for (const PanelSpec &spec : window->panelSpecs()) {
        QVERIFY2(!ids.contains(spec.id), qPrintable(spec.id));
        ids << spec.id;
        QVERIFY2(!spec.shortcut.isEmpty() && !keys.contains(spec.shortcut), qPrintable(spec.id));
        keys << spec.shortcut;
        Panel *panel = window->panel(spec.id);
        QVERIFY2(panel, qPrintable(spec.id));
        QCOMPARE(panel->accessibleName(), spec.title);
        QVERIFY(!spec.description.isEmpty());
    }
    QVERIFY(!window->panel(QStringLiteral("no-such-panel")));
}

void TestPanelRegistry::shortcutsReachEveryPanel()
{
    MainWindow *window = m_console.window();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    // Backwards, so each key moves away from where the one before left the window.
    const QList<PanelSpec> specs = window->panelSpecs();
    for (auto spec = specs.crbegin(); spec != specs.crend(); ++spec) {
        QTest::keySequence(window, spec->shortcut);
        QTRY_COMPARE(window->currentPanelId(), spec->id);
        QVERIFY(window->currentPanel()->isVisible());
        auto *navigation = m_console.child<QListWidget>("navigation");
        QCOMPARE(navigation->currentItem()->data(Qt::UserRole).toString(), spec->id);
    }
}

void TestPanelRegistry::statusLabelsSayWhatTheyShow()
{
    // A screen reader reads the value, not only what the label is.
    auto *app = m_console.child<QLabel>("currentAppLabel");
    QCOMPARE(app->accessibleName(), QStringLiteral("Current app: demo-app"));
    auto *user = m_console.child<QLabel>("userLabel");
    QVERIFY(user->accessibleName().startsWith(QLatin1String("Signed in as: ")));
    QVERIFY(user->accessibleName().endsWith(user->text()));
    auto *group = m_console.child<QComboBox>("groupCombo");
    QCOMPARE(group->accessibleName(), QStringLiteral("Group"));
    QVERIFY(!group->currentText().isEmpty());
}

void TestPanelRegistry::paletteReachesPanelsActionsAndItems()
{
    MainWindow *window = m_console.window();
    window->showPanel(QStringLiteral("apps"));
    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
    CommandPalette *palette = window->commandPalette();
    QTRY_VERIFY(palette->isVisible());
    QTRY_VERIFY(palette->queryEdit()->hasFocus());

    // Every panel is there, by its title.
    for (const PanelSpec &spec : window->panelSpecs()) {
        palette->queryEdit()->setText(spec.title);
        QVERIFY2(palette->shownTexts().contains(QStringLiteral("Go to %1").arg(spec.title)),
                 qPrintable(spec.title));
    }
    // Fuzzy: "gtvals" finds "Go to Values" first; Enter goes there and closes the palette.
    palette->queryEdit()->clear();
    QTest::keyClicks(palette->queryEdit(), QStringLiteral("gtvals"));
    QCOMPARE(palette->shownTexts().value(0), QStringLiteral("Go to Values"));
    QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
    QTRY_VERIFY(!palette->isVisible());
    QTRY_COMPARE(window->currentPanelId(), QStringLiteral("values"));

    // The current panel's actions come from its QActions; the window's menus too.
    QTest::keySequence(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QTRY_VERIFY(palette->isVisible());
    QTest::keyClicks(palette->queryEdit(), QStringLiteral("new"));
    QVERIFY2(palette->shownTexts().contains(QStringLiteral("New…").remove(QChar(0x2026))),
             qPrintable(palette->shownTexts().join(QLatin1Char('|'))));
    palette->queryEdit()->setText(QStringLiteral("dark palette"));
    QVERIFY(palette->shownTexts().contains(QStringLiteral("Dark Palette")));

    // Functions and apps by name: Enter on a function opens it in the Functions panel.
    palette->queryEdit()->setText(QStringLiteral("Function: sum"));
    QTRY_VERIFY(palette->shownTexts().contains(QStringLiteral("Function: sum")));
    palette->queryEdit()->setText(QStringLiteral("App: demo-app"));
    QVERIFY(palette->shownTexts().contains(QStringLiteral("App: demo-app")));
    palette->queryEdit()->setText(QStringLiteral("function sum"));
    QCOMPARE(palette->shownTexts().value(0), QStringLiteral("Function: sum"));
    QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
    QTRY_COMPARE(window->currentPanelId(), QStringLiteral("functions"));
    auto *functions = m_console.panel<FunctionsPanel>("functions");
    QTRY_VERIFY_WITH_TIMEOUT(functions->currentTab()
                                 && functions->currentTab()->functionName() == QLatin1String("sum"),
                             20000);
    // Escape closes it without doing anything.
    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(palette->isVisible());
    QTest::keyClick(palette->queryEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!palette->isVisible());
    QCOMPARE(window->currentPanelId(), QStringLiteral("functions"));
}

void TestPanelRegistry::paletteOpensServicesProvidersPushAndTriggers()
{
    MainWindow *window = m_console.window();
    Session *session = window->session();
    const QString group = session->currentGroupId();
    const QString app = session->currentApp().id;
    ApiClient *client = session->client();
    auto made = [](ApiJob *job) {
        QSignalSpy done(job, &ApiJob::finished);
        return done.wait(30000) && job->ok();
    };
    QVERIFY(made(servicecalls::create(*client, group, app, QStringLiteral("paletteHttp"),
                                      QStringLiteral("http"), {})));
    QVERIFY(made(pushcalls::create(*client, group, app, QStringLiteral("paletteLaunch"),
                                   QStringLiteral("We launched"), QStringLiteral("news"))));
    const QString providerName = QStringLiteral("anon-user");
    QVERIFY(made(authprovidercalls::create(
        *client, group, app,
        { { QStringLiteral("name"), providerName }, { QStringLiteral("type"), providerName } })));
    // The demo app's own trigger.
    auto *triggerList = triggercalls::list(*client, group, app);
    QSignalSpy triggersDone(triggerList, &ApiJob::finished);
    QVERIFY(triggersDone.wait(30000) && triggerList->ok() && !triggerList->result().isEmpty());
    const QString triggerName = triggerList->result().first().name;
    session->notifyAppDataChanged(); // as a panel does after a write

    CommandPalette *palette = window->commandPalette();
    auto openFromPalette = [&](const QString &text, const QString &panelId) {
        // The palette's lists follow the write: reopen it until the item is there.
        QTRY_VERIFY2_WITH_TIMEOUT(
            [&] {
                if (palette->isVisible())
                    QTest::keyClick(palette->queryEdit(), Qt::Key_Escape);
                palette->open(); // as Ctrl+K does (paletteReachesPanelsActionsAndItems)
                palette->queryEdit()->setText(text);
                return palette->isVisible() && palette->shownTexts().value(0) == text;
            }(),
            qPrintable(QStringLiteral("visible %1: ").arg(palette->isVisible())
                       + palette->shownTexts().mid(0, 5).join(QLatin1Char('|'))),
            20000);
        QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
        QTRY_VERIFY(!palette->isVisible());
        QTRY_COMPARE(window->currentPanelId(), panelId);
    };
    window->activateWindow();
    openFromPalette(QStringLiteral("Service: paletteHttp"), QStringLiteral("services"));
    auto *services = m_console.panel<ServicesPanel>("services");
    QTRY_COMPARE_WITH_TIMEOUT(services->shownService().name, QStringLiteral("paletteHttp"), 20000);

    openFromPalette(QStringLiteral("Auth provider: ") + providerName,
                    QStringLiteral("authproviders"));
    auto *providers = m_console.panel<AuthProvidersPanel>("authproviders");
    QTRY_COMPARE_WITH_TIMEOUT(providers->shownProvider().name, providerName, 20000);

    openFromPalette(QStringLiteral("Push notification: paletteLaunch"), QStringLiteral("push"));
    auto *push = m_console.panel<PushPanel>("push");
    QTRY_COMPARE_WITH_TIMEOUT(push->shownMessage().doc.value(QStringLiteral("label")).toString(),
                              QStringLiteral("paletteLaunch"), 20000);

    openFromPalette(QStringLiteral("Trigger: ") + triggerName, QStringLiteral("triggers"));
    auto *triggers = m_console.panel<TriggersPanel>("triggers");
    QTRY_COMPARE_WITH_TIMEOUT(triggers->shownTrigger().name, triggerName, 20000);
}

void TestPanelRegistry::tabWalksEveryControl()
{
    MainWindow *window = m_console.window();
    window->activateWindow();
    for (const PanelSpec &spec : window->panelSpecs()) {
        window->showPanel(spec.id);
        Panel *panel = window->currentPanel();
        QTRY_VERIFY(panel->isVisible());
        // Every control a user can operate right now, as the focus chain should reach it.
        QSet<QWidget *> wanted;
        const auto widgets = panel->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (widget->isVisible() && widget->isEnabled()
                && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy()
                && (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
                    || qobject_cast<QAbstractItemView *>(widget)))
                wanted << widget;
        }
        QVERIFY2(!wanted.isEmpty(), qPrintable(spec.id));
        QWidget *start = m_console.child<QListWidget>("navigation");
        start->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(start->hasFocus());
        QSet<QWidget *> reached;
        for (int step = 0; step < 120; ++step) {
            // In a code editor Tab indents: Escape, then Tab, leaves it (TabFocus).
            QWidget *now = QApplication::focusWidget();
            auto *editor = qobject_cast<QsciScintilla *>(now);
            if (!editor && now)
                editor = qobject_cast<QsciScintilla *>(now->parentWidget());
            if (editor && !editor->isReadOnly())
                QTest::keyClick(now, Qt::Key_Escape);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            if (wanted.contains(focus))
                reached << focus;
        }
        QStringList missed;
        for (QWidget *widget : qAsConst(wanted)) {
            // Focus moving through a table selects its rows, which may hide a detail control
            // (a log entry without a call has no call tree): what is gone need not be reached.
            if (!reached.contains(widget) && widget->isVisible())
                missed << widget->objectName() + QLatin1Char('(') + widget->metaObject()->className()
                        + QLatin1Char(')');
        }
        QVERIFY2(missed.isEmpty(), qPrintable(spec.id + QLatin1String(": ") + missed.join(u", ")));
        // And a table lets Tab go on rather than moving between its cells.
        const auto views = panel->findChildren<QAbstractItemView *>();
        for (QAbstractItemView *view : views)
            QVERIFY2(!view->tabKeyNavigation(), qPrintable(spec.id + view->objectName()));
    }
}

void TestPanelRegistry::logsShowRunsMadeElsewhereWhenOpened()
{
    MainWindow *window = m_console.window();
    auto *logs = m_console.panel<LogsPanel>("logs");
    window->showPanel(QStringLiteral("logs"));
    QTRY_VERIFY_WITH_TIMEOUT(!logs->model()->isLoading() && logs->model()->rowCount() > 0, 20000);
    const int before = logs->model()->rowCount();

    // A run in the Functions panel, while Logs is hidden.
    window->showPanel(QStringLiteral("functions"));
    auto *functions = m_console.panel<FunctionsPanel>("functions");
    QTRY_VERIFY_WITH_TIMEOUT(functions->model()->names().contains(QStringLiteral("sum")), 20000);
    for (const StitchFunction &function : functions->model()->items()) {
        if (function.name == QLatin1String("sum"))
            functions->openFunction(function.id);
    }
    QTRY_VERIFY_WITH_TIMEOUT(functions->currentTab()
                                 && functions->currentTab()->functionName() == QLatin1String("sum"),
                             20000);
    RunConsole *run = functions->currentTab()->runConsole();
    QTest::mouseClick(run->runSavedButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning() && !run->history().isEmpty(), 30000);
    QVERIFY(logs->isStale());

    // Opening Logs shows the run: no F5.
    window->showPanel(QStringLiteral("logs"));
    QTRY_VERIFY_WITH_TIMEOUT(!logs->model()->isLoading() && logs->model()->rowCount() > before,
                             20000);
    const QJsonObject newest = logs->model()->entry(0).toObject();
    QCOMPARE(newest.value(QStringLiteral("type")).toString(), QStringLiteral("FUNCTION"));
    QVERIFY(!logs->isStale());
}

void TestPanelRegistry::keysThatLeadToAPanelPutTheFocusThere()
{
    // Ctrl+K, "Services", Enter, then Ctrl+N: the panel's own keys work at once, because a key
    // or command that leads to a panel puts the focus in it. The navigation list keeps the focus
    // when it is the one that moved (its arrows go on from there).
    MainWindow *window = m_console.window();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *navigation = m_console.child<QListWidget>("navigation");
    const auto focusIn = [](const QWidget *panel) {
        const QWidget *focused = QApplication::focusWidget();
        return focused && panel->isAncestorOf(focused);
    };
    const auto rowOf = [navigation](const QString &id) {
        for (int row = 0; row < navigation->count(); ++row) {
            if (navigation->item(row)->data(Qt::UserRole).toString() == id)
                return row;
        }
        return -1;
    };

    navigation->setFocus();
    navigation->setCurrentRow(rowOf(QStringLiteral("values")));
    QTRY_COMPARE(window->currentPanelId(), QStringLiteral("values"));
    QVERIFY(navigation->hasFocus());

    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
    CommandPalette *palette = window->commandPalette();
    QTRY_VERIFY(palette->isVisible());
    QTest::keyClicks(palette->queryEdit(), QStringLiteral("go to services"));
    QCOMPARE(palette->shownTexts().value(0), QStringLiteral("Go to Services"));
    QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
    QTRY_COMPARE(window->currentPanelId(), QStringLiteral("services"));
    Panel *services = window->currentPanel();
    QTRY_VERIFY(focusIn(services));
    QVERIFY(!destructivefocus::isGuarded(QApplication::focusWidget()));
    auto *newAction = services->findChild<QAction *>(QStringLiteral("newServiceButtonAction"));
    QVERIFY(newAction);
    QSignalSpy created(newAction, &QAction::triggered);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(created.size(), 1);
    QTRY_VERIFY(QApplication::activeModalWidget()); // the New Service dialog
    QApplication::activeModalWidget()->close();

    // The Go menu's key for a panel: the focus goes where it was in that panel when left.
    PanelSpec values;
    for (const PanelSpec &spec : window->panelSpecs()) {
        if (spec.id == QLatin1String("values"))
            values = spec;
    }
    QVERIFY(!values.shortcut.isEmpty());
    auto *valuesPanel = window->panel(QStringLiteral("values"));
    auto *filter = valuesPanel->findChild<QLineEdit *>();
    QVERIFY(filter);
    window->showPanel(QStringLiteral("values"));
    filter->setFocus();
    QVERIFY(focusIn(valuesPanel));
    navigation->setFocus();
    navigation->setCurrentRow(rowOf(QStringLiteral("services")));
    QTRY_COMPARE(window->currentPanelId(), QStringLiteral("services"));
    QTest::keySequence(window, values.shortcut);
    QTRY_COMPARE(window->currentPanelId(), QStringLiteral("values"));
    QTRY_COMPARE(QApplication::focusWidget(), filter);
}

void TestPanelRegistry::screenshots()
{
    const QString dir = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("STITCH_SHOTS_DIR is not set");
    QDir().mkpath(dir);
    MainWindow *window = m_console.window();
    window->resize(1200, 760);
    for (const bool dark : { false, true }) {
        const QString suffix = dark ? QStringLiteral("dark") : QStringLiteral("light");
        window->setDarkPalette(dark);
        window->showPanel(QStringLiteral("values"));
        auto *values = m_console.panel<ValuesPanel>("values");
        QTRY_VERIFY_WITH_TIMEOUT(values->model()->rowCount() > 0, 20000);
        values->openItem(values->model()->valueAt(0).id);
        QTRY_VERIFY_WITH_TIMEOUT(!values->shownValue().value.isUndefined(), 20000);
        QTest::qWait(300); // previews arrive and paint
        QVERIFY(window->grab().save(dir + QStringLiteral("/values-%1.png").arg(suffix)));
        window->openCommandPalette();
        CommandPalette *palette = window->commandPalette();
        QTRY_VERIFY(palette->isVisible());
        QTest::keyClicks(palette->queryEdit(), QStringLiteral("val"));
        QTest::qWait(100);
        QPixmap shot = window->grab();
        QPainter painter(&shot);
        painter.drawPixmap(palette->geometry().topLeft() - window->geometry().topLeft(),
                           palette->grab());
        painter.end();
        QVERIFY(shot.save(dir + QStringLiteral("/palette-%1.png").arg(suffix)));
        palette->reject();
    }
    window->setDarkPalette(false);
}

QTEST_MAIN(TestPanelRegistry)
#include "tst_panelregistry.moc"
