// The console at 200 % scaling on a 2560×1600 screen (1280×800 logical pixels), as the offscreen
// platform can describe it: the window opens inside the screen, and with every registered panel
// in front its minimum size fits the screen; filter fields keep their placeholders readable.
// With STITCH_SHOTS_DIR set it saves each panel as <id>-200pct.png (device pixels, twice the
// size).
#include "consolefixture.h"

#include <api/apiclient.h>
#include <panels/panel.h>

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QScreen>
#include <QTemporaryFile>

class TestWindowFit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void screenIsTwoHundredPercent();
    void windowOpensInsideTheScreen();
    void everyPanelFitsAndKeepsPlaceholders();

private:
    ConsoleFixture m_console;
};

void TestWindowFit::initTestCase()
{
    ConsoleFixture::isolateSettings(QStringLiteral("tst_windowfit"));
    m_console.create(QStringLiteral("Local"));
    QSignalSpy failed(m_console.window()->session(), &Session::signInFailed);
    m_console.window()->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_console.window()));
    m_console.waitSignedIn(failed);
    QTRY_VERIFY_WITH_TIMEOUT(m_console.proxyRowNamed(QStringLiteral("demo-app")) >= 0, 20000);
    m_console.selectApp(QStringLiteral("demo-app"));
}

void TestWindowFit::cleanupTestCase()
{
    m_console.destroy();
    QSettings().clear();
}


void TestWindowFit::screenIsTwoHundredPercent()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    QCOMPARE(screen->geometry().size(), QSize(1280, 800));
    QCOMPARE(screen->devicePixelRatio(), 2.0);
}

void TestWindowFit::windowOpensInsideTheScreen()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    const QRect window = m_console.window()->frameGeometry();
    QVERIFY2(available.contains(window),
             qPrintable(QStringLiteral("window %1,%2 %3×%4 outside %5×%6")
                            .arg(window.x()).arg(window.y()).arg(window.width())
                            .arg(window.height()).arg(available.width()).arg(available.height())));
}

void TestWindowFit::everyPanelFitsAndKeepsPlaceholders()
{
    const QString shotsDir = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (!shotsDir.isEmpty())
        QVERIFY(QDir().mkpath(shotsDir));
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    QStringList problems;
    for (const PanelSpec &spec : m_console.window()->panelSpecs()) {
        m_console.window()->showPanel(spec.id);
        m_console.waitUntilQuiet();
        const QSize least = m_console.window()->minimumSizeHint();
        if (least.width() > screen.width() || least.height() > screen.height())
            problems << QStringLiteral("%1 needs %2×%3").arg(spec.id).arg(least.width())
                            .arg(least.height());
        for (QLineEdit *field : m_console.window()->currentPanel()->findChildren<QLineEdit *>()) {
            if (!field->isVisible() || field->placeholderText().isEmpty())
                continue;
            const int text = field->fontMetrics().horizontalAdvance(field->placeholderText());
            if (field->width() < text + 8)
                problems << QStringLiteral("%1: %2 is %3 px for a %4 px placeholder")
                                .arg(spec.id, field->objectName()).arg(field->width()).arg(text);
        }
        if (!shotsDir.isEmpty())
            QVERIFY(m_console.window()->grab().save(shotsDir + QLatin1Char('/') + spec.id
                                                    + QStringLiteral("-200pct.png")));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

//! The offscreen platform told, before the application starts, of one 2560×1600 screen, scaled
//! to 200 %.
int main(int argc, char **argv)
{
    QTemporaryFile config(QDir::tempPath() + QStringLiteral("/tst_windowfit-XXXXXX.json"));
    if (!config.open())
        return 2;
    config.write(R"({"screens":[{"name":"hidpi","x":0,"y":0,"width":2560,"height":1600,)"
                 R"("logicalDpi":96,"logicalBaseDpi":96}]})");
    config.flush();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
    // Qt 6.4's offscreen screens take no device pixel ratio of their own: scale as a user would.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestWindowFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowfit.moc"
