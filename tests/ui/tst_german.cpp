// The console in German: with the console's German translation and Qt's own (qtbase_de)
// installed the way main.cpp does, every registered panel of the real window on the demo app of
// the built-in Local server shows no English text (an English source string of
// stitchconsole_de.ts whose translation differs is one shown untranslated), no label narrower
// than its text and no header section narrower than its title; the navigation needs no
// horizontal scroll bar. With STITCH_SHOTS_DIR set it saves each panel as <id>-de.png.
#include "consolefixture.h"

#include <api/apiclient.h>
#include <panels/panel.h>

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTranslator>
#include <QXmlStreamReader>

class TestGerman : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void qtsOwnStringsAreGerman();
    void everyPanelIsGermanAndUnclipped();

private:
    QStringList visibleTexts() const;
    QStringList clippedWidgets() const;
    ConsoleFixture m_console;
    QTranslator m_qtTranslator;
    QTranslator m_translator;
    //! English source strings whose German translation differs in every context.
    QSet<QString> m_english;
};

//! Reads the source strings of a .ts file that are translated to something else.
static QSet<QString> untranslatedWhenShown(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> differs, same;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            // A numerus translation holds its forms; none of them equals a plain source.
            (translation == source ? same : differs).insert(source);
        }
    }
    return differs - same;
}

void TestGerman::initTestCase()
{
    ConsoleFixture::isolateSettings(QStringLiteral("tst_german"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    // As main.cpp installs them, from the same places (the console's .qm is embedded in the
    // executable there, so the test reads the one the build compiled).
    QVERIFY2(m_qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
             "qtbase_de.qm is missing: install qt6-translations-l10n");
    QCoreApplication::installTranslator(&m_qtTranslator);
    QVERIFY(m_translator.load(QStringLiteral(STITCH_QM_DIR "/stitchconsole_de.qm")));
    QCoreApplication::installTranslator(&m_translator);
    m_english = untranslatedWhenShown(QStringLiteral(STITCH_TS_FILE));
    QVERIFY(m_english.size() > 1000);

    m_console.create(QStringLiteral("Local"));
    QSignalSpy failed(m_console.window()->session(), &Session::signInFailed);
    m_console.window()->resize(1280, 800);
    m_console.window()->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_console.window()));
    m_console.waitSignedIn(failed);
    QTRY_VERIFY_WITH_TIMEOUT(m_console.proxyRowNamed(QStringLiteral("demo-app")) >= 0, 20000);
    m_console.selectApp(QStringLiteral("demo-app"));
}

void TestGerman::cleanupTestCase()
{
    m_console.destroy();
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    QSettings().clear();
}

void TestGerman::qtsOwnStringsAreGerman()
{
    // What QDialogButtonBox, QLineEdit's context menu and the file dialogs show.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    QCOMPARE(QCoreApplication::translate("QLineEdit", "&Undo"), QStringLiteral("&Rückgängig"));
}


static void addMenuTexts(const QList<QAction *> &actions, QStringList &texts)
{
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        texts << QStringLiteral("menu: ") + action->text();
        if (action->menu())
            addMenuTexts(action->menu()->actions(), texts);
    }
}

//! Every text a user sees in the window now, prefixed by where it is.
QStringList TestGerman::visibleTexts() const
{
    MainWindow *window = m_console.window();
    QStringList texts;
    auto shown = [window](QWidget *widget) { return widget->isVisibleTo(window); };
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (shown(label))
            texts << label->objectName() + QStringLiteral(": ") + label->text();
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (shown(button))
            texts << button->objectName() + QStringLiteral(": ") + button->text();
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (shown(box))
            texts << box->objectName() + QStringLiteral(": ") + box->title();
    }
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        for (int tab = 0; shown(bar) && tab < bar->count(); ++tab)
            texts << QStringLiteral("tab: ") + bar->tabText(tab);
    }
    for (QHeaderView *header : window->findChildren<QHeaderView *>()) {
        if (!shown(header) || !header->model())
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (!header->isSectionHidden(section))
                texts << QStringLiteral("header: ")
                        + header->model()->headerData(section, header->orientation()).toString();
        }
    }
    for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (shown(edit))
            texts << edit->objectName() + QStringLiteral(": ") + edit->placeholderText();
    }
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int row = 0; row < navigation->count(); ++row)
        texts << QStringLiteral("navigation: ") + navigation->item(row)->text();
    addMenuTexts(window->menuBar()->actions(), texts);
    return texts;
}

//! Labels narrower than their text and header sections narrower than their title.
QStringList TestGerman::clippedWidgets() const
{
    MainWindow *window = m_console.window();
    QStringList clipped;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(window) || label->wordWrap() || label->text().isEmpty()
            || !label->pixmap().isNull())
            continue;
        if (label->width() < label->sizeHint().width())
            clipped << QStringLiteral("label %1 “%2”: %3 < %4 px")
                           .arg(label->objectName(), label->text())
                           .arg(label->width())
                           .arg(label->sizeHint().width());
    }
    for (QHeaderView *header : window->findChildren<QHeaderView *>()) {
        if (!header->isVisibleTo(window) || header->orientation() != Qt::Horizontal
            || !header->model())
            continue;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
            const int needed = header->fontMetrics().horizontalAdvance(title) + 2 * margin;
            if (header->sectionSize(section) < needed)
                clipped << QStringLiteral("header section “%1” of %2: %3 < %4 px")
                               .arg(title, header->parentWidget()->objectName())
                               .arg(header->sectionSize(section))
                               .arg(needed);
        }
    }
    return clipped;
}

void TestGerman::everyPanelIsGermanAndUnclipped()
{
    const QString shotsDir = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (!shotsDir.isEmpty())
        QVERIFY(QDir().mkpath(shotsDir));
    MainWindow *window = m_console.window();
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QStringList problems;
    const QList<PanelSpec> &specs = window->panelSpecs();
    QVERIFY(specs.size() >= 10);
    for (const PanelSpec &spec : specs) {
        window->showPanel(spec.id);
        m_console.waitUntilQuiet();
        QCoreApplication::processEvents();
        if (navigation->horizontalScrollBar()->isVisible())
            problems << spec.id + QStringLiteral(": the navigation has a horizontal scroll bar");
        for (const QString &text : visibleTexts()) {
            const QString shownText = text.section(QStringLiteral(": "), 1);
            if (m_english.contains(shownText))
                problems << spec.id + QStringLiteral(": English ") + text;
        }
        for (const QString &clipped : clippedWidgets())
            problems << spec.id + QStringLiteral(": clipped ") + clipped;
        if (!shotsDir.isEmpty()) {
            window->statusBar()->clearMessage();
            QVERIFY(window->grab().save(shotsDir + QLatin1Char('/') + spec.id
                                        + QStringLiteral("-de.png")));
        }
    }
    problems.removeDuplicates();
    for (const QString &problem : qAsConst(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problems, listed above").arg(problems.size())));
}

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
