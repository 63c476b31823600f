// The Functions panel as a user meets it, against the real in-process local server and its
// Node.js runtime: open, create, edit, save, conflicts, syntax errors, autosave and recovery, and
// screenshots in light and dark. Test runs are in tst_functionsrun.cpp.
#include "functionspaneldriver.h"

class TestFunctionsPanel : public QObject, private FunctionsPanelDriver
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void listsDemoFunctionsAndFilters();
    void hintSaysToPickAnAppWhenThereIsNone();
    void openShowsHighlightedSource();
    void completionOffersContextAndNames();
    void createEditSave();
    void conflictKeepMine();
    void conflictTakeServer();
    void syntaxErrorMarksLineAndKeepsBuffer();
    void autosaveWrittenAndRecoveredAfterCrash();
    void closeTabAsksAndDiscards();
    void deletedElsewhereKeepsBufferAndRecreates();
    void renameDuplicateDelete();
    void serverDownKeepsBuffer();
    void screenshots();
    void sessionExpiryKeepsBuffer();
};

void TestFunctionsPanel::initTestCase()
{
    QVERIFY(setUp(QStringLiteral("tst_functionspanel")));
}

void TestFunctionsPanel::cleanupTestCase()
{
    tearDown();
}

void TestFunctionsPanel::cleanup()
{
    closeEverything();
}

void TestFunctionsPanel::listsDemoFunctionsAndFilters()
{
    QVERIFY(proxyRowNamed(QStringLiteral("greet")) >= 0);
    QVERIFY(proxyRowNamed(QStringLiteral("onUserLogin")) >= 0);
    auto *filter = m_panel->findChild<QLineEdit *>(QStringLiteral("functionFilterEdit"));
    m_panel->focusFilter();
    QTest::keyClicks(filter, QStringLiteral("SUM"));
    QVERIFY(proxyRowNamed(QStringLiteral("sum")) >= 0);
    QCOMPARE(proxyRowNamed(QStringLiteral("greet")), -1);
    filter->clear();
    QVERIFY(proxyRowNamed(QStringLiteral("greet")) >= 0);
}

void TestFunctionsPanel::hintSaysToPickAnAppWhenThereIsNone()
{
    auto *hint = m_panel->findChild<QLabel *>(QStringLiteral("placeholderLabel"));
    auto *newButton = m_panel->findChild<QPushButton *>(QStringLiteral("newFunctionButton"));
    QVERIFY(hint->isVisible() && newButton->isEnabled());
    QVERIFY(hint->text().contains(QLatin1String("New")));
    const App app = m_fx.session->currentApp();
    m_fx.session->setCurrentApp(App());
    QTRY_VERIFY(!newButton->isEnabled());
    QCOMPARE(hint->text(),
             QStringLiteral("Pick an app in the Apps panel to see and edit its functions."));
    m_fx.session->setCurrentApp(app);
    QTRY_VERIFY(newButton->isEnabled());
    QTRY_VERIFY(proxyRowNamed(QStringLiteral("greet")) >= 0);
    QVERIFY(hint->text().contains(QLatin1String("New")));
}

void TestFunctionsPanel::openShowsHighlightedSource()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    QVERIFY(tab);
    QVERIFY(tab->editor()->text().contains(QStringLiteral("return a + b;")));
    QVERIFY(tab->editor()->lexer() == tab->editor()->javaScriptLexer());
    QVERIFY(!tab->isDirty());
    QCOMPARE(m_panel->tabCount(), 1);
    // Opening it again shows the same tab.
    open(QStringLiteral("sum"));
    QCOMPARE(m_panel->tabCount(), 1);
    FunctionEditorTab *second = open(QStringLiteral("greet"));
    QCOMPARE(m_panel->tabCount(), 2);
    QVERIFY(second != tab);
    auto *tabs = m_panel->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    QCOMPARE(tabs->tabText(tabs->indexOf(second)), QStringLiteral("greet"));
}

void TestFunctionsPanel::completionOffersContextAndNames()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    CodeEditor *editor = tab->editor();
    editor->setAutoCompletionThreshold(-1);
    editor->setText(QStringLiteral("exports = function() {\n  \n};\n"));
    editor->setCursorPosition(1, 2);
    QTest::keyClicks(editor, QStringLiteral("context."));
    const QStringList members = editor->completionList();
    QVERIFY2(members.join(QLatin1Char(' ')).contains(QLatin1String("values")),
             qPrintable(members.join(QLatin1Char(' '))));
    QVERIFY(members.join(QLatin1Char(' ')).contains(QLatin1String("functions")));
    QTest::keyClicks(editor, QStringLiteral("functions.execute(\""));
    const QStringList names = editor->completionList();
    QVERIFY2(names.contains(QStringLiteral("greet")), qPrintable(names.join(QLatin1Char(' '))));
    QVERIFY(names.contains(QStringLiteral("summarizeOrders")));
    // The app's value names come from the server (GET .../values) when the panel loads the app.
    editor->setText(QStringLiteral("exports = function() {\n  \n};\n"));
    editor->setCursorPosition(1, 2);
    QTest::keyClicks(editor, QStringLiteral("context.values.get(\""));
    QTRY_VERIFY2(editor->completionList().contains(QStringLiteral("appConfig")),
                 qPrintable(editor->completionList().join(QLatin1Char(' '))));
    QVERIFY(editor->completionList().contains(QStringLiteral("greeting")));
}

void TestFunctionsPanel::createEditSave()
{
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("newFunctionButton")),
                      Qt::LeftButton);
    auto *dialog = waitForDialog<NameDialog>("functionNameDialog");
    QVERIFY(dialog);
    // Names are checked as they are typed, by the resource-name rule: OK waits for a good one.
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("nameHint"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("made by test"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(hint->text(), QStringLiteral("Use only letters A–Z, digits, '_' and '-'."));
    QTest::keyClick(edit, Qt::Key_Return); // refused: the dialog stays
    QVERIFY(dialog->isVisible());
    edit->clear();
    QTest::keyClicks(edit, QString(65, QLatin1Char('f')));
    QCOMPARE(hint->text(), QStringLiteral("The name is longer than 64 characters."));
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("madeByTest"));
    QVERIFY(ok->isEnabled() && hint->isHidden());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_panel->currentTab() && m_panel->currentTab()->functionName() == "madeByTest", 20000);
    FunctionEditorTab *tab = m_panel->currentTab();
    QVERIFY(!tab->isDirty());
    QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(QStringLiteral("madeByTest")) >= 0, 20000);

    typeAtEnd(tab, QStringLiteral("// edited"));
    QVERIFY(tab->isDirty());
    auto *tabs = m_panel->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    QVERIFY(tabs->tabText(tabs->indexOf(tab)).endsWith(QStringLiteral("●")));
    tab->privateCheck()->setFocus();
    QTest::keyClick(tab->privateCheck(), Qt::Key_Space);
    QVERIFY(tab->privateCheck()->isChecked());

    QSignalSpy saved(tab, &FunctionEditorTab::saved);
    QTest::keyClick(tab->editor(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(saved.wait(20000));
    QVERIFY(!tab->isDirty());
    QCOMPARE(tabs->tabText(tabs->indexOf(tab)), QStringLiteral("madeByTest"));
    const StitchFunction server = m_fx.fetch(*m_fx.other, tab->functionId());
    QVERIFY(server.source.endsWith(QStringLiteral("// edited")));
    QVERIFY(server.isPrivate);
}

void TestFunctionsPanel::conflictKeepMine()
{
    FunctionEditorTab *tab = open(QStringLiteral("greet"));
    StitchFunction changed = m_fx.fetch(*m_fx.other, tab->functionId());
    changed.source += QStringLiteral("// from the other client\n");
    QVERIFY(SignedInFixture::finish(
        functioncalls::update(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, changed)));

    typeAtEnd(tab, QStringLiteral("// mine"));
    tab->save();
    QTRY_VERIFY_WITH_TIMEOUT(tab->conflictDialog() && tab->conflictDialog()->isVisible(), 20000);
    SaveConflictDialog *dialog = tab->conflictDialog();
    QTRY_VERIFY(dialog->diffView()->isDiffReady());
    QVERIFY(dialog->diffView()->leftText().endsWith(QStringLiteral("// mine")));
    QVERIFY(dialog->diffView()->rightText().contains(QStringLiteral("// from the other client")));
    QSignalSpy saved(tab, &FunctionEditorTab::saved);
    QTest::mouseClick(dialog->keepMineButton(), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    QVERIFY(!tab->isDirty());
    QVERIFY(m_fx.fetch(*m_fx.other, tab->functionId()).source.endsWith(QStringLiteral("// mine")));
}

void TestFunctionsPanel::conflictTakeServer()
{
    FunctionEditorTab *tab = open(QStringLiteral("greet"));
    StitchFunction changed = m_fx.fetch(*m_fx.other, tab->functionId());
    changed.source = QStringLiteral("exports = function() { return 'server'; };\n");
    QVERIFY(SignedInFixture::finish(
        functioncalls::update(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, changed)));
    typeAtEnd(tab, QStringLiteral("// mine again"));
    tab->save();
    QTRY_VERIFY_WITH_TIMEOUT(tab->conflictDialog() && tab->conflictDialog()->isVisible(), 20000);
    QTest::mouseClick(tab->conflictDialog()->takeServerButton(), Qt::LeftButton);
    QTRY_COMPARE(tab->editor()->text(), changed.source);
    QVERIFY(!tab->isDirty());
}

void TestFunctionsPanel::syntaxErrorMarksLineAndKeepsBuffer()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    const QString broken = QStringLiteral("exports = function(a, b) {\n  return a +* b;\n};\n");
    tab->editor()->setText(broken);
    tab->save();
    // The syntax check asks first; saved anyway, the server refuses it too.
    QTRY_VERIFY_WITH_TIMEOUT(tab->saveAnywayQuestion() && tab->saveAnywayQuestion()->isVisible(),
                             10000);
    tab->saveAnywayQuestion()
        ->findChild<QPushButton *>(QStringLiteral("saveAnywayButton"))
        ->click();
    QTRY_VERIFY_WITH_TIMEOUT(tab->errorBanner()->isVisible(), 20000);
    QCOMPARE(tab->errorBanner()->error().errorCode, QStringLiteral("FunctionSyntaxError"));
    QCOMPARE(tab->editor()->errorLines(), QList<int> { 2 });
    QCOMPARE(tab->editor()->text(), broken);
    QVERIFY(tab->isDirty());
}

void TestFunctionsPanel::autosaveWrittenAndRecoveredAfterCrash()
{
    FunctionEditorTab *tab = open(QStringLiteral("summarizeOrders"));
    const QString serverSource = tab->editor()->text();
    typeAtEnd(tab, QStringLiteral("// not saved yet"));
    const QString path = m_panel->autosaveStore()->filePathFor(
        AutosaveStore::keyFor(m_fx.app.id, tab->functionId()));
    // Written after the typing pause, with no save: how soon is a benchmark's business.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 15000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("// not saved yet"));
    file.close();

    // The "crash": a second panel over the same data folder, as a restarted console would be;
    // the first one never closed its tab.
    FunctionsPanel restarted(m_fx.session.get(), m_autosaveDir.path());
    restarted.resize(1000, 700);
    restarted.show();
    QTRY_COMPARE_WITH_TIMEOUT(restarted.recoveredBuffers().size(), qsizetype(1), 20000);
    auto *box = restarted.findChild<QWidget *>(QStringLiteral("recoveryBox"));
    QVERIFY(box->isVisible());
    QTest::mouseClick(restarted.findChild<QPushButton *>(QStringLiteral("recoveryButton")),
                      Qt::LeftButton);
    auto *dialog = waitForDialog<SaveConflictDialog>();
    QCOMPARE(dialog->mode(), SaveConflictDialog::Mode::Recovery);
    QTRY_VERIFY(dialog->diffView()->isDiffReady());
    QVERIFY(dialog->diffView()->leftText().endsWith(QStringLiteral("// not saved yet")));
    QCOMPARE(dialog->diffView()->rightText(), serverSource);
    QVERIFY(!dialog->diffView()->unifiedText().isEmpty());
    QTest::mouseClick(dialog->keepMineButton(), Qt::LeftButton);
    QTRY_COMPARE(restarted.tabCount(), 1);
    FunctionEditorTab *recovered = restarted.tabAt(0);
    QVERIFY(recovered->editor()->text().endsWith(QStringLiteral("// not saved yet")));
    QVERIFY(recovered->isDirty());
    QVERIFY(!box->isVisible());
    restarted.discardAll();
    QTRY_VERIFY(!QFile::exists(path));
}

void TestFunctionsPanel::closeTabAsksAndDiscards()
{
    FunctionEditorTab *tab = open(QStringLiteral("greet"));
    typeAtEnd(tab, QStringLiteral("// to be dropped"));
    QVERIFY(m_panel->hasUnsavedChanges());
    auto *tabs = m_panel->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    const int before = tabs->count();
    emit tabs->tabCloseRequested(tabs->indexOf(tab));
    auto *box = waitForDialog<QMessageBox>("closeTabQuestion");
    QCOMPARE(tabs->count(), before);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QCOMPARE(tabs->count(), before);
    emit tabs->tabCloseRequested(tabs->indexOf(tab));
    box = waitForDialog<QMessageBox>("closeTabQuestion");
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_COMPARE(tabs->count(), before - 1);
    QVERIFY(!m_panel->hasUnsavedChanges());
}

void TestFunctionsPanel::deletedElsewhereKeepsBufferAndRecreates()
{
    StitchFunction made;
    made.name = QStringLiteral("doomed");
    made.source = QStringLiteral("exports = function() { return 'doomed'; };\n");
    QVERIFY(SignedInFixture::finish(
        functioncalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, made)));
    m_panel->refresh();
    FunctionEditorTab *tab = open(QStringLiteral("doomed"));
    QVERIFY(SignedInFixture::finish(functioncalls::remove(*m_fx.other->client(), m_fx.groupId,
                                                           m_fx.app.id, tab->functionId())));
    typeAtEnd(tab, QStringLiteral("// still mine"));
    const QString buffer = tab->editor()->text();
    tab->save();
    QTRY_VERIFY_WITH_TIMEOUT(tab->isDeletedOnServer(), 20000);
    QVERIFY(tab->errorBanner()->isVisible());
    QCOMPARE(tab->editor()->text(), buffer);
    QSignalSpy saved(tab, &FunctionEditorTab::saved);
    tab->save();
    QVERIFY(saved.wait(20000));
    QVERIFY(!tab->isDeletedOnServer());
    QCOMPARE(m_fx.fetch(*m_fx.other, tab->functionId()).source, buffer);
}

void TestFunctionsPanel::renameDuplicateDelete()
{
    StitchFunction made;
    made.name = QStringLiteral("toRename");
    made.source = QStringLiteral("exports = function() { return 'r'; };\n");
    QVERIFY(SignedInFixture::finish(
        functioncalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, made)));
    m_panel->refresh();
    FunctionEditorTab *tab = open(QStringLiteral("toRename"));
    const QString id = tab->functionId();

    m_panel->renameFunction(id, QStringLiteral("renamed"));
    QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(QStringLiteral("renamed")) >= 0, 20000);
    QCOMPARE(proxyRowNamed(QStringLiteral("toRename")), -1);
    QCOMPARE(tab->functionName(), QStringLiteral("renamed"));

    // A duplicate name is refused with the server's message; nothing else changes.
    m_panel->renameFunction(id, QStringLiteral("sum"));
    auto *banner = m_panel->findChild<ErrorBanner *>(QStringLiteral("functionsErrorBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QCOMPARE(banner->error().httpStatus, 409);

    m_panel->duplicateFunction(id, QStringLiteral("renamed_copy"));
    QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(QStringLiteral("renamed_copy")) >= 0, 20000);
    QCOMPARE(m_fx.fetch(*m_fx.other, m_fx.idOf(QStringLiteral("renamed_copy"))).source,
             made.source);

    auto *list = m_panel->findChild<QTableView *>(QStringLiteral("functionList"));
    const QModelIndex index = m_panel->proxy()->index(proxyRowNamed(QStringLiteral("renamed")), 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("deleteFunctionButton")),
                      Qt::LeftButton);
    auto *confirm = waitForDialog<QDialog>();
    confirm->accept();
    QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(QStringLiteral("renamed")) < 0, 20000);
    QVERIFY(!m_panel->tabFor(id));
}

void TestFunctionsPanel::serverDownKeepsBuffer()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    typeAtEnd(tab, QStringLiteral("// typed while the server is away"));
    const QString buffer = tab->editor()->text();
    // A port nothing listens on: take a free one and let it go.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 deadPort = probe.serverPort();
    probe.close();
    ApiClient *client = m_fx.session->client();
    const QUrl live = client->baseUrl();
    client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(deadPort)));
    tab->save();
    QTRY_VERIFY_WITH_TIMEOUT(tab->errorBanner()->isVisible(), 20000);
    QCOMPARE(tab->errorBanner()->error().kind, ApiError::Network);
    QCOMPARE(tab->editor()->text(), buffer);
    QVERIFY(tab->isDirty());
    QTest::mouseClick(tab->runConsole()->runBufferButton(), Qt::LeftButton);
    waitRun(tab->runConsole());
    QVERIFY(tab->runConsole()->statusLabel()->text().startsWith(
        RunConsole::tr("The run failed: %1").arg(QString())));
    client->setBaseUrl(live);
    QSignalSpy saved(tab, &FunctionEditorTab::saved);
    tab->save();
    QVERIFY(saved.wait(20000));
    QVERIFY(!tab->errorBanner()->isVisible());
}

void TestFunctionsPanel::screenshots()
{
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    for (const bool dark : { false, true }) {
        theme::apply(dark);
        const QString suffix = dark ? QStringLiteral("dark") : QStringLiteral("light");
        FunctionEditorTab *tab = open(QStringLiteral("summarizeOrders"));
        RunConsole *console = tab->runConsole();
        tab->editor()->setText(tab->serverVersion().source);
        tab->editor()->insertAt(QStringLiteral("  console.log(`${orders.length} orders`);\n"), 1,
                                0);
        console->argumentsEditor()->setText(
            QStringLiteral("[[{\"amount\": 12.5}, {\"amount\": 30}, {\"amount\": 7}]]"));
        QTest::mouseClick(console->runBufferButton(), Qt::LeftButton);
        waitRun(console);
        QVERIFY2(!console->statusLabel()->property("isError").toBool(),
                 qPrintable(console->statusLabel()->text()));
        QVERIFY(console->resultModel()->rowCount() > 0);
        QVERIFY(!console->logsView()->toPlainText().isEmpty());
        QCoreApplication::processEvents();
        QVERIFY(
            m_panel->grab().save(QStringLiteral("/tmp/shots/functions-editor-%1.png").arg(suffix)));

        StitchFunction changed = m_fx.fetch(*m_fx.other, tab->functionId());
        changed.source.replace(QStringLiteral("const limit"), QStringLiteral("let limit"));
        changed.source += QStringLiteral("// reviewed on the server (%1)\n").arg(suffix);
        QVERIFY(SignedInFixture::finish(
            functioncalls::update(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, changed)));
        tab->save();
        QTRY_VERIFY_WITH_TIMEOUT(tab->conflictDialog() && tab->conflictDialog()->isVisible(),
                                 20000);
        QTRY_VERIFY(tab->conflictDialog()->diffView()->isDiffReady());
        QCoreApplication::processEvents();
        QVERIFY(tab->conflictDialog()->grab().save(
            QStringLiteral("/tmp/shots/functions-conflict-%1.png").arg(suffix)));
        QTest::mouseClick(tab->conflictDialog()->takeServerButton(), Qt::LeftButton);
        QTRY_VERIFY(!tab->isSaving());
        m_panel->discardAll();
    }
    theme::apply(false);
}

void TestFunctionsPanel::sessionExpiryKeepsBuffer()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    typeAtEnd(tab, QStringLiteral("// typed before the session ended"));
    const QString buffer = tab->editor()->text();
    QSignalSpy ended(m_fx.session.get(), &Session::sessionEnded);
    // Tokens the server never issued: the save gets 401, the refresh fails, the session ends.
    m_fx.session->client()->setTokens(QStringLiteral("not-a-token"), QStringLiteral("not-a-token"));
    tab->save();
    QTRY_VERIFY_WITH_TIMEOUT(tab->errorBanner()->isVisible(), 20000);
    QCOMPARE(tab->errorBanner()->error().httpStatus, 401);
    QCOMPARE(tab->editor()->text(), buffer);
    QVERIFY(tab->isDirty());
    QVERIFY(!tab->isSaving());
}

QTEST_MAIN(TestFunctionsPanel)
#include "tst_functionspanel.moc"
