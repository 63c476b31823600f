// Screenshots to look at, not assertions about pixels: run with STITCH_SHOT_DIR=/some/folder.
#include <widgets/editor/codeeditor.h>
#include <widgets/editor/diffview.h>
#include <widgets/editor/findreplacebar.h>
#include <widgets/editor/jsoneditor.h>

#include <Qsci/qsciscintilla.h>

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

class TestEditorShots : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void codeEditor_data();
    void codeEditor();
    void diffView_data();
    void diffView();

private:
    QString m_dir;
};

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xdc, 0xdc, 0xdc));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    return p;
}

QString sampleFunction()
{
    QStringList lines = {
        QStringLiteral("// Sends a welcome mail and records it."),
        QStringLiteral("exports = async function(userId, options = {}) {"),
        QStringLiteral("  const mongodb = context.services.get(\"mongodb-atlas\");"),
        QStringLiteral("  const users = mongodb.db(\"app\").collection(\"users\");"),
        QStringLiteral("  const apiKey = context.values.get(\"mailApiKey\");"),
        QStringLiteral("  const user = await users.findOne({ _id: BSON.ObjectId(userId) });"),
        QStringLiteral("  if (!user) {"),
        QStringLiteral("    console.error(`no user ${userId}`);"),
        QStringLiteral("    return { ok: false, reason: 'not found' };"),
        QStringLiteral("  }"),
        QStringLiteral("  /* Retry a few times: the mail service drops"),
        QStringLiteral("     the first call after a cold start. */"),
        QStringLiteral("  let attempts = 0;"),
        QStringLiteral("  while (attempts < 3) {"),
        QStringLiteral("    attempts += 1;"),
        QStringLiteral("    const response = await context.http.post({"),
        QStringLiteral("      url: \"https://mail.example.com/send\","),
        QStringLiteral("      headers: { Authorization: [`Bearer ${apiKey}`] },"),
        QStringLiteral("      body: JSON.stringify({ to: user.email, template: 'welcome' }),"),
        QStringLiteral("    });"),
        QStringLiteral("    if (response.statusCode === 200) break;"),
        QStringLiteral("  }"),
        QStringLiteral("  const total = context.functions.execute(\"countMails\", userId) retrun;"),
        QStringLiteral("  await users.updateOne("),
        QStringLiteral("    { _id: user._id },"),
        QStringLiteral("    { $set: { welcomed: new Date(), attempts: attempts } }"),
        QStringLiteral("  );"),
        QStringLiteral("  const ratio = 0.75 * total / (attempts || 1);"),
        QStringLiteral("  const pattern = /^[a-z]+@example\\.com$/i;"),
        QStringLiteral("  console.log(\"sent\", user.email, pattern.test(user.email));"),
        QStringLiteral("  return {"),
        QStringLiteral("    ok: true,"),
        QStringLiteral("    attempts,"),
        QStringLiteral("    ratio,"),
        QStringLiteral("    caller: context.user.id,"),
        QStringLiteral("    system: context.runningAsSystem(),"),
        QStringLiteral("    ...options,"),
        QStringLiteral("  };"),
        QStringLiteral("};"),
        QString(),
    };
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void TestEditorShots::initTestCase()
{
    m_dir = qEnvironmentVariable("STITCH_SHOT_DIR");
    if (m_dir.isEmpty())
        QSKIP("set STITCH_SHOT_DIR to a folder to write the screenshots");
    QVERIFY(QDir().mkpath(m_dir));
}

void TestEditorShots::codeEditor_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestEditorShots::codeEditor()
{
    QFETCH(bool, dark);
    const QPalette original = QApplication::palette();
    if (dark)
        QApplication::setPalette(darkPalette());

    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *editor = new CodeEditor(&window);
    auto *settings = new JsonEditor(&window);
    settings->setMaximumHeight(70);
    settings->setText(QStringLiteral("{\n  \"can_evaluate\": { \"%%user.id\": \"%%args.0\" }\n}"));
    layout->addWidget(editor, 1);
    layout->addWidget(settings);
    window.resize(900, 900);
    editor->setText(sampleFunction());
    editor->markErrorLine(23,
                          QStringLiteral("SyntaxError: Unexpected identifier 'retrun' (23:62)"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    editor->setCursorPosition(13, 4);
    editor->showFind();
    editor->findReplaceBar()->findEdit()->setText(QStringLiteral("attempts"));
    editor->findReplaceBar()->findNext();
    const QString path = m_dir
        + (dark ? QStringLiteral("/editor-code-dark.png")
                : QStringLiteral("/editor-code-light.png"));
    QVERIFY(window.grab().save(path));
    QApplication::setPalette(original);
}

void TestEditorShots::diffView_data()
{
    codeEditor_data();
}

void TestEditorShots::diffView()
{
    QFETCH(bool, dark);
    const QPalette original = QApplication::palette();
    if (dark)
        QApplication::setPalette(darkPalette());
    QString server = sampleFunction();
    QString mine = server;
    mine.replace(QStringLiteral("while (attempts < 3)"), QStringLiteral("while (attempts < 5)"));
    mine.replace(QStringLiteral("  let attempts = 0;\n"),
                 QStringLiteral("  let attempts = 0;\n  const started = Date.now();\n"));
    mine.replace(QStringLiteral("    ratio,\n"), QString());
    DiffView view;
    view.resize(1200, 520);
    QSignalSpy ready(&view, &DiffView::diffReady);
    view.setTexts(mine, server);
    QVERIFY(ready.wait());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.leftEditor()->verticalScrollBar()->setValue(5);
    QVERIFY(view.grab().save(
        m_dir
        + (dark ? QStringLiteral("/editor-diff-dark.png") : QStringLiteral("/editor-diff.png"))));
    QApplication::setPalette(original);
}

QTEST_MAIN(TestEditorShots)
#include "tst_editorshots.moc"
