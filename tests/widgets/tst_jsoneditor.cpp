#include <widgets/editor/editorstyle.h>
#include <widgets/editor/jsoneditor.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestJsonEditor : public QObject
{
    Q_OBJECT
private slots:
    void validation_data();
    void validation();
    void validatesAfterTyping();
    void arrayRequirement_data();
    void arrayRequirement();
    void errorLineMarked();
};

void TestJsonEditor::validation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("errorLine");

    QTest::newRow("object") << R"({"a": 1, "b": [true, null]})" << true << 0;
    QTest::newRow("array") << "[1, \"two\", {\"three\": 3}]" << true << 0;
    QTest::newRow("extended json") << R"({"n": {"$numberInt": "800"}})" << true << 0;
    QTest::newRow("unicode") << "{\"name\": \"h\u00e9llo\"}" << true << 0;
    QTest::newRow("empty") << "" << false << 0;
    QTest::newRow("trailing comma") << "{\n  \"a\": 1,\n}" << false << 3;
    QTest::newRow("missing colon") << "{\n  \"a\": 1,\n  \"b\" 2\n}" << false << 3;
    QTest::newRow("unterminated string") << "[\n\"abc\n]" << false << 3;
    QTest::newRow("single quotes") << "{'a': 1}" << false << 1;
    QTest::newRow("garbage after") << "{}\n\nx" << false << 3;
    QTest::newRow("bare word") << "hello" << false << 1;
    QTest::newRow("bad literal") << "{\n  \"a\": tru\n}" << false << 2;
    QTest::newRow("unfinished, blank lines after") << "[1,\n\n\n" << false << 1;
}

void TestJsonEditor::validation()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, errorLine);

    JsonEditor editor;
    editor.setText(text);
    QCOMPARE(editor.validateNow(), valid);
    QCOMPARE(editor.isValid(), valid);
    QCOMPARE(editor.errorMessage().isEmpty(), valid);
    QCOMPARE(editor.errorLine(), errorLine);
    QCOMPARE(editor.json().isNull(), !valid);
}

void TestJsonEditor::validatesAfterTyping()
{
    JsonEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setFocus();
    QSignalSpy validity(&editor, &JsonEditor::validityChanged);
    QTest::keyClicks(&editor, QStringLiteral("{\"a\": "));
    // One signal after the pause, not one per keystroke.
    QVERIFY(validity.wait());
    QCOMPARE(validity.size(), 1);
    QCOMPARE(validity.last().at(0).toBool(), false);
    QVERIFY(!validity.last().at(1).toString().isEmpty());
    QTest::keyClicks(&editor, QStringLiteral("[1, 2]}"));
    QVERIFY(validity.wait());
    QCOMPARE(validity.last().at(0).toBool(), true);
    QCOMPARE(editor.json().object().value(QStringLiteral("a")).toArray().size(), 2);
}

void TestJsonEditor::arrayRequirement_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("count");

    QTest::newRow("array") << "[1, {\"x\": 2}]" << true << 2;
    QTest::newRow("empty means no arguments") << "  " << true << 0;
    QTest::newRow("empty array") << "[]" << true << 0;
    QTest::newRow("object") << "{\"x\": 2}" << false << 0;
    QTest::newRow("broken array") << "[1, " << false << 0;
}

void TestJsonEditor::arrayRequirement()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, count);

    JsonEditor editor;
    QSignalSpy validity(&editor, &JsonEditor::validityChanged);
    editor.setText(text);
    editor.setRequireArray(true);
    QCOMPARE(editor.isValid(), valid);
    QCOMPARE(validity.last().at(0).toBool(), valid);
    if (valid) {
        QVERIFY(editor.json().isArray());
        QCOMPARE(editor.json().array().size(), count);
    }
    editor.setRequireArray(false);
    QCOMPARE(editor.isValid(),
             text == QLatin1String("{\"x\": 2}") || (valid && !text.trimmed().isEmpty()));
}

void TestJsonEditor::errorLineMarked()
{
    JsonEditor editor;
    editor.setText(QStringLiteral("{\n  \"a\": 1,\n  \"b\": tru\n}"));
    QVERIFY(!editor.validateNow());
    QCOMPARE(editor.errorLine(), 3);
    QVERIFY(editor.markersAtLine(2) & (1 << EditorStyle::ErrorMarker));
    QCOMPARE(editor.markersAtLine(1) & (1 << EditorStyle::ErrorMarker), 0u);
    editor.setText(QStringLiteral("{\n  \"a\": 1,\n  \"b\": true\n}"));
    QVERIFY(editor.validateNow());
    QCOMPARE(editor.markersAtLine(2) & (1 << EditorStyle::ErrorMarker), 0u);
    QCOMPARE(editor.errorLine(), 0);
}

QTEST_MAIN(TestJsonEditor)
#include "tst_jsoneditor.moc"
