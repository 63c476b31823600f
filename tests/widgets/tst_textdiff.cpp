#include <models/json/textdiff.h>

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestTextDiff : public QObject
{
    Q_OBJECT
private slots:
    void compute_data();
    void compute();
    void unifiedApplies_data();
    void unifiedApplies();
    void hunkHeaders();
    void identicalIsEmpty();
    void sideBySidePairs_data();
    void sideBySidePairs();
};

void TestTextDiff::compute_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("common");

    QTest::newRow("identical") << "a\nb\nc\n"
                               << "a\nb\nc\n"
                               << 0 << 0 << 3;
    QTest::newRow("insert") << "a\nc\n"
                            << "a\nb\nc\n"
                            << 0 << 1 << 2;
    QTest::newRow("delete") << "a\nb\nc\n"
                            << "a\nc\n"
                            << 1 << 0 << 2;
    QTest::newRow("change") << "a\nb\nc\n"
                            << "a\nB\nc\n"
                            << 1 << 1 << 2;
    QTest::newRow("old empty") << ""
                               << "x\ny\n"
                               << 0 << 2 << 0;
    QTest::newRow("new empty") << "x\ny\n"
                               << "" << 2 << 0 << 0;
    QTest::newRow("both empty") << ""
                                << "" << 0 << 0 << 0;
    QTest::newRow("newline added at end") << "a\nb"
                                          << "a\nb\n"
                                          << 1 << 1 << 1;
    QTest::newRow("no trailing newline, change") << "a\nb"
                                                 << "a\nc" << 1 << 1 << 1;
}

void TestTextDiff::compute()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(int, removed);
    QFETCH(int, added);
    QFETCH(int, common);

    const QList<TextDiff::Line> lines = TextDiff::compute(oldText, newText);
    QCOMPARE(TextDiff::count(lines, TextDiff::Removed), removed);
    QCOMPARE(TextDiff::count(lines, TextDiff::Added), added);
    QCOMPARE(TextDiff::count(lines, TextDiff::Common), common);
    // Line numbers follow each text.
    int oldLine = 0, newLine = 0;
    for (const TextDiff::Line &line : lines) {
        if (line.op != TextDiff::Added)
            QCOMPARE(line.oldLine, ++oldLine);
        if (line.op != TextDiff::Removed)
            QCOMPARE(line.newLine, ++newLine);
    }
}

void TestTextDiff::unifiedApplies_data()
{
    compute_data();
    QTest::newRow("far apart changes, two hunks")
        << "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n"
        << "1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\nFOURTEEN\n15\n16\n"
        << 2 << 3 << 13;
    QTest::newRow("unicode") << "h\u00e9llo\nw\u00f6rld\n"
                             << "h\u00e9llo\nw\u00f8rld\n"
                             << 1 << 1 << 1;
    QTest::newRow("both without trailing newline")
        << "exports = function() {\n  return 1;\n}"
        << "exports = function() {\n  return 2;\n}" << 1 << 1 << 2;
}

void TestTextDiff::unifiedApplies()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    const QString patchProgram = QStringLiteral("/usr/bin/patch");
    if (!QFile::exists(patchProgram))
        QSKIP("/usr/bin/patch is not installed");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const QString &name, const QString &text) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    };
    const QString diff = TextDiff::unified(QStringLiteral("a/source.js"),
                                           QStringLiteral("b/source.js"), oldText, newText);
    QCOMPARE(diff.isEmpty(), oldText == newText);
    write(QStringLiteral("source.js"), oldText);
    write(QStringLiteral("change.diff"), diff);

    QProcess patch;
    QSignalSpy finished(&patch, &QProcess::finished);
    patch.setWorkingDirectory(dir.path());
    patch.start(patchProgram,
                { QStringLiteral("--batch"), QStringLiteral("--output=result.js"),
                  QStringLiteral("--input=change.diff"), QStringLiteral("source.js") });
    QVERIFY(finished.wait(30000));
    QVERIFY2(patch.exitCode() == 0,
             qPrintable(QString::fromUtf8(patch.readAll() + patch.readAllStandardError()) + diff));

    QFile result(dir.filePath(QStringLiteral("result.js")));
    // patch may write no output file for a file it empties.
    const QString patched
        = result.open(QIODevice::ReadOnly) ? QString::fromUtf8(result.readAll()) : QString();
    QCOMPARE(patched, newText);
}

void TestTextDiff::hunkHeaders()
{
    QCOMPARE(TextDiff::unified(QStringLiteral("a"), QStringLiteral("b"), QString(),
                               QStringLiteral("x\n")),
             QStringLiteral("--- a\n+++ b\n@@ -0,0 +1,1 @@\n+x\n"));
    QCOMPARE(TextDiff::unified(QStringLiteral("a"), QStringLiteral("b"),
                               QStringLiteral("1\n2\n3\n"), QStringLiteral("1\n3\n"), 1),
             QStringLiteral("--- a\n+++ b\n@@ -1,3 +1,2 @@\n 1\n-2\n 3\n"));
    QCOMPARE(TextDiff::unified(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a\nb"),
                               QStringLiteral("a\nb\n")),
             QStringLiteral("--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n"
                            "+b\n"));
    const QString far = TextDiff::unified(QStringLiteral("a"), QStringLiteral("b"),
                                          QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"),
                                          QStringLiteral("one\n2\n3\n4\n5\n6\n7\n8\n9\nten\n"), 1);
    QCOMPARE(far.count(QStringLiteral("@@ -")), 2);
    QVERIFY(far.contains(QStringLiteral("@@ -1,2 +1,2 @@\n-1\n+one\n 2\n")));
    QVERIFY(far.contains(QStringLiteral("@@ -9,2 +9,2 @@\n 9\n-10\n+ten\n")));
}

void TestTextDiff::identicalIsEmpty()
{
    QVERIFY(TextDiff::unified(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("same\n"),
                              QStringLiteral("same\n"))
                .isEmpty());
    QVERIFY(TextDiff::hunks(TextDiff::compute(QString(), QString())).isEmpty());
}

void TestTextDiff::sideBySidePairs_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("rows"); // per row: C common, X changed, - removed, + added

    QTest::newRow("same") << "a\nb\n"
                          << "a\nb\n"
                          << "CC";
    QTest::newRow("block replaced line by line") << "a\nb\nc\n"
                                                 << "A\nB\nc\n"
                                                 << "XXC";
    QTest::newRow("edited line pairs with its old self")
        << "let a = 0;\nconst started = Date.now();\nwhile (a < 5) {\n"
        << "let a = 0;\nwhile (a < 3) {\n"
        << "C-X";
    QTest::newRow("edited line, then one added") << "return total;\n"
                                                 << "return totals;\nconsole.log(totals);\n"
                                                 << "X+";
    QTest::newRow("nothing alike pairs in order") << "b\n"
                                                  << "B\nB2\nB3\n"
                                                  << "X++";
    QTest::newRow("only removed") << "a\nb\n"
                                  << "a\n"
                                  << "C-";
}

void TestTextDiff::sideBySidePairs()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QString, rows);

    const QList<TextDiff::Line> lines = TextDiff::compute(oldText, newText);
    QString got;
    for (const TextDiff::Row &row : TextDiff::sideBySide(lines)) {
        if (row.left >= 0 && row.right >= 0)
            got += lines.at(row.left).op == TextDiff::Common ? QLatin1Char('C') : QLatin1Char('X');
        else
            got += row.left >= 0 ? QLatin1Char('-') : QLatin1Char('+');
    }
    QCOMPARE(got, rows);
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
