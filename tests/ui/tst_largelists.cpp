// Lists at size: the demo app seeded with 10,000 functions (stitch-local --seed-app). The list
// model holds every item, so a filter finds matches no view ever scrolled to, a sort orders every
// item and the count says "n of 10,004"; the filter keys the proxy keeps follow rows that change
// and go. The Functions panel finds a function far down the list as a user types. Over a paged
// list (users) the count label says the filter covers the loaded pages and its Load all link
// fetches the rest. Set STITCH_SHOTS_DIR to save the Functions panel filtered and sorted, light
// and dark.
#include "signedinfixture.h"

#include <api/apiclient.h>
#include <api/functioncalls.h>
#include <app/theme.h>
#include <models/functionlistmodel.h>
#include <models/listfilterproxy.h>
#include <models/userlistmodel.h>
#include <panels/functionspanel.h>
#include <widgets/namedialog.h>
#include <panels/listfilterbinding.h>
#include <panels/panel.h>
#include <panels/panelregistry.h>

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

class TestLargeLists : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void modelHoldsEveryItem();
    void filterAndSortCoverEveryItem();
    void filterKeysFollowChanges();
    void functionsPanelFindsFarDown();
    void renameAtSizeFindsCallersInTheExport();
    void renameAsksWhenCallersCannotBeLookedFor();
    void pagedListOffersLoadAll();
    void everyListPanelFiltersThroughTheBinding();

private:
    static QString fn(int i) { return QStringLiteral("fn_%1").arg(i, 5, 10, QLatin1Char('0')); }
    void saveShot(QWidget *widget, const QString &name);

    SignedInFixture m_fx;
    std::unique_ptr<FunctionListModel> m_model;
    std::unique_ptr<ListFilterProxy> m_proxy;
    int m_total = 0;
};

namespace {
constexpr int kSeeded = 10000;
}

void TestLargeLists::initTestCase()
{
    QVERIFY(m_fx.start());
    m_fx.stopServer();
    QVERIFY(m_fx.restartServer(
        [](stitchlocal::ServerOptions &options) { options.seedApp.functions = kSeeded; }));
    m_model = std::make_unique<FunctionListModel>(m_fx.session->client());
    m_proxy = std::make_unique<ListFilterProxy>(m_model.get());
    QSignalSpy reloaded(m_model.get(), &ListModelBase::reloaded);
    m_model->reload(m_fx.groupId, m_fx.app.id);
    QVERIFY(reloaded.wait(30000));
    m_total = m_model->rowCount();
}

void TestLargeLists::modelHoldsEveryItem()
{
    // Every function in one answer, held whole: nothing left to fetch by scrolling.
    QVERIFY(m_total >= kSeeded);
    QVERIFY(m_model->isComplete());
    QVERIFY(!m_model->canFetchMore());
    QAbstractItemModelTester modelTester(m_model.get(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_proxy.get(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_proxy->rowCount(), m_total);
    QVERIFY(m_model->rowOfId(m_model->itemAt(m_total - 1).id) == m_total - 1);
}

void TestLargeLists::filterAndSortCoverEveryItem()
{
    QAbstractItemModelTester tester(m_proxy.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A match far beyond any first page of rows; ten of them; one.
    m_proxy->setFilterText(QStringLiteral("FN_0987"));
    QCOMPARE(m_proxy->rowCount(), 10);
    const QLocale locale;
    QCOMPARE(m_proxy->countText(QString()),
             QStringLiteral("10 of %1").arg(locale.toString(m_total)));
    m_proxy->setFilterText(fn(kSeeded - 1));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, 0).data().toString(), fn(kSeeded - 1));
    m_proxy->setFilterText(QStringLiteral("no such function"));
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->countText(QString()),
             QStringLiteral("No matches among %1").arg(locale.toString(m_total)));
    m_proxy->setFilterText(QString());
    QCOMPARE(m_proxy->rowCount(), m_total);

    // Descending by name over every item: the last seeded name before the first, every pair in
    // order (case-insensitively), none lost.
    m_proxy->sort(FunctionListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->rowCount(), m_total);
    QString previous;
    int seededSeen = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString name = m_proxy->index(row, 0).data().toString();
        if (row > 0)
            QVERIFY2(previous.compare(name, Qt::CaseInsensitive) >= 0,
                     qPrintable(previous + QLatin1String(" before ") + name));
        if (name.startsWith(QLatin1String("fn_"))) {
            if (seededSeen == 0)
                QCOMPARE(name, fn(kSeeded - 1));
            ++seededSeen;
        }
        previous = name;
    }
    QCOMPARE(seededSeen, kSeeded);
    m_proxy->sort(FunctionListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(m_proxy->index(0, 0).data().toString(), fn(0));
    // The private column sorts by its flag: every private one (fn_i, i % 7 == 0) together.
    m_proxy->sort(FunctionListModel::PrivateColumn, Qt::DescendingOrder);
    QVERIFY(m_proxy->index(0, FunctionListModel::PrivateColumn)
                .data(FunctionListModel::PrivateRole)
                .toBool());
    QVERIFY(!m_proxy->index(m_total - 1, FunctionListModel::PrivateColumn)
                 .data(FunctionListModel::PrivateRole)
                 .toBool());
    m_proxy->sort(FunctionListModel::NameColumn, Qt::AscendingOrder);
}

void TestLargeLists::filterKeysFollowChanges()
{
    QAbstractItemModelTester tester(m_proxy.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->setFilterText(QStringLiteral("fn_0999"));
    QCOMPARE(m_proxy->rowCount(), 10);
    // A row renamed in place (as a save does) is found by its new name and no more by its old.
    int row = -1;
    for (int r = 0; r < m_model->rowCount() && row < 0; ++r) {
        if (m_model->itemAt(r).name == fn(9995))
            row = r;
    }
    QVERIFY(row >= 0);
    StitchFunction renamed = m_model->itemAt(row);
    renamed.name = QStringLiteral("zz_renamed_far_down");
    m_model->updateItem(row, renamed);
    QCOMPARE(m_proxy->rowCount(), 9);
    m_proxy->setFilterText(QStringLiteral("ZZ_RENAMED"));
    QCOMPARE(m_proxy->rowCount(), 1);
    // A row removed goes from the matches, and the rows after it keep their own keys.
    m_model->removeItem(row);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setFilterText(fn(9996));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, 0).data().toString(), fn(9996));
    m_proxy->setFilterText(QString());
    QCOMPARE(m_proxy->rowCount(), m_total - 1);
    // A reload brings every item back, keys made anew.
    QSignalSpy reloaded(m_model.get(), &ListModelBase::reloaded);
    m_model->refresh();
    QVERIFY(reloaded.wait(30000));
    m_proxy->setFilterText(fn(9995));
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setFilterText(QString());
}

namespace {
//! A Functions panel on the large app, shown, with the widgets the tests drive.
struct LargeFunctionsPanel
{
    explicit LargeFunctionsPanel(Session *session)
        : panel(session, autosave.path())
    {
        panel.resize(1000, 640);
        panel.show();
        list = panel.findChild<QTableView *>(QStringLiteral("functionList"));
        filter = panel.findChild<QLineEdit *>(QStringLiteral("functionFilterEdit"));
        count = panel.findChild<QLabel *>(QStringLiteral("functionCountLabel"));
    }
    QTemporaryDir autosave;
    FunctionsPanel panel;
    QTableView *list = nullptr;
    QLineEdit *filter = nullptr;
    QLabel *count = nullptr;
};
} // namespace

void TestLargeLists::functionsPanelFindsFarDown()
{
    LargeFunctionsPanel shown(m_fx.session.get());
    FunctionsPanel &panel = shown.panel;
    QTableView *list = shown.list;
    QLineEdit *filter = shown.filter;
    QLabel *count = shown.count;
    QVERIFY(list && filter && count);
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), m_total, 30000);
    const QLocale locale;
    QVERIFY2(count->text().contains(locale.toString(m_total)), qPrintable(count->text()));

    // Typed as a user would: a function near the end of the list, found at once.
    QTest::keyClicks(filter, fn(9990 + 3));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), fn(9993));
    QCOMPARE(count->text(), QStringLiteral("1 of %1").arg(locale.toString(m_total)));
    QCOMPARE(count->accessibleName(), count->text());
    saveShot(&panel, QStringLiteral("functions-10k-filtered-one"));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("fn_098"));
    QCOMPARE(list->model()->rowCount(), 100);
    QCOMPARE(count->text(), QStringLiteral("100 of %1").arg(locale.toString(m_total)));
    // Keyboard only: Down in the filter goes on into the list, on its first match.
    QApplication::setActiveWindow(&panel);
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    filter->setFocus();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(filter, Qt::Key_Down);
    QVERIFY(list->hasFocus());
    QCOMPARE(list->currentIndex().row(), 0);
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("fn_09800"));
    // The filter's clear button has a name a screen reader can say.
    const auto clearButtons = filter->findChildren<QToolButton *>();
    QVERIFY(!clearButtons.isEmpty());
    for (QToolButton *button : clearButtons)
        QCOMPARE(button->accessibleName(), QStringLiteral("Clear"));
    list->scrollToBottom();
    saveShot(&panel, QStringLiteral("functions-10k-filtered"));

    // A filter that matches nothing says so, in the count and over the list itself.
    auto *noMatches = list->viewport()->findChild<QLabel *>(QStringLiteral("noMatchesLabel"));
    QVERIFY(noMatches);
    QVERIFY(!noMatches->isVisible());
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("needle_not_here"));
    QCOMPARE(list->model()->rowCount(), 0);
    QCOMPARE(count->text(), QStringLiteral("No matches among %1").arg(locale.toString(m_total)));
    QVERIFY(noMatches->isVisible());
    QVERIFY2(noMatches->text().contains(QLatin1String("needle_not_here")),
             qPrintable(noMatches->text()));
    QVERIFY(list->viewport()->rect().contains(noMatches->geometry()));
    saveShot(&panel, QStringLiteral("functions-10k-no-matches"));
    QTest::keyClick(filter, Qt::Key_Backspace);
    QVERIFY(noMatches->isVisible()); // "needle_not_her" matches nothing either
    filter->clear();
    QVERIFY(!noMatches->isVisible());

    // Sorted descending by a click on the Name header: the last function comes first.
    filter->clear();
    QCOMPARE(list->model()->rowCount(), m_total);
    list->sortByColumn(FunctionListModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *header = list->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(FunctionListModel::NameColumn) + 20,
                             header->height() / 2));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QString firstSeeded;
    for (int row = 0; row < list->model()->rowCount() && firstSeeded.isEmpty(); ++row) {
        const QString name = list->model()->index(row, 0).data().toString();
        if (name.startsWith(QLatin1String("fn_")))
            firstSeeded = name;
    }
    QCOMPARE(firstSeeded, fn(kSeeded - 1));
    list->scrollToTop();
    saveShot(&panel, QStringLiteral("functions-10k-sorted-desc"));
}

namespace {
template<typename T> T *shownDialog(const QString &objectName)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *dialog = qobject_cast<T *>(widget);
        if (dialog && dialog->isVisible() && dialog->objectName() == objectName)
            return dialog;
    }
    return nullptr;
}
} // namespace

namespace {
void renameInPanel(FunctionsPanel &panel, QTableView *list, QLineEdit *filter,
                   const QString &before, const QString &after)
{
    filter->setText(before);
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 20000);
    list->selectRow(0);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("renameFunctionButton")),
                      Qt::LeftButton);
    NameDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = shownDialog<NameDialog>(QStringLiteral("functionNameDialog"))));
    auto *edit = dialog->findChild<QLineEdit *>();
    edit->selectAll();
    QTest::keyClicks(edit, after);
    QTest::keyClick(edit, Qt::Key_Return);
}
} // namespace

void TestLargeLists::renameAtSizeFindsCallersInTheExport()
{
    // Among 10,000 functions, the callers of the renamed one are found (in the app's export, one
    // call) and updated with it.
    const QString before = fn(5), after = QStringLiteral("fn_renamed_at_size");
    StitchFunction caller;
    caller.name = QStringLiteral("callsFive");
    caller.source = QStringLiteral("exports = () => context.functions.execute(\"%1\");\n").arg(before);
    QVERIFY(SignedInFixture::finish(
            functioncalls::create(*m_fx.session->client(), m_fx.groupId, m_fx.app.id, caller)));
    const QString callerId = m_fx.idOf(caller.name);
    QVERIFY(!callerId.isEmpty());

    // The panel's list may be older than the caller (it is not reloaded here): the export, not
    // the list, says who calls.
    LargeFunctionsPanel shown(m_fx.session.get());
    QTRY_VERIFY_WITH_TIMEOUT(shown.list->model()->rowCount() >= m_total, 30000);
    renameInPanel(shown.panel, shown.list, shown.filter, before, after);
    QMessageBox *question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
            (question = shownDialog<QMessageBox>(QStringLiteral("renameCallersQuestion"))), 30000);
    QVERIFY2(question->text().contains(caller.name), qPrintable(question->text()));
    question->findChild<QPushButton *>(QStringLiteral("renameAndUpdateButton"))->click();
    shown.filter->setText(after);
    QTRY_COMPARE_WITH_TIMEOUT(shown.list->model()->rowCount(), 1, 20000);
    QCOMPARE(shown.list->model()->index(0, 0).data().toString(), after);
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.fetch(*m_fx.session, callerId)
                                     .source.contains(QStringLiteral("execute(\"%1\")").arg(after)),
                             20000);

    // Put things back for the tests after this one.
    QVERIFY(SignedInFixture::finish(
            functioncalls::remove(*m_fx.session->client(), m_fx.groupId, m_fx.app.id, callerId)));
    shown.filter->clear();
}

void TestLargeLists::renameAsksWhenCallersCannotBeLookedFor()
{
    // The export fails (here: nothing listens where the client points): the rename says that the
    // callers were not looked for, and why, and renames only when told to.
    LargeFunctionsPanel shown(m_fx.session.get());
    QTRY_VERIFY_WITH_TIMEOUT(shown.list->model()->rowCount() >= m_total, 30000);
    const QString before = fn(6), after = QStringLiteral("fn_renamed_unchecked");
    ApiClient *client = m_fx.session->client();
    const QUrl root = client->baseUrl();
    const auto pointAtNothing = [&] { client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1"))); };

    pointAtNothing();
    renameInPanel(shown.panel, shown.list, shown.filter, before, after);
    QMessageBox *question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
            (question = shownDialog<QMessageBox>(QStringLiteral("renameUncheckedQuestion"))), 20000);
    QVERIFY2(question->text().contains(before)
                     && question->text().contains(QStringLiteral("could not be looked for")),
             qPrintable(question->text()));
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
    question->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!shownDialog<QMessageBox>(QStringLiteral("renameUncheckedQuestion")));
    client->setBaseUrl(root);
    // Cancelled: nothing renamed.
    QCOMPARE(m_fx.idOf(after), QString());

    pointAtNothing();
    renameInPanel(shown.panel, shown.list, shown.filter, before, after);
    QTRY_VERIFY_WITH_TIMEOUT(
            (question = shownDialog<QMessageBox>(QStringLiteral("renameUncheckedQuestion"))), 20000);
    client->setBaseUrl(root);
    question->findChild<QPushButton *>(QStringLiteral("renameUncheckedButton"))->click();
    shown.filter->setText(after);
    QTRY_COMPARE_WITH_TIMEOUT(shown.list->model()->rowCount(), 1, 20000);
    QCOMPARE(shown.list->model()->index(0, 0).data().toString(), after);
    shown.filter->clear();
}

void TestLargeLists::pagedListOffersLoadAll()
{
    // More users than a page (50): the first page covers some of them only.
    for (int i = 0; i < UserListModel::PageSize + 3; ++i)
        QVERIFY(!m_fx.createUser(QStringLiteral("loadall%1@example.com").arg(i)).isEmpty());
    UserListModel users(m_fx.session->client());
    ListFilterProxy proxy(&users);
    proxy.setFilterRole(UserListModel::FilterTextRole);
    proxy.setFilterKeyColumn(UserListModel::NameColumn);
    QWidget host;
    auto *filter = new QLineEdit(&host);
    auto *count = new QLabel(&host);
    new ListFilterBinding(filter, count, &proxy,
                          [](int n) { return QStringLiteral("%1 users").arg(n); });
    QSignalSpy reloaded(&users, &ListModelBase::reloaded);
    users.reload(m_fx.groupId, m_fx.app.id);
    QVERIFY(reloaded.wait(20000));
    QVERIFY(!users.isComplete());
    QVERIFY(!count->text().contains(QLatin1String("href"))); // nothing filtered yet
    QTest::keyClicks(filter, QStringLiteral("loadall5"));
    QVERIFY(proxy.filterIsPartial());
    QVERIFY2(count->text().contains(QLatin1String(ListFilterBinding::LoadAllLink)),
             qPrintable(count->text()));
    QVERIFY(count->accessibleName().contains(QLatin1String("loaded pages only")));
    QVERIFY(!count->toolTip().isEmpty());
    // The link, as a click on it sends it.
    emit count->linkActivated(QLatin1String(ListFilterBinding::LoadAllLink));
    QTRY_VERIFY_WITH_TIMEOUT(users.isComplete(), 20000);
    QVERIFY(!proxy.filterIsPartial());
    QVERIFY(!count->text().contains(QLatin1String("href")));
    // loadall5, loadall50 ... loadall52
    QCOMPARE(proxy.rowCount(), 4);
}

void TestLargeLists::everyListPanelFiltersThroughTheBinding()
{
    // Every list a registered panel filters goes through ListFilterBinding (count, Load all,
    // fixed row heights): a panel added later with a filter of its own fails here.
    int proxies = 0;
    for (const PanelSpec &spec : panelRegistry()) {
        std::unique_ptr<Panel> panel(spec.create(m_fx.session.get(), nullptr));
        const QList<ListFilterBinding *> bindings = panel->findChildren<ListFilterBinding *>();
        for (ListFilterProxy *proxy : panel->findChildren<ListFilterProxy *>()) {
            ++proxies;
            const bool bound = std::any_of(bindings.begin(), bindings.end(),
                                           [&](ListFilterBinding *b) { return b->proxy() == proxy; });
            QVERIFY2(bound, qPrintable(spec.id));
        }
    }
    QVERIFY(proxies >= 10);
}

void TestLargeLists::saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    for (const bool dark : { false, true }) {
        theme::apply(dark);
        QCoreApplication::processEvents();
        widget->grab().save(QDir(dir).filePath(name + (dark ? QStringLiteral("-dark.png")
                                                            : QStringLiteral("-light.png"))));
    }
    theme::apply(false);
}

QTEST_MAIN(TestLargeLists)
#include "tst_largelists.moc"
