// FunctionListModel and the function calls against a real LocalServer through the production
// ApiClient: rows in batches, abandoned reloads, errors; the pure parsers and helpers.
#include "signedinfixture.h"

#include <api/parsefunctions.h>
#include <api/usercalls.h>
#include <models/exportedsources.h>
#include <models/functionlistmodel.h>
#include <models/listfilterproxy.h>

#include <QAbstractItemModelTester>

class TestFunctionListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reloadListsDemoFunctions();
    void holdsTheWholeList();
    void reloadAbandonsCallInFlight();
    void unknownAppReportsError();
    void clearEmpties();
    void parseRunResult();
    void parseFunctionRejectsBadShapes_data();
    void parseFunctionRejectsBadShapes();
    void errorLine_data();
    void errorLine();
    void executionMs_data();
    void executionMs();
    void evalSource();
    void usersList();
    void exportedSourcesNameEveryFunction();
    void exportedSourcesRefuseWhatIsNoZip();

private:
    int rowNamed(const FunctionListModel &model, const QString &name) const;
    SignedInFixture m_fx;
};

void TestFunctionListModel::initTestCase()
{
    QVERIFY(m_fx.start());
}

int TestFunctionListModel::rowNamed(const FunctionListModel &model, const QString &name) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.functionAt(row).name == name)
            return row;
    }
    return -1;
}

void TestFunctionListModel::reloadListsDemoFunctions()
{
    FunctionListModel model(m_fx.session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QSignalSpy loading(&model, &FunctionListModel::loadingChanged);
    QSignalSpy reloaded(&model, &FunctionListModel::reloaded);

    QCOMPARE(model.columnCount(), int(FunctionListModel::ColumnCount));
    model.reload(m_fx.groupId, m_fx.app.id);
    QVERIFY(model.isLoading());
    QVERIFY(reloaded.wait(20000));
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.count(), 2);
    const int sum = rowNamed(model, QStringLiteral("sum"));
    QVERIFY(sum >= 0);
    QCOMPARE(model.index(sum, FunctionListModel::NameColumn).data().toString(),
             QStringLiteral("sum"));
    QVERIFY(!model.index(sum, 0).data(FunctionListModel::FunctionIdRole).isNull());
    const int login = rowNamed(model, QStringLiteral("onUserLogin"));
    QVERIFY(login >= 0);
    QCOMPARE(model.index(login, FunctionListModel::PrivateColumn).data().toString(),
             FunctionListModel::tr("private"));
    QVERIFY(model.index(login, 0).data(FunctionListModel::PrivateRole).toBool());
    QVERIFY(model.names().contains(QStringLiteral("greet")));
    QCOMPARE(model.rowOf(model.functionAt(sum).id), sum);
}

void TestFunctionListModel::holdsTheWholeList()
{
    // More functions than the old 200-row batch: a filter and a sort must see all of them.
    const int wanted = 205;
    int done = 0;
    int failed = 0;
    for (int i = 0; i < wanted; ++i) {
        StitchFunction function;
        function.name = QStringLiteral("batch_%1").arg(i, 3, 10, QLatin1Char('0'));
        function.source = QStringLiteral("exports = function() { return %1; };").arg(i);
        auto *job
            = functioncalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, function);
        connect(job, &ApiJob::finished, this, [&](ApiJob *job) {
            ++done;
            failed += job->ok() ? 0 : 1;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, wanted, 180000);
    QCOMPARE(failed, 0);
    FunctionListModel model(m_fx.session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &FunctionListModel::reloaded);
    model.reload(m_fx.groupId, m_fx.app.id);
    QVERIFY(reloaded.wait(20000));
    QVERIFY(model.names().size() >= wanted + 4);
    QCOMPARE(model.rowCount(), int(model.names().size()));
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(model.isComplete());

    ListFilterProxy proxy(&model);
    proxy.setFilterKeyColumn(FunctionListModel::NameColumn);
    proxy.setFilterText(QStringLiteral("batch_20"));
    QCOMPARE(proxy.rowCount(), 5); // batch_200 ... batch_204, past the old 200-row batch
    QCOMPARE(proxy.countText(QString()), QStringLiteral("5 of %1").arg(model.rowCount()));
    proxy.setFilterText(QString());
    proxy.sort(FunctionListModel::NameColumn, Qt::DescendingOrder);
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << proxy.index(row, 0).data().toString();
    QStringList expected = model.names();
    std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) > 0;
    });
    QCOMPARE(names, expected);
}

void TestFunctionListModel::reloadAbandonsCallInFlight()
{
    FunctionListModel model(m_fx.session->client());
    QSignalSpy reloaded(&model, &FunctionListModel::reloaded);
    QSignalSpy errors(&model, &FunctionListModel::errorOccurred);
    model.reload(m_fx.groupId, m_fx.app.id);
    model.reload(m_fx.groupId, m_fx.app.id);
    model.refresh();
    QVERIFY(reloaded.wait(20000));
    QCOMPARE(reloaded.count(), 1);
    QVERIFY(!reloaded.wait(300)); // the abandoned calls never land
    QCOMPARE(errors.count(), 0);
}

void TestFunctionListModel::unknownAppReportsError()
{
    FunctionListModel model(m_fx.session->client());
    QSignalSpy errors(&model, &FunctionListModel::errorOccurred);
    model.reload(m_fx.groupId, QStringLiteral("000000000000000000000000"));
    QVERIFY(errors.wait(20000));
    QCOMPARE(errors.at(0).at(0).value<ApiError>().httpStatus, 404);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);
}

void TestFunctionListModel::clearEmpties()
{
    FunctionListModel model(m_fx.session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QSignalSpy reloaded(&model, &FunctionListModel::reloaded);
    model.reload(m_fx.groupId, m_fx.app.id);
    QVERIFY(reloaded.wait(20000));
    QVERIFY(model.rowCount() > 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.names().isEmpty());
}

void TestFunctionListModel::parseRunResult()
{
    QString why;
    const FunctionRunResult run = parse::runResult(
        QJsonDocument::fromJson(R"j({"result":{"$numberInt":"6"},"logs":["a","b"],
            "error_logs":["c"],"stats":{"execution_time":"1.2ms"}})j"),
        &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(run.result.toObject().value(QStringLiteral("$numberInt")).toString(),
             QStringLiteral("6"));
    QCOMPARE(run.logs, QStringList({ QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(run.errorLogs, QStringList { QStringLiteral("c") });
    QCOMPARE(run.executionTime, QStringLiteral("1.2ms"));
    QVERIFY(!run.hasError());

    const FunctionRunResult failed = parse::runResult(
        QJsonDocument::fromJson(
            R"j({"error":{"message":"boom (line 3, column 1)","name":"Error"}})j"),
        &why);
    QVERIFY(failed.hasError());
    QCOMPARE(failed.errorLine(), 3);
    QVERIFY(failed.result.isNull());
}

void TestFunctionListModel::parseFunctionRejectsBadShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::newRow("complete") << QByteArray(R"j({"_id":"a","name":"f","source":"x","private":true,
                                             "can_evaluate":{"%%true":true}})j")
                              << true;
    QTest::newRow("reference example") << QByteArray(R"j({"_id":"a","name":"f","source":"x",
                                         "private":"boolean","can_evaluate":"object"})j")
                                       << true;
    QTest::newRow("no id") << QByteArray(R"j({"name":"f"})j") << false;
    QTest::newRow("name not a string") << QByteArray(R"j({"_id":"a","name":3})j") << false;
    QTest::newRow("array") << QByteArray("[]") << false;
}

void TestFunctionListModel::parseFunctionRejectsBadShapes()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QString why;
    const StitchFunction function = parse::function(QJsonDocument::fromJson(json), &why);
    QCOMPARE(why.isEmpty(), ok);
    QCOMPARE(function.isNull(), !ok);
}

void TestFunctionListModel::errorLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("local server") << "SyntaxError: Unexpected token (line 4, column 2)" << 4;
    QTest::newRow("v8 stack") << "at exports (source.js:7:13)" << 7;
    QTest::newRow("anonymous") << "evalmachine.<anonymous>:12" << 12;
    QTest::newRow("none") << "TypeError: x is not a function" << 0;
}

void TestFunctionListModel::errorLine()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QCOMPARE(errorLineIn(text), line);
}

void TestFunctionListModel::executionMs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("ms");
    QTest::newRow("milliseconds") << "13.004567ms" << 13.004567;
    QTest::newRow("micro sign") << "850µs" << 0.85;
    QTest::newRow("greek mu") << "850μs" << 0.85;
    QTest::newRow("us") << "2us" << 0.002;
    QTest::newRow("nanoseconds") << "1500ns" << 0.0015;
    QTest::newRow("seconds") << "1.25s" << 1250.0;
    QTest::newRow("minutes and seconds") << "1m2.5s" << 62500.0;
    QTest::newRow("hours") << "1h0m0s" << 3600000.0;
    QTest::newRow("bare number is seconds") << "0.013" << 13.0;
    QTest::newRow("zero") << "0s" << 0.0;
    QTest::newRow("empty") << "" << -1.0;
    QTest::newRow("not a duration") << "fast" << -1.0;
    QTest::newRow("trailing junk") << "12msx" << -1.0;
}

void TestFunctionListModel::executionMs()
{
    QFETCH(QString, text);
    QFETCH(double, ms);
    FunctionRunResult run;
    run.executionTime = text;
    QVERIFY2(qAbs(run.executionMs() - ms) < 1e-9, qPrintable(QString::number(run.executionMs())));
}

void TestFunctionListModel::evalSource()
{
    QCOMPARE(functioncalls::evalSourceFor({}), QStringLiteral("exports(...[])"));
    QCOMPARE(functioncalls::evalSourceFor({ 1, QStringLiteral("a\"b") }),
             QStringLiteral("exports(...[1,\"a\\\"b\"])"));
}

void TestFunctionListModel::usersList()
{
    const QString id = m_fx.createUser(QStringLiteral("listed@example.com"));
    QVERIFY(!id.isEmpty());
    auto *job = usercalls::list(*m_fx.session->client(), m_fx.groupId, m_fx.app.id);
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(20000));
    QVERIFY2(job->ok(), qPrintable(job->error().summary()));
    bool found = false;
    for (const AppUser &user : job->result()) {
        if (user.id == id) {
            found = true;
            QCOMPARE(user.displayName(), QStringLiteral("listed@example.com"));
        }
    }
    QVERIFY(found);
}

void TestFunctionListModel::exportedSourcesNameEveryFunction()
{
    // The app's export, as the server sends it: every function with its id, name and source.
    QVERIFY(m_fx.seedFunctions());
    auto *job = appcalls::exportZip(*m_fx.session->client(), m_fx.groupId, m_fx.app.id);
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(20000));
    QVERIFY2(job->ok(), qPrintable(job->error().summary()));
    QString error;
    const QList<exportedsources::ExportedFunction> functions
        = exportedsources::functionSources(job->body(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    FunctionListModel listed(m_fx.session->client());
    QSignalSpy reloaded(&listed, &ListModelBase::reloaded);
    listed.reload(m_fx.groupId, m_fx.app.id);
    QVERIFY(reloaded.wait(20000));
    QCOMPARE(functions.size(), listed.rowCount());
    bool sawCaller = false;
    for (const exportedsources::ExportedFunction &function : functions) {
        const int row = rowNamed(listed, function.name);
        QVERIFY2(row >= 0, qPrintable(function.name));
        QCOMPARE(function.id, listed.itemAt(row).id);
        if (function.name == QLatin1String("summarizeOrders")) {
            QVERIFY(function.source.contains(QStringLiteral("context.functions.execute(\"sum\"")));
            sawCaller = true;
        }
    }
    QVERIFY(sawCaller);
}

void TestFunctionListModel::exportedSourcesRefuseWhatIsNoZip()
{
    // An HTML error page or a cut-off download: no functions, and a reason, never a crash.
    for (const QByteArray &notZip : { QByteArray("<html><body>Bad gateway</body></html>"),
                                      QByteArray(), QByteArray("PK\x03\x04 cut short") }) {
        QString error;
        QVERIFY(exportedsources::functionSources(notZip, &error).isEmpty());
        QVERIFY2(!error.isEmpty(), notZip.constData());
    }
}

QTEST_GUILESS_MAIN(TestFunctionListModel)
#include "tst_functionlistmodel.moc"
