#include <widgets/editor/codeeditor.h>
#include <widgets/editor/editorstyle.h>
#include <widgets/editor/findreplacebar.h>
#include <widgets/editor/gotolinedialog.h>

#include <Qsci/qscilexerjavascript.h>

#include <QApplication>
#include <QCheckBox>
#include <QFontMetrics>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

class TestCodeEditor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void typingAutoIndents();
    void settings();
    void toggleCommentOnSelection();
    void toggleCommentOnCurrentLine();
    void findNextWithKeys();
    void replaceAllWithKeys();
    void escapeClosesBar();
    void goToLineMovesCursor();
    void completion_data();
    void completion();
    void completionPopupOpens_data();
    void completionPopupOpens();
    void markErrorLine();
    void paletteChangesPaper();

private:
    void showEditor();
    CodeEditor *m_editor = nullptr;
};

void TestCodeEditor::init()
{
    m_editor = new CodeEditor;
    m_editor->resize(700, 400);
}

void TestCodeEditor::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
}

void TestCodeEditor::showEditor()
{
    m_editor->show();
    QApplication::setActiveWindow(m_editor);
    QVERIFY(QTest::qWaitForWindowActive(m_editor));
    m_editor->setFocus();
}

void TestCodeEditor::typingAutoIndents()
{
    showEditor();
    QTest::keyClicks(m_editor, QStringLiteral("exports = function(a) {"));
    QTest::keyClick(m_editor, Qt::Key_Return);
    QTest::keyClicks(m_editor, QStringLiteral("if (a) {"));
    QTest::keyClick(m_editor, Qt::Key_Return);
    QTest::keyClicks(m_editor, QStringLiteral("return a;"));
    QTest::keyClick(m_editor, Qt::Key_Return);
    QTest::keyClicks(m_editor, QStringLiteral("}"));
    QCOMPARE(m_editor->text(1), QStringLiteral("  if (a) {\n"));
    QCOMPARE(m_editor->text(2), QStringLiteral("    return a;\n"));
    QCOMPARE(m_editor->text(3), QStringLiteral("  }")); // the closing brace goes back out
    QCOMPARE(m_editor->text().count(QLatin1Char('\t')), 0);
}

void TestCodeEditor::settings()
{
    QVERIFY(!m_editor->indentationsUseTabs());
    QCOMPARE(m_editor->indentationWidth(), 2);
    QVERIFY(m_editor->autoIndent());
    QCOMPARE(m_editor->braceMatching(), QsciScintilla::SloppyBraceMatch);
    QVERIFY(m_editor->folding() != QsciScintilla::NoFoldStyle);
    QVERIFY(m_editor->marginLineNumbers(0));
    // Monospaced as drawn: every character as wide as the next. (QFontInfo::fixedPitch() says
    // false for Noto Sans Mono, Debian's usual monospace, whose font file does not declare it.)
    const QFontMetrics metrics(m_editor->javaScriptLexer()->font(QsciLexerJavaScript::Default));
    for (const QChar c : QStringLiteral("W.m{0"))
        QCOMPARE(metrics.horizontalAdvance(c), metrics.horizontalAdvance(QLatin1Char('i')));
    // The number margin grows with the line count.
    m_editor->setText(QStringLiteral("x\n"));
    const int narrow = m_editor->marginWidth(0);
    m_editor->setText(QString(12000, QLatin1Char('\n')));
    QVERIFY(m_editor->marginWidth(0) > narrow);
}

void TestCodeEditor::toggleCommentOnSelection()
{
    showEditor();
    const QString code = QStringLiteral("function f() {\n  const a = 1;\n\n    return a;\n}\n");
    m_editor->setText(code);
    m_editor->setSelection(1, 0, 4, 0); // lines 2..4; line 5 not taken
    QTest::keyClick(m_editor, Qt::Key_Slash, Qt::ControlModifier);
    QCOMPARE(m_editor->text(),
             QStringLiteral("function f() {\n  // const a = 1;\n\n  //   return a;\n}\n"));
    QTest::keyClick(m_editor, Qt::Key_Slash, Qt::ControlModifier);
    QCOMPARE(m_editor->text(), code);
    // One undo step per toggle.
    QTest::keyClick(m_editor, Qt::Key_Slash, Qt::ControlModifier);
    m_editor->undo();
    QCOMPARE(m_editor->text(), code);
}

void TestCodeEditor::toggleCommentOnCurrentLine()
{
    showEditor();
    m_editor->setText(QStringLiteral("a();\nb();\n"));
    m_editor->setCursorPosition(1, 2);
    QTest::keyClick(m_editor, Qt::Key_Slash, Qt::ControlModifier);
    QCOMPARE(m_editor->text(), QStringLiteral("a();\n// b();\n"));
}

void TestCodeEditor::findNextWithKeys()
{
    showEditor();
    m_editor->setText(QStringLiteral("foo bar\nFoo foo\nfoobar\n"));
    m_editor->setCursorPosition(0, 0);
    QTest::keyClick(m_editor, Qt::Key_F, Qt::ControlModifier);
    FindReplaceBar *bar = m_editor->findReplaceBar();
    QVERIFY(bar->isVisible());
    QVERIFY(!bar->isReplaceVisible());
    QTRY_VERIFY(bar->findEdit()->hasFocus());
    QVERIFY(bar->geometry().top() >= m_editor->viewport()->geometry().bottom());
    bar->matchCaseBox()->setChecked(true);
    bar->wholeWordBox()->setChecked(true);
    QTest::keyClicks(bar->findEdit(), QStringLiteral("foo"));
    int line, index;
    m_editor->getCursorPosition(&line, &index);
    QCOMPARE(m_editor->selectedText(), QStringLiteral("foo"));
    QCOMPARE(line, 0);
    QTest::keyClick(bar->findEdit(), Qt::Key_Return);
    m_editor->getCursorPosition(&line, &index);
    QCOMPARE(line, 1); // "Foo" is skipped: match case; "foobar" never matches: whole word
    QCOMPARE(index, 7);
    QTest::keyClick(bar->findEdit(), Qt::Key_F3);
    m_editor->getCursorPosition(&line, &index);
    QCOMPARE(line, 0); // wraps
    QTest::keyClick(bar->findEdit(), Qt::Key_F3, Qt::ShiftModifier);
    m_editor->getCursorPosition(&line, &index);
    QCOMPARE(line, 1);
    QTest::keyClicks(bar->findEdit(), QStringLiteral("zzz"));
    QVERIFY(!bar->statusText().isEmpty());
}

void TestCodeEditor::replaceAllWithKeys()
{
    showEditor();
    m_editor->setText(QStringLiteral("let x = 1;\nx = x + 2;\nconsole.log(x);\n"));
    QTest::keyClick(m_editor, Qt::Key_H, Qt::ControlModifier);
    FindReplaceBar *bar = m_editor->findReplaceBar();
    QVERIFY(bar->isReplaceVisible());
    bar->regexBox()->setChecked(true);
    QTest::keyClicks(bar->findEdit(), QStringLiteral("\\bx\\b"));
    QTest::keyClick(bar->findEdit(), Qt::Key_Tab);
    QTest::keyClicks(bar->replaceEdit(), QStringLiteral("total"));
    QCOMPARE(bar->replaceAll(), 4);
    QCOMPARE(m_editor->text(),
             QStringLiteral("let total = 1;\ntotal = total + 2;\nconsole.log(total);\n"));
    m_editor->undo();
    QCOMPARE(m_editor->text(), QStringLiteral("let x = 1;\nx = x + 2;\nconsole.log(x);\n"));

    // Enter in the replace box replaces the current match and moves on.
    bar->regexBox()->setChecked(false);
    bar->wholeWordBox()->setChecked(true);
    bar->findEdit()->setText(QStringLiteral("x"));
    m_editor->setCursorPosition(0, 0);
    QVERIFY(bar->findNext());
    QTest::keyClick(bar->replaceEdit(), Qt::Key_Return);
    QCOMPARE(m_editor->text(0), QStringLiteral("let total = 1;\n"));
    QCOMPARE(m_editor->text(1), QStringLiteral("x = x + 2;\n"));
}

void TestCodeEditor::escapeClosesBar()
{
    showEditor();
    QTest::keyClick(m_editor, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_editor->findReplaceBar()->isVisible());
    QTRY_VERIFY(m_editor->findReplaceBar()->findEdit()->hasFocus());
    QTest::keyClick(m_editor->findReplaceBar()->findEdit(), Qt::Key_Escape);
    QVERIFY(!m_editor->findReplaceBar()->isVisible());
    QTRY_VERIFY(m_editor->hasFocus());
}

void TestCodeEditor::goToLineMovesCursor()
{
    showEditor();
    QStringList lines;
    for (int i = 1; i <= 200; ++i)
        lines.append(QStringLiteral("line%1();").arg(i));
    m_editor->setText(lines.join(QLatin1Char('\n')));
    QTest::keyClick(m_editor, Qt::Key_G, Qt::ControlModifier);
    GoToLineDialog *dialog = m_editor->goToLineDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->spinBox()->maximum(), 200);
    QTest::keyClicks(dialog->spinBox(), QStringLiteral("150"));
    QTest::keyClick(dialog->spinBox(), Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    int line, index;
    m_editor->getCursorPosition(&line, &index);
    QCOMPARE(line, 149);
    QCOMPARE(index, 0);
    QVERIFY(m_editor->firstVisibleLine() > 100);
}

void TestCodeEditor::completion_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("top level") << "con" << QStringList { "console", "context" } << QStringList {};
    QTest::newRow("context members")
        << "context."
        << QStringList { "values", "functions", "user", "services", "request", "http" }
        << QStringList { "log" };
    QTest::newRow("values") << "context.values." << QStringList { "get" } << QStringList {};
    QTest::newRow("user") << "context.user.i" << QStringList { "id", "identities" }
                          << QStringList { "type" };
    QTest::newRow("console") << "console." << QStringList { "log", "error" }
                             << QStringList { "values" };
    QTest::newRow("exports") << "exp" << QStringList { "exports" } << QStringList {};
    QTest::newRow("function names")
        << "return context.functions.execute(\"" << QStringList { "sum", "sendMail" }
        << QStringList { "apiKey", "values" };
    QTest::newRow("function names, prefix")
        << "context.functions.execute('se" << QStringList { "sendMail" } << QStringList { "sum" };
    QTest::newRow("value names") << "context.values.get(\"" << QStringList { "apiKey" }
                                 << QStringList { "sum" };
}

void TestCodeEditor::completion()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);

    showEditor();
    m_editor->setCompletionNames({ QStringLiteral("sum"), QStringLiteral("sendMail") },
                                 { QStringLiteral("apiKey") });
    m_editor->setText(QStringLiteral("exports = function() {\n  \n};\n"));
    m_editor->setCursorPosition(1, 2);
    m_editor->setAutoCompletionThreshold(-1); // no popup while typing: the list is what we test
    QTest::keyClicks(m_editor, typed);
    const QStringList offered = m_editor->completionList();
    for (const QString &name : expected)
        QVERIFY2(offered.contains(name),
                 qPrintable(name + QLatin1String(" not in ") + offered.join(u',')));
    for (const QString &name : absent)
        QVERIFY2(!offered.contains(name),
                 qPrintable(name + QLatin1String(" in ") + offered.join(u',')));
}

void TestCodeEditor::completionPopupOpens_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("opens");

    QTest::newRow("after a dot") << "context." << true;
    QTest::newRow("two letters") << "co" << true;
    QTest::newRow("quote after execute(") << "context.functions.execute(\"" << true;
    QTest::newRow("nothing to offer") << "zq" << false;
    QTest::newRow("plain string") << "const s = \"" << false;
}

void TestCodeEditor::completionPopupOpens()
{
    QFETCH(QString, typed);
    QFETCH(bool, opens);

    showEditor();
    m_editor->setCompletionNames({ QStringLiteral("sum") }, {});
    QTest::keyClicks(m_editor, typed);
    QCOMPARE(m_editor->isListActive(), opens);
}

void TestCodeEditor::markErrorLine()
{
    m_editor->setText(QStringLiteral("exports = function() {\n  retrun 1;\n};\n"));
    m_editor->markErrorLine(2, QStringLiteral("SyntaxError: Unexpected number"));
    QCOMPARE(m_editor->errorLines(), QList<int> { 2 });
    QVERIFY(m_editor->markersAtLine(1) & (1 << EditorStyle::ErrorMarker));
    QCOMPARE(m_editor->markersAtLine(0) & (1 << EditorStyle::ErrorMarker), 0u);
    QCOMPARE(m_editor->annotation(1), QStringLiteral("SyntaxError: Unexpected number"));
    // The indicator covers the line's text.
    const long position = m_editor->positionFromLineIndex(1, 4);
    QVERIFY(m_editor->SendScintilla(QsciScintilla::SCI_INDICATORVALUEAT,
                                    EditorStyle::ErrorIndicator, position)
            != 0);
    // Marks move with the text.
    m_editor->insertAt(QStringLiteral("// header\n"), 0, 0);
    QCOMPARE(m_editor->errorLines(), QList<int> { 3 });
    m_editor->clearErrorMarks();
    QVERIFY(m_editor->errorLines().isEmpty());
    QVERIFY(m_editor->annotation(2).isEmpty());
}

void TestCodeEditor::paletteChangesPaper()
{
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xdd, 0xdd, 0xdd));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
    QApplication::setPalette(dark);
    QsciLexerJavaScript *lexer = m_editor->javaScriptLexer();
    QTRY_VERIFY(lexer->paper(QsciLexerJavaScript::Default).lightness() < 60);
    QVERIFY(lexer->color(QsciLexerJavaScript::Default).lightness() > 180);
    // Every coloured style stays readable on the dark paper.
    for (int style : { QsciLexerJavaScript::Keyword, QsciLexerJavaScript::CommentLine,
                       QsciLexerJavaScript::DoubleQuotedString, QsciLexerJavaScript::Number })
        QVERIFY2(lexer->color(style).lightness() - lexer->paper(style).lightness() > 90,
                 qPrintable(QString::number(style)));

    QPalette light = original;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QApplication::setPalette(light);
    QTRY_VERIFY(lexer->paper(QsciLexerJavaScript::Default).lightness() > 200);
    for (int style : { QsciLexerJavaScript::Keyword, QsciLexerJavaScript::CommentLine,
                       QsciLexerJavaScript::DoubleQuotedString, QsciLexerJavaScript::Number })
        QVERIFY2(lexer->paper(style).lightness() - lexer->color(style).lightness() > 90,
                 qPrintable(QString::number(style)));
    QApplication::setPalette(original);
}

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
