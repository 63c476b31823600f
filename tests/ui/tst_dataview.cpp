// The Services panel's Data tab as a user meets it, against the real in-process stitch-local
// and its local data routes: databases and collections with counts, a page of documents as a
// JSON tree, paging through a collection larger than a page, the filter and sort checked as
// typed, insert, edit (replace), delete several with one confirmation, import with a bad line
// (refused with its line number, then imported skipping it), a service of another type, and
// QAbstractItemModelTester on the document model throughout.

#include "docpaneltesthelpers.h"
#include "panelshots.h"

#include <api/localdatacalls.h>
#include <api/functioncalls.h>
#include <api/servicecalls.h>
#include <api/triggercalls.h>
#include <models/logmodel.h>
#include <panels/logspanel.h>
#include <models/documentlistmodel.h>
#include <panels/dataview.h>
#include <panels/servicespanel.h>

#include <widgets/errorbanner.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace doctest;

namespace {

const QString kDb = QStringLiteral("shop");
const QString kOrders = QStringLiteral("orders");

//! Clicks the button whose text contains text in the next message box shown (a modal exec).
void answerNextMessageBox(const QString &text, bool *answered)
{
    auto *timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, [timer, text, answered] {
        QMessageBox *box = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *candidate = qobject_cast<QMessageBox *>(widget);
                candidate && candidate->isVisible())
                box = candidate;
        }
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(u'&').contains(text)) {
                *answered = true;
                timer->deleteLater();
                button->click();
                return;
            }
        }
    });
    timer->start();
}

} // namespace

class TestDataView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void collectionsAndFirstPage();
    void pagingThroughTheCollection();
    void filterAndSortCheckedAsTyped();
    void insertEditDelete();
    void importWithABadLine();
    void otherServiceTypeSaysWhy();
    void insertFiresDatabaseTriggerSeenInLogs();
    void screenshots();

private:
    bool showData(const QString &serviceName);
    QList<QJsonObject> serverFind(const QJsonObject &filter);
    SignedInFixture m_fx;
    std::unique_ptr<ServicesPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_serviceId;
    QStringList m_statuses;
};

void TestDataView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("stitch-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dataview"));
    QVERIFY(m_fx.start());
    auto *service
        = servicecalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id,
                               QStringLiteral("mongodb-atlas"), QStringLiteral("mongodb-atlas"),
                               { { QStringLiteral("clusterName"), QStringLiteral("local") } });
    QVERIFY(SignedInFixture::finish(service));
    m_serviceId = service->result().id;
    // 120 orders: more than two pages of 50.
    QByteArray lines;
    for (int n = 0; n < 120; ++n)
        lines
            += QStringLiteral(
                   R"({"_id": {"$numberInt": "%1"}, "n": {"$numberInt": "%1"}, "item": "item-%2", "when": {"$date": {"$numberLong": "1764900000000"}}})")
                   .arg(n)
                   .arg(n, 3, 10, QLatin1Char('0'))
                   .toUtf8()
            + '\n';
    auto *import = localdatacalls::import(*m_fx.other->client(), m_fx.groupId, m_fx.app.id,
                                          m_serviceId, kDb, kOrders, lines, false);
    QVERIFY(SignedInFixture::finish(import));
    QCOMPARE(import->result().imported, 120);

    m_panel = std::make_unique<ServicesPanel>(m_fx.session.get());
    connect(m_panel.get(), &Panel::statusMessage, this,
            [this](const QString &text) { m_statuses << text; });
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->dataView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(1200, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->hasLoaded(), 20000);
}

void TestDataView::cleanupTestCase()
{
    m_tester.reset();
    m_panel.reset();
}

bool TestDataView::showData(const QString &serviceName)
{
    m_panel->refresh();
    if (!QTest::qWaitFor(
            [&] {
                return !m_panel->model()->isLoading()
                    && rowNamed(m_panel->list(), serviceName) >= 0;
            },
            20000))
        return false;
    clickRow(m_panel->list(), serviceName);
    if (!QTest::qWaitFor([&] { return m_panel->shownService().name == serviceName; }, 20000))
        return false;
    m_panel->tabs()->setCurrentWidget(m_panel->dataView());
    return true;
}

QList<QJsonObject> TestDataView::serverFind(const QJsonObject &filter)
{
    localdatacalls::FindQuery query;
    query.database = kDb;
    query.collection = kOrders;
    query.filter = filter;
    query.limit = 1000;
    auto *job = localdatacalls::find(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, m_serviceId,
                                     query);
    return SignedInFixture::finish(job) ? job->result().documents : QList<QJsonObject>();
}

void TestDataView::collectionsAndFirstPage()
{
    DataView *data = m_panel->dataView();
    QSignalSpy loaded(data, &DataView::databasesLoaded);
    QVERIFY(showData(QStringLiteral("mongodb-atlas")));
    // Usable once the server has said it has "local-data" (GET /local/features).
    QTRY_VERIFY_WITH_TIMEOUT(data->isAvailable(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 20000);
    QTreeWidget *tree = data->collections();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *db = tree->topLevelItem(0);
    QCOMPARE(db->text(0), kDb);
    QCOMPARE(db->childCount(), 1);
    QCOMPARE(db->child(0)->text(0), kOrders);
    QCOMPARE(db->child(0)->text(1), QLocale().toString(120));

    QSignalSpy page(data, &DataView::pageLoaded);
    tree->setCurrentItem(db->child(0));
    QTRY_VERIFY_WITH_TIMEOUT(page.size() == 1, 20000);
    QCOMPARE(data->model()->rowCount(), 50);
    QCOMPARE(data->model()->total(), 120);
    QCOMPARE(data->pageLabel()->text(), QStringLiteral("1–50 of 120"));
    // The tree shows each document by its _id, its fields below, Extended JSON as values.
    const QModelIndex first = data->model()->index(0, JsonTreeModel::KeyColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("0"));
    bool sawDate = false;
    for (int row = 0; row < data->model()->rowCount(first); ++row) {
        const QModelIndex key = data->model()->index(row, JsonTreeModel::KeyColumn, first);
        if (key.data().toString() == QLatin1String("when")) {
            sawDate = true;
            QCOMPARE(data->model()->index(row, JsonTreeModel::TypeColumn, first).data().toString(),
                     QStringLiteral("date"));
        }
    }
    QVERIFY(sawDate);
    QVERIFY(!data->previousButton()->isEnabled());
    QVERIFY(data->nextButton()->isEnabled());
}

void TestDataView::pagingThroughTheCollection()
{
    DataView *data = m_panel->dataView();
    QSignalSpy page(data, &DataView::pageLoaded);
    QTest::mouseClick(data->nextButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page.size() == 1, 20000);
    QCOMPARE(data->pageLabel()->text(), QStringLiteral("51–100 of 120"));
    QCOMPARE(data->model()->index(0, 0).data().toString(), QStringLiteral("50"));
    QTest::mouseClick(data->nextButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page.size() == 2, 20000);
    QCOMPARE(data->pageLabel()->text(), QStringLiteral("101–120 of 120"));
    QCOMPARE(data->model()->rowCount(), 20);
    QVERIFY(!data->nextButton()->isEnabled());
    QTest::mouseClick(data->previousButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page.size() == 3, 20000);
    QCOMPARE(data->pageLabel()->text(), QStringLiteral("51–100 of 120"));
    // A larger page from the start.
    data->pageSize()->setCurrentIndex(2); // 100
    QTRY_VERIFY_WITH_TIMEOUT(page.size() == 4, 20000);
    QCOMPARE(data->pageLabel()->text(), QStringLiteral("1–100 of 120"));
    data->pageSize()->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(page.size() == 5, 20000);
}

void TestDataView::filterAndSortCheckedAsTyped()
{
    DataView *data = m_panel->dataView();
    data->filterEdit()->setFocus();
    QTest::keyClicks(data->filterEdit(), QStringLiteral("{\"n\": {\"$gte\": "));
    QVERIFY(data->queryProblem()->isVisible());
    QVERIFY(data->queryProblem()->text().contains(QStringLiteral("filter")));
    QVERIFY(!data->applyButton()->isEnabled());
    QTest::keyClicks(data->filterEdit(), QStringLiteral("100}}"));
    QVERIFY(!data->queryProblem()->isVisible());
    data->sortEdit()->setText(QStringLiteral("[1]"));
    QVERIFY(data->queryProblem()->text().contains(QStringLiteral("sort")));
    data->sortEdit()->setText(QStringLiteral("{\"n\": -1}"));
    QVERIFY(data->applyButton()->isEnabled());
    QSignalSpy page(data, &DataView::pageLoaded);
    QTest::keyClick(data->sortEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(page.size() == 1, 20000);
    QCOMPARE(data->pageLabel()->text(), QStringLiteral("1–20 of 20"));
    QCOMPARE(data->model()->index(0, 0).data().toString(), QStringLiteral("119"));
    QCOMPARE(data->model()->index(19, 0).data().toString(), QStringLiteral("100"));
    // The server's refusal of an unknown operator reaches the banner, nothing crashes.
    data->filterEdit()->setText(QStringLiteral("{\"n\": {\"$bogus\": 1}}"));
    m_panel->banner()->clear();
    data->applyQuery();
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->banner()->isVisible(), 20000);
    data->filterEdit()->clear();
    data->sortEdit()->clear();
    data->applyQuery();
    QTRY_VERIFY_WITH_TIMEOUT(page.size() == 2, 20000);
}

void TestDataView::insertEditDelete()
{
    DataView *data = m_panel->dataView();
    QSignalSpy page(data, &DataView::pageLoaded);
    m_statuses.clear();
    data->insertDocuments(
        QJsonArray { QJsonObject { { QStringLiteral("_id"), QStringLiteral("extra-1") },
                                   { QStringLiteral("item"), QStringLiteral("added") } },
                     QJsonObject { { QStringLiteral("_id"), QStringLiteral("extra-2") },
                                   { QStringLiteral("item"), QStringLiteral("added") } } });
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Inserted 2 document(s).")), 20000);
    QCOMPARE(serverFind({ { QStringLiteral("item"), QStringLiteral("added") } }).size(), 2);

    data->replaceDocument(QStringLiteral("extra-1"),
                          { { QStringLiteral("_id"), QStringLiteral("extra-1") },
                            { QStringLiteral("item"), QStringLiteral("edited") } });
    QTRY_VERIFY_WITH_TIMEOUT(
        m_statuses.contains(QStringLiteral("Saved the document with _id extra-1.")), 20000);
    QCOMPARE(serverFind({ { QStringLiteral("item"), QStringLiteral("edited") } }).size(), 1);

    // Select both through the view and delete them with one confirmation.
    data->filterEdit()->setText(QStringLiteral("{\"_id\": {\"$in\": [\"extra-1\", \"extra-2\"]}}"));
    const int before = int(page.size());
    data->applyQuery();
    QTRY_VERIFY_WITH_TIMEOUT(page.size() > before, 20000);
    QCOMPARE(data->model()->rowCount(), 2);
    data->documents()->selectAll();
    QCOMPARE(data->selectedDocuments().size(), 2);
    QVERIFY(data->deleteButton()->isEnabled());
    QTest::mouseClick(data->deleteButton(), Qt::LeftButton);
    QVERIFY(acceptConfirmation());
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Deleted 2 document(s).")), 20000);
    QVERIFY(serverFind({ { QStringLiteral("_id"),
                           QJsonObject { { QStringLiteral("$in"),
                                           QJsonArray { QStringLiteral("extra-1"),
                                                        QStringLiteral("extra-2") } } } } })
                .isEmpty());
    data->filterEdit()->clear();
    data->applyQuery();
}

void TestDataView::importWithABadLine()
{
    DataView *data = m_panel->dataView();
    QSignalSpy finished(data, &DataView::importFinished);
    const QByteArray body = "{\"_id\": \"imp-1\", \"k\": 1}\n"
                            "{\"_id\": \"imp-2\", \"k\": \n"
                            "{\"_id\": \"imp-3\", \"k\": 3}\n";
    bool answered = false;
    // Refused for line 2, nothing imported; the view offers to skip it, and the rest goes in.
    answerNextMessageBox(QStringLiteral("Skipping"), &answered);
    data->importData(body, QStringLiteral("orders.jsonl"), false);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 20000);
    QVERIFY(answered);
    const QList<localdatacalls::ImportLine> refused
        = finished.at(0).at(2).value<QList<localdatacalls::ImportLine>>();
    QCOMPARE(finished.at(0).at(0).toLongLong(), 0);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().line, 2);
    QCOMPARE(finished.at(1).at(0).toLongLong(), 2);
    const QList<localdatacalls::ImportLine> skipped
        = finished.at(1).at(1).value<QList<localdatacalls::ImportLine>>();
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.first().line, 2);
    QCOMPARE(
        serverFind({ { QStringLiteral("k"), QJsonObject { { QStringLiteral("$exists"), true } } } })
            .size(),
        2);
}

void TestDataView::otherServiceTypeSaysWhy()
{
    auto *service = servicecalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id,
                                         QStringLiteral("webhooks"), QStringLiteral("http"), {});
    QVERIFY(SignedInFixture::finish(service));
    QVERIFY(showData(QStringLiteral("webhooks")));
    DataView *data = m_panel->dataView();
    QVERIFY(!data->isAvailable());
    QVERIFY(data->absentLabel()->isVisible());
    QVERIFY(data->absentLabel()->text().contains(QStringLiteral("MongoDB")));
    QVERIFY(showData(QStringLiteral("mongodb-atlas")));
    QVERIFY(data->isAvailable());
}

void TestDataView::insertFiresDatabaseTriggerSeenInLogs()
{
    // A document inserted in the Data view is an ordinary write: a database trigger on the
    // collection runs its function, and the Logs panel shows the DB_TRIGGER entry.
    StitchFunction function;
    function.name = QStringLiteral("onNewOrder");
    function.source = QStringLiteral(
        "exports = function(event) {\n"
        "  console.log('new order', event.fullDocument.item);\n"
        "};\n");
    auto *made = functioncalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, function);
    QVERIFY(SignedInFixture::finish(made));
    StitchTrigger trigger;
    trigger.name = QStringLiteral("orderPlaced");
    trigger.type = QStringLiteral("DATABASE");
    trigger.functionId = made->result().id;
    trigger.config = { { QStringLiteral("service_id"), m_serviceId },
                       { QStringLiteral("database"), kDb },
                       { QStringLiteral("collection"), kOrders },
                       { QStringLiteral("operation_types"), QJsonArray { QStringLiteral("INSERT") } },
                       { QStringLiteral("full_document"), true } };
    QVERIFY(SignedInFixture::finish(
        triggercalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, trigger)));

    QVERIFY(showData(QStringLiteral("mongodb-atlas")));
    DataView *data = m_panel->dataView();
    QSignalSpy page(data, &DataView::pageLoaded);
    data->openCollection(kDb, kOrders);
    QTRY_VERIFY_WITH_TIMEOUT(page.size() >= 1, 20000);
    m_statuses.clear();
    data->insertDocuments(QJsonArray { QJsonObject { { QStringLiteral("_id"), QStringLiteral("fire-1") },
                                                     { QStringLiteral("item"), QStringLiteral("kettle") } } });
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Inserted 1 document(s).")), 20000);

    LogsPanel logs(m_fx.session.get());
    logs.resize(1200, 800);
    logs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&logs));
    const auto triggerRow = [&logs] {
        LogModel *model = logs.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, LogModel::TypeColumn).data().toString().contains(
                    QLatin1String("DB_TRIGGER"), Qt::CaseInsensitive)
                || model->index(row, LogModel::TypeColumn).data().toString().contains(
                    QLatin1String("Database trigger"), Qt::CaseInsensitive))
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (triggerRow() >= 0)
                return true;
            logs.refresh();
            QTest::qWait(200);
            return triggerRow() >= 0;
        }(),
        20000);
    const int row = triggerRow();
    QCOMPARE(logs.model()->index(row, LogModel::NameColumn).data().toString(),
             QStringLiteral("orderPlaced → onNewOrder")); // the trigger and the function it ran
    // The trigger's runs, as the Triggers panel's "firing history" opens them, the entry chosen:
    // the search for the trigger's name finds it.
    logs.openItem(QStringLiteral("trigger:orderPlaced"));
    QTRY_VERIFY_WITH_TIMEOUT(!logs.model()->isLoading() && triggerRow() >= 0, 20000);
    QTRY_VERIFY(logs.model()->index(triggerRow(), 0).data(LogModel::MatchRole).toBool());
    if (auto *table = logs.findChild<QTableView *>())
        table->selectRow(0);
    if (!qEnvironmentVariable("STITCH_SHOTS_DIR").isEmpty())
        savePanelShots(&logs, QStringLiteral("logs-db-trigger"));
}

void TestDataView::screenshots()
{
    if (qEnvironmentVariable("STITCH_SHOTS_DIR").isEmpty())
        QSKIP("set STITCH_SHOTS_DIR to write screenshots");
    DataView *data = m_panel->dataView();
    QVERIFY(showData(QStringLiteral("mongodb-atlas")));
    QSignalSpy page(data, &DataView::pageLoaded);
    data->openCollection(kDb, kOrders);
    QTRY_VERIFY_WITH_TIMEOUT(page.size() >= 1, 20000);
    data->documents()->expand(data->model()->index(0, 0));
    data->documents()->setCurrentIndex(data->model()->index(0, 0));
    savePanelShots(m_panel.get(), QStringLiteral("services-data"));
}

QTEST_MAIN(TestDataView)
#include "tst_dataview.moc"
