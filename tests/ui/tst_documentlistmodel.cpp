// DocumentListModel: a page of documents as a JSON tree keyed by _id, under
// QAbstractItemModelTester through page changes, and the row of any index's document.

#include <models/documentlistmodel.h>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {

QJsonObject parsed(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QList<QJsonObject> page()
{
    return {
        parsed(R"({"_id": {"$oid": "5f1a2b3c4d5e6f7a8b9c0d1e"}, "name": "Ada",
                  "born": {"$date": {"$numberLong": "-4861728000000"}},
                  "tags": ["math", "engines"], "score": {"$numberInt": "42"}})"),
        parsed(R"({"_id": "plain-string-id", "nested": {"a": {"b": null}}})"),
        parsed(R"({"_id": {"$numberLong": "7"}, "flag": true})"),
        parsed(R"({"no_id": 1})"),
    };
}

} // namespace

class tst_DocumentListModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheTesterThroughPages();
    void rowsAreKeyedById();
    void documentRowOfNestedIndexes();
    void idTextOfEveryKind();
};

void tst_DocumentListModel::passesTheTesterThroughPages()
{
    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPage(page(), 1234, 50);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.total(), 1234);
    QCOMPARE(model.skip(), 50);
    model.setPage(page().mid(0, 1), 1, 0);
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.documentCount(), 0);
    QList<QJsonObject> many;
    for (int i = 0; i < 500; ++i)
        many.append(QJsonObject { { QStringLiteral("_id"), i },
                                  { QStringLiteral("v"), QJsonArray { i, QString::number(i) } } });
    model.setPage(many, 100000, 99500);
    QCOMPARE(model.rowCount(), 500);
}

void tst_DocumentListModel::rowsAreKeyedById()
{
    DocumentListModel model;
    model.setPage(page(), 4, 0);
    const auto key
        = [&](int row) { return model.index(row, JsonTreeModel::KeyColumn).data().toString(); };
    QCOMPARE(key(0), QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d1e"));
    QCOMPARE(key(1), QStringLiteral("plain-string-id"));
    QCOMPARE(key(2), QStringLiteral("7"));
    QCOMPARE(key(3), QStringLiteral("(no _id)"));
    // The fields below keep JsonTreeModel's names, values and types.
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(model.rowCount(first), 5);
    QStringList fields;
    for (int row = 0; row < model.rowCount(first); ++row)
        fields << model.index(row, JsonTreeModel::KeyColumn, first).data().toString();
    QVERIFY(fields.contains(QStringLiteral("born")));
    const int score = int(fields.indexOf(QStringLiteral("score")));
    QCOMPARE(model.index(score, JsonTreeModel::ValueColumn, first).data().toString(),
             QStringLiteral("42"));
    QCOMPARE(model.index(score, JsonTreeModel::TypeColumn, first).data().toString(),
             QStringLiteral("int32"));
    const int born = int(fields.indexOf(QStringLiteral("born")));
    QCOMPARE(model.index(born, JsonTreeModel::ValueColumn, first).data().toString(),
             QStringLiteral("1815-12-10T00:00:00.000Z"));
    // The document itself stays canonical Extended JSON, as the server sent it.
    QCOMPARE(model.document(0), page().first());
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("_id / Field"));
}

void tst_DocumentListModel::documentRowOfNestedIndexes()
{
    DocumentListModel model;
    model.setPage(page(), 4, 0);
    const QModelIndex second = model.index(1, 0);
    // Fields come in key order: "_id", then "nested".
    const QModelIndex nested = model.index(1, 0, second);
    QCOMPARE(nested.data().toString(), QStringLiteral("nested"));
    const QModelIndex deeper = model.index(0, 1, nested);
    QVERIFY(deeper.isValid());
    QCOMPARE(model.documentRow(deeper), 1);
    QCOMPARE(model.documentRow(second), 1);
    QCOMPARE(model.documentRow(QModelIndex()), -1);
    QCOMPARE(model.document(9), QJsonObject());
}

void tst_DocumentListModel::idTextOfEveryKind()
{
    QCOMPARE(DocumentListModel::idText(parsed(R"({"x": {"$oid": "abc"}})").value("x")),
             QStringLiteral("abc"));
    QCOMPARE(DocumentListModel::idText(QJsonValue(12)), QStringLiteral("12"));
    QCOMPARE(DocumentListModel::idText(QJsonValue(QStringLiteral("s"))), QStringLiteral("s"));
    QCOMPARE(DocumentListModel::idText(parsed(R"({"x": {"a": 1, "b": 2}})").value("x")),
             QStringLiteral("{\"a\":1,\"b\":2}"));
}

QTEST_GUILESS_MAIN(tst_DocumentListModel)
#include "tst_documentlistmodel.moc"
