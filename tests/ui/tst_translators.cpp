// The console's translation for the user's language, or English when it has none: German shows
// German, French (no translation of ours) and the C locale show English with proper plural
// forms ("1 function", not the sources' "1 function(s)"). Reads the .qm files the build made.
#include <app/translators.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

class TestTranslators : public QObject
{
    Q_OBJECT
private slots:
    void languageOrEnglish_data();
    void languageOrEnglish();
};

void TestTranslators::languageOrEnglish_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("two");
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("1 Funktion")
                            << QStringLiteral("2 Funktionen");
    QTest::newRow("English") << QStringLiteral("en_GB") << QStringLiteral("1 function")
                             << QStringLiteral("2 functions");
    QTest::newRow("French, which has none of ours")
        << QStringLiteral("fr_FR") << QStringLiteral("1 function") << QStringLiteral("2 functions");
    QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("1 function")
                       << QStringLiteral("2 functions");
}

void TestTranslators::languageOrEnglish()
{
    QFETCH(QString, locale);
    QFETCH(QString, one);
    QFETCH(QString, two);
    QTranslator qtTranslator, translator;
    QVERIFY(installTranslators(qtTranslator, translator, QLocale(locale),
                               QStringLiteral(STITCH_QM_DIR)));
    const char *source = "%Ln function(s)";
    QCOMPARE(QCoreApplication::translate("FunctionsPanel", source, nullptr, 1), one);
    QCOMPARE(QCoreApplication::translate("FunctionsPanel", source, nullptr, 2), two);
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::removeTranslator(&qtTranslator);
}

QTEST_GUILESS_MAIN(TestTranslators)
#include "tst_translators.moc"
