// TriggerListModel and the trigger calls against a real LocalServer through the production
// ApiClient: the demo trigger's row, suspended and broken rows, the filter; the pure parsers and
// the error-to-field mapping.
#include "signedinfixture.h"

#include <api/triggercalls.h>
#include <models/listfilterproxy.h>
#include <models/triggerlistmodel.h>

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QGuiApplication>
#include <QJsonArray>
#include <QPalette>

class TestTriggerListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsDemoTrigger();
    void suspendedAndBrokenRows();
    void callsRoundTrip();
    void filter();
    void parseTrigger();
    void parseRejectsBadShapes();
    void fieldOfError_data();
    void fieldOfError();

private:
    SignedInFixture m_fx;
};

void TestTriggerListModel::initTestCase()
{
    QVERIFY(m_fx.start());
}

void TestTriggerListModel::listsDemoTrigger()
{
    TriggerListModel model(m_fx.session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &ListModelBase::reloaded);
    QCOMPARE(model.columnCount(), int(TriggerListModel::ColumnCount));
    model.reload(m_fx.groupId, m_fx.app.id);
    QVERIFY(reloaded.wait(20000));
    QVERIFY(model.rowCount() >= 1);
    int row = -1;
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.triggerAt(i).name == QLatin1String("logUserLogins"))
            row = i;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, TriggerListModel::TypeColumn).data().toString(),
             TriggerListModel::tr("Authentication"));
    QCOMPARE(model.index(row, TriggerListModel::FunctionColumn).data().toString(),
             QStringLiteral("onUserLogin"));
    QCOMPARE(model.index(row, TriggerListModel::EnabledColumn).data().toString(),
             TriggerListModel::tr("enabled"));
    QVERIFY(!model.index(row, 0).data(TriggerListModel::SuspendedRole).toBool());
    QCOMPARE(model.triggerAt(row).config.value(QLatin1String("operation_type")).toString(),
             QStringLiteral("LOGIN"));
    QCOMPARE(model.headerData(TriggerListModel::LastModifiedColumn, Qt::Horizontal).toString(),
             TriggerListModel::tr("Last Modified"));
}

void TestTriggerListModel::suspendedAndBrokenRows()
{
    TriggerListModel model(m_fx.session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &ListModelBase::reloaded);
    model.reload(m_fx.groupId, m_fx.app.id);
    QVERIFY(reloaded.wait(20000));
    QCOMPARE(model.suspendedCount(), 0);
    const QModelIndex name = model.index(0, TriggerListModel::NameColumn);
    // Not suspended: no warning colour, no icon.
    QVERIFY(!name.data(Qt::ForegroundRole).isValid());
    QVERIFY(!name.data(Qt::BackgroundRole).isValid());
    // Function ids not known yet: nothing is broken.
    QVERIFY(!name.data(TriggerListModel::BrokenRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setFunctionIds({ QStringLiteral("another") });
    QCOMPARE(changed.count(), 1);
    QVERIFY(name.data(TriggerListModel::BrokenRole).toBool());
    QVERIFY(model.index(0, TriggerListModel::FunctionColumn)
                .data()
                .toString()
                .endsWith(TriggerListModel::tr("(missing)").mid(3)));
    QVERIFY(model.index(0, TriggerListModel::FunctionColumn).data(Qt::ForegroundRole).isValid());
    model.setFunctionIds({ model.triggerAt(0).functionId });
    QVERIFY(!name.data(TriggerListModel::BrokenRole).toBool());
}

void TestTriggerListModel::callsRoundTrip()
{
    ApiClient &client = *m_fx.other->client();
    StitchTrigger trigger;
    trigger.name = QStringLiteral("everyFiveMinutes");
    trigger.type = QStringLiteral("SCHEDULED");
    trigger.functionId = m_fx.idOf(QStringLiteral("sum"));
    trigger.config.insert(QStringLiteral("schedule"), QStringLiteral("*/5 * * * *"));
    auto *create = triggercalls::create(client, m_fx.groupId, m_fx.app.id, trigger);
    QSignalSpy created(create, &ApiJob::finished);
    QVERIFY(created.wait(20000));
    QVERIFY2(create->ok(), qPrintable(create->error().summary()));
    const QString id = create->result().id;
    QVERIFY(!id.isEmpty());
    QCOMPARE(create->result().functionName, QStringLiteral("sum"));

    auto *get = triggercalls::get(client, m_fx.groupId, m_fx.app.id, id);
    QSignalSpy got(get, &ApiJob::finished);
    QVERIFY(got.wait(20000));
    QVERIFY(get->ok());
    StitchTrigger server = get->result();
    QVERIFY(!server.disabled);
    QVERIFY(!server.suspended);
    server.disabled = true;
    QVERIFY(SignedInFixture::finish(triggercalls::update(client, m_fx.groupId, m_fx.app.id, server)));
    QVERIFY(SignedInFixture::finish(triggercalls::resume(client, m_fx.groupId, m_fx.app.id, id)));

    TriggerListModel model(m_fx.session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &ListModelBase::reloaded);
    model.reload(m_fx.groupId, m_fx.app.id);
    QVERIFY(reloaded.wait(20000));
    const int row = model.rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, TriggerListModel::EnabledColumn).data().toString(),
             TriggerListModel::tr("disabled"));
    QCOMPARE(model.index(row, TriggerListModel::TypeColumn).data().toString(),
             TriggerListModel::tr("Scheduled"));

    QVERIFY(SignedInFixture::finish(triggercalls::remove(client, m_fx.groupId, m_fx.app.id, id)));
    ApiError error;
    QVERIFY(!SignedInFixture::finish(triggercalls::get(client, m_fx.groupId, m_fx.app.id, id),
                                     &error));
    QCOMPARE(error.httpStatus, 404);
}

void TestTriggerListModel::filter()
{
    TriggerListModel model(m_fx.session->client());
    ListFilterProxy proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &ListModelBase::reloaded);
    model.reload(m_fx.groupId, m_fx.app.id);
    QVERIFY(reloaded.wait(20000));
    proxy.setFilterText(QStringLiteral("onUserLog")); // the function column
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("no such trigger"));
    QCOMPARE(proxy.rowCount(), 0);
}

void TestTriggerListModel::parseTrigger()
{
    const QJsonObject object {
        { QStringLiteral("_id"), QStringLiteral("t1") },
        { QStringLiteral("name"), QStringLiteral("onInsert") },
        { QStringLiteral("type"), QStringLiteral("DATABASE") },
        { QStringLiteral("disabled"), true },
        { QStringLiteral("suspended"), true },
        { QStringLiteral("last_modified"), 1700000000 },
        { QStringLiteral("event_processors"),
          QJsonObject { { QStringLiteral("FUNCTION"),
                          QJsonObject { { QStringLiteral("config"),
                                          QJsonObject { { QStringLiteral("function_id"),
                                                          QStringLiteral("f1") },
                                                        { QStringLiteral("function_name"),
                                                          QStringLiteral("handle") } } } } } } },
        { QStringLiteral("config"),
          QJsonObject { { QStringLiteral("operation_types"),
                          QJsonArray { QStringLiteral("INSERT") } } } },
    };
    QString why;
    const StitchTrigger trigger = triggercalls::parseTrigger(object, &why);
    QVERIFY(why.isEmpty());
    QCOMPARE(trigger.functionId, QStringLiteral("f1"));
    QCOMPARE(trigger.functionName, QStringLiteral("handle"));
    QVERIFY(trigger.disabled);
    QVERIFY(trigger.suspended);
    QCOMPARE(trigger.lastModified, qint64(1700000000));
    const QJsonObject body = trigger.toJson();
    QCOMPARE(body.value(QLatin1String("function_id")).toString(), QStringLiteral("f1"));
    QVERIFY(!body.contains(QLatin1String("suspended")));
}

void TestTriggerListModel::parseRejectsBadShapes()
{
    QString why;
    QVERIFY(triggercalls::parseTriggers(QJsonDocument(QJsonObject()), &why).isEmpty());
    QVERIFY(!why.isEmpty());
    why.clear();
    QVERIFY(triggercalls::parseTriggers(QJsonDocument(QJsonArray { 1 }), &why).isEmpty());
    QVERIFY(!why.isEmpty());
    why.clear();
    QVERIFY(triggercalls::parseTriggers(QJsonDocument(QJsonArray { QJsonObject() }), &why)
                .isEmpty());
    QVERIFY(!why.isEmpty());
    why.clear();
    const QList<ServiceSummary> services = triggercalls::parseServices(
        QJsonDocument(QJsonArray { QJsonObject { { QStringLiteral("_id"), QStringLiteral("s") },
                                                 { QStringLiteral("name"), QStringLiteral("db") },
                                                 { QStringLiteral("type"),
                                                   QStringLiteral("mongodb-atlas") } } }),
        &why);
    QCOMPARE(services.size(), 1);
    QVERIFY(services.first().isMongoDb());
}

void TestTriggerListModel::fieldOfError_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");
    QTest::newRow("duplicate") << "TriggerAlreadyExists" << "trigger x already exists" << "name";
    QTest::newRow("function") << "FunctionNotFound" << "function_id names no function: x"
                              << "function_id";
    QTest::newRow("service") << "ServiceNotFound" << "config.service_id names no service: x"
                             << "config.service_id";
    QTest::newRow("missing config") << "MissingParameter" << "missing parameter: config.database"
                                    << "config.database";
    QTest::newRow("bad bool") << "InvalidParameter" << "parameter full_document must be a boolean"
                              << "config.full_document";
    QTest::newRow("name") << "InvalidParameter" << "name must be 1 to 64 letters" << "name";
    QTest::newRow("none") << "InternalServerError" << "cannot write" << "";
}

void TestTriggerListModel::fieldOfError()
{
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, field);
    QCOMPARE(triggercalls::fieldOfError(code, message), field);
}

QTEST_MAIN(TestTriggerListModel)
#include "tst_triggerlistmodel.moc"
