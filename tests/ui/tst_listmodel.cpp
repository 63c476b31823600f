// The generic list model over jobs, with different descriptors against the real server: apps
// (a group's whole list), values (an app's whole list, previews read on demand) and users (a
// list the server pages), each under QAbstractItemModelTester; and the palette's fuzzy matcher.
#include "signedinfixture.h"

#include <api/valuecalls.h>
#include <models/applistmodel.h>
#include <models/fuzzymatch.h>
#include <models/listfilterproxy.h>
#include <models/userlistmodel.h>
#include <models/valuelistmodel.h>

#include <QAbstractItemModelTester>

class TestListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void appsDescriptor();
    void valuesDescriptorReadsPreviewsWhenPainted();
    void pagedUsersGrowByFetchMore();
    void filterOverPagedListSaysSo();
    void ensureLoadedLoadsOnce();
    void fuzzyMatch_data();
    void fuzzyMatch();

private:
    SignedInFixture m_fx;
};

void TestListModel::initTestCase()
{
    QVERIFY(m_fx.start());
}

void TestListModel::appsDescriptor()
{
    AppListModel model(m_fx.session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &ListModelBase::reloaded);
    model.reload(m_fx.groupId);
    QVERIFY(reloaded.wait(20000));
    QCOMPARE(model.columnCount(), 4);
    const int row = model.rowOf(m_fx.app.id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, AppListModel::ClientAppIdColumn).data().toString(),
             m_fx.app.clientAppId);
    QCOMPARE(model.index(row, 0).data(ListModelBase::IdRole).toString(), m_fx.app.id);
    QCOMPARE(model.index(row, 0).data(ListModelBase::SortRole).toString(), m_fx.app.name);
    QVERIFY(model.isComplete() && !model.isPaged() && !model.canFetchMore());
}

void TestListModel::valuesDescriptorReadsPreviewsWhenPainted()
{
    for (int i = 0; i < 3; ++i) {
        StitchValue value;
        value.name = QStringLiteral("preview%1").arg(i);
        value.value = QJsonObject { { QStringLiteral("i"), i } };
        QVERIFY(SignedInFixture::finish(
            valuecalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, value)));
    }
    ValueListModel model(m_fx.session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &ListModelBase::reloaded);
    model.reload(m_fx.groupId, m_fx.app.id);
    QVERIFY(reloaded.wait(20000));
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data().toString() == QLatin1String("preview2"))
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex preview = model.index(row, ValueListModel::PreviewColumn);
    // Not read until asked for (painted); then read with one call and shown.
    QVERIFY(!model.hasKnownValue(model.valueAt(row).id));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(preview.data().toString().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(model.hasKnownValue(model.valueAt(row).id), 20000);
    QCOMPARE(preview.data().toString(), QStringLiteral("{\"i\":2}"));
    QVERIFY(!changed.isEmpty());
    QVERIFY(model.names().contains(QStringLiteral("preview0")));
}

void TestListModel::pagedUsersGrowByFetchMore()
{
    // More users than a page (50).
    for (int i = 0; i < UserListModel::PageSize + 7; ++i)
        QVERIFY(!m_fx.createUser(QStringLiteral("pageduser%1@example.com").arg(i)).isEmpty());
    UserListModel model(m_fx.session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QSignalSpy reloaded(&model, &ListModelBase::reloaded);
    QSignalSpy appended(&model, &ListModelBase::pageAppended);
    model.reload(m_fx.groupId, m_fx.app.id);
    QVERIFY(reloaded.wait(20000));
    QCOMPARE(model.rowCount(), UserListModel::PageSize);
    QVERIFY(model.isPaged() && !model.isComplete() && model.canFetchMore());
    model.fetchMore();
    QVERIFY(!model.canFetchMore()); // one page at a time
    QVERIFY(appended.wait(20000));
    QVERIFY(model.rowCount() > UserListModel::PageSize);
    model.fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 20000);
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(ListModelBase::IdRole).toString();
    QCOMPARE(ids.size(), model.rowCount()); // no page twice
    QVERIFY(model.rowCount() >= UserListModel::PageSize + 7);
}

void TestListModel::filterOverPagedListSaysSo()
{
    UserListModel model(m_fx.session->client());
    ListFilterProxy proxy(&model);
    QSignalSpy reloaded(&model, &ListModelBase::reloaded);
    model.reload(m_fx.groupId, m_fx.app.id);
    QVERIFY(reloaded.wait(20000));
    proxy.setFilterText(QStringLiteral("pageduser5"));
    QVERIFY(proxy.filterIsPartial());
    QVERIFY(proxy.countText(QString()).contains(QLatin1String("loaded pages only")));
    model.fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 20000);
    QVERIFY(!proxy.filterIsPartial());
    // pageduser5, pageduser50 ... pageduser56
    QCOMPARE(proxy.rowCount(), 8);
}

void TestListModel::ensureLoadedLoadsOnce()
{
    AppListModel model(m_fx.session->client());
    QSignalSpy loading(&model, &ListModelBase::loadingChanged);
    QSignalSpy reloaded(&model, &ListModelBase::reloaded);
    model.ensureLoaded(m_fx.groupId);
    model.ensureLoaded(m_fx.groupId); // already loading: nothing more
    QVERIFY(reloaded.wait(20000));
    model.ensureLoaded(m_fx.groupId); // loaded: nothing more
    QCOMPARE(loading.count(), 2);
    QCOMPARE(reloaded.count(), 1);
    model.ensureLoaded(QStringLiteral("no-such-group"));
    QSignalSpy errors(&model, &ListModelBase::errorOccurred);
    QVERIFY(errors.wait(20000));
    QCOMPARE(model.rowCount(), 0); // another scope's rows went at once
    model.ensureLoaded(QStringLiteral("no-such-group")); // failed: tries again
    QVERIFY(model.isLoading());
}

void TestListModel::fuzzyMatch_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("better");
    QTest::addColumn<QString>("worse");
    QTest::newRow("word starts") << "gtv" << "Go to Values" << "Get version";
    QTest::newRow("prefix") << "val" << "Values" << "Interval";
    QTest::newRow("exact") << "sum" << "sum" << "summarizeOrders";
    QTest::newRow("camel case") << "sO" << "summarizeOrders" << "sensor";
    QTest::newRow("consecutive") << "logs" << "Go to Logs" << "Go to Functions (last gs)";
}

void TestListModel::fuzzyMatch()
{
    QFETCH(QString, pattern);
    QFETCH(QString, better);
    QFETCH(QString, worse);
    QVERIFY(fuzzymatch::score(pattern, better) >= 0);
    QVERIFY2(fuzzymatch::score(pattern, better) > fuzzymatch::score(pattern, worse),
             qPrintable(QStringLiteral("%1 vs %2").arg(fuzzymatch::score(pattern, better))
                            .arg(fuzzymatch::score(pattern, worse))));
    QCOMPARE(fuzzymatch::score(QStringLiteral("xyz"), better), -1);
    QCOMPARE(fuzzymatch::positions(pattern, better).size(), pattern.size());
    QCOMPARE(fuzzymatch::score(QString(), better), 0);
}

QTEST_MAIN(TestListModel)
#include "tst_listmodel.moc"
