#include <models/json/jsontreemodel.h>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestJsonTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void testerOverNestedJson();
    void extendedJsonShowsPlainValues_data();
    void extendedJsonShowsPlainValues();
    void nestedRowsAndRawText();
    void scalarAtTop();
    void resetSignals();
};

namespace {

QJsonValue parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).isArray()
        ? QJsonValue(QJsonDocument::fromJson(QByteArray(json)).array())
        : QJsonValue(QJsonDocument::fromJson(QByteArray(json)).object());
}

const char *const kNested = R"({
  "name": "demo",
  "count": {"$numberInt": "800"},
  "big": {"$numberLong": "806"},
  "ratio": {"$numberDouble": "1.5"},
  "sum": {"$numberDouble": "800"},
  "total": {"$numberDouble": "800.0"},
  "when": {"$date": {"$numberLong": "1700000000000"}},
  "id": {"$oid": "5f1b2c3d4e5f6a7b8c9d0e1f"},
  "tags": ["a", "b", {"deep": [1, 2, {"$numberInt": "3"}]}],
  "empty": {},
  "none": null,
  "ok": true
})";

QModelIndex childNamed(const QAbstractItemModel &model, const QModelIndex &parent,
                       const QString &key)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, JsonTreeModel::KeyColumn, parent);
        if (index.data().toString() == key)
            return index;
    }
    return {};
}

} // namespace

void TestJsonTreeModel::testerOverNestedJson()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(parse(kNested));
    QCOMPARE(model.rowCount(), 12);
    model.setJson(parse(R"([1, [2, [3, [4]]], {"a": {"b": {"c": {}}}}])"));
    QCOMPARE(model.rowCount(), 3);
    model.setJson(QJsonValue());
    QCOMPARE(model.rowCount(), 1);
    model.setJson(QJsonValue(QJsonValue::Undefined));
    QCOMPARE(model.rowCount(), 0);
}

void TestJsonTreeModel::extendedJsonShowsPlainValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("type");

    QTest::newRow("int32") << "count"
                           << "800"
                           << "int32";
    QTest::newRow("int64") << "big"
                           << "806"
                           << "int64";
    QTest::newRow("double") << "ratio"
                            << "1.5"
                            << "double";
    // A JavaScript number in a run result is a double also when integral (WIRE.md): shown plain.
    QTest::newRow("integral double") << "sum"
                                     << "800"
                                     << "double";
    QTest::newRow("integral double with .0") << "total"
                                             << "800"
                                             << "double";
    QTest::newRow("date") << "when"
                          << "2023-11-14T22:13:20.000Z"
                          << "date";
    QTest::newRow("oid") << "id"
                         << "5f1b2c3d4e5f6a7b8c9d0e1f"
                         << "ObjectId";
    QTest::newRow("string") << "name"
                            << "demo"
                            << "string";
    QTest::newRow("null") << "none"
                          << "null"
                          << "null";
    QTest::newRow("bool") << "ok"
                          << "true"
                          << "bool";
}

void TestJsonTreeModel::extendedJsonShowsPlainValues()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, type);

    JsonTreeModel model;
    model.setJson(parse(kNested));
    const QModelIndex keyIndex = childNamed(model, {}, key);
    QVERIFY(keyIndex.isValid());
    QCOMPARE(model.rowCount(keyIndex), 0); // a wrapper is a value, not an object to expand
    const QModelIndex valueIndex = keyIndex.siblingAtColumn(JsonTreeModel::ValueColumn);
    QCOMPARE(valueIndex.data().toString(), value);
    QCOMPARE(keyIndex.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString(), type);
    QVERIFY(valueIndex.data(Qt::ToolTipRole).toString().contains(type));
}

void TestJsonTreeModel::nestedRowsAndRawText()
{
    JsonTreeModel model;
    model.setJson(parse(kNested));
    const QModelIndex tags = childNamed(model, {}, QStringLiteral("tags"));
    QCOMPARE(model.rowCount(tags), 3);
    QCOMPARE(tags.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString(),
             QStringLiteral("array"));
    const QModelIndex object = model.index(2, 0, tags);
    QCOMPARE(object.data().toString(), QStringLiteral("2"));
    const QModelIndex deep = childNamed(model, object, QStringLiteral("deep"));
    QCOMPARE(model.rowCount(deep), 3);
    const QModelIndex three = model.index(2, JsonTreeModel::ValueColumn, deep);
    QCOMPARE(three.data().toString(), QStringLiteral("3"));
    QCOMPARE(three.data(JsonTreeModel::TypeNameRole).toString(), QStringLiteral("int32"));
    // Copying keeps what the server sent.
    QCOMPARE(three.data(JsonTreeModel::RawTextRole).toString(),
             QStringLiteral(R"({"$numberInt":"3"})"));
    QCOMPARE(model.parent(three), deep.siblingAtColumn(0));
    QCOMPARE(
        childNamed(model, {}, QStringLiteral("name")).data(JsonTreeModel::RawTextRole).toString(),
        QStringLiteral("\"demo\""));
    QCOMPARE(model.rowCount(childNamed(model, {}, QStringLiteral("empty"))), 0);
}

void TestJsonTreeModel::scalarAtTop()
{
    JsonTreeModel model;
    model.setJson(parse(R"({"$numberLong": "42"})"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("42"));
    QCOMPARE(model.index(0, JsonTreeModel::TypeColumn).data().toString(), QStringLiteral("int64"));
}

void TestJsonTreeModel::resetSignals()
{
    JsonTreeModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setJson(parse(R"({"a": 1})"));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.headerData(JsonTreeModel::TypeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Type"));
}

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
