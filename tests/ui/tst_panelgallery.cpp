// Every registered panel, opened from the real window on the demo app of the built-in Local
// server, finishes loading with no error on show. With STITCH_SHOTS_DIR set it also saves the
// window for each panel in the light and the dark palette: packaging/make-screenshots.sh uses
// this for the README's gallery and the AppStream screenshots, so they always show the console
// as it is.
#include "consolefixture.h"

#include <api/apiclient.h>
#include <app/theme.h>
#include <app/translators.h>
#include <panels/panel.h>
#include <widgets/errorbanner.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QStatusBar>
#include <QTranslator>

class TestPanelGallery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyPanelOpensWithoutAnError();
    void everyControlIsNamedForScreenReaders();

private:
    QStringList visibleErrors() const;
    ConsoleFixture m_console;
    QTranslator m_qtTranslator;
    QTranslator m_translator;
};

void TestPanelGallery::initTestCase()
{
    ConsoleFixture::isolateSettings(QStringLiteral("tst_panelgallery"));
    // English as the console shows it (plural forms and all), as main.cpp installs it.
    QVERIFY(installTranslators(m_qtTranslator, m_translator, QLocale(QLocale::English),
                               QStringLiteral(STITCH_QM_DIR)));
    m_console.create(QStringLiteral("Local"));
    QSignalSpy failed(m_console.window()->session(), &Session::signInFailed);
    m_console.window()->resize(1180, 720);
    m_console.window()->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_console.window()));
    m_console.waitSignedIn(failed);
    QTRY_VERIFY_WITH_TIMEOUT(m_console.proxyRowNamed(QStringLiteral("demo-app")) >= 0, 20000);
    m_console.selectApp(QStringLiteral("demo-app"));
}

void TestPanelGallery::cleanupTestCase()
{
    theme::apply(false);
    m_console.destroy();
    QSettings().clear();
}


QStringList TestPanelGallery::visibleErrors() const
{
    QStringList errors;
    for (ErrorBanner *banner : m_console.window()->findChildren<ErrorBanner *>()) {
        if (banner->isVisibleTo(m_console.window()))
            errors << banner->objectName() + QStringLiteral(": ") + banner->text();
    }
    return errors;
}

void TestPanelGallery::everyPanelOpensWithoutAnError()
{
    const QString shotsDir = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (!shotsDir.isEmpty())
        QVERIFY(QDir().mkpath(shotsDir));
    const QList<PanelSpec> &specs = m_console.window()->panelSpecs();
    QVERIFY(specs.size() >= 10);
    for (const PanelSpec &spec : specs) {
        m_console.window()->showPanel(spec.id);
        QCOMPARE(m_console.window()->currentPanelId(), spec.id);
        m_console.waitUntilQuiet();
        const QStringList errors = visibleErrors();
        QVERIFY2(errors.isEmpty(), qPrintable(spec.id + QStringLiteral(" shows ")
                                              + errors.join(QStringLiteral("; "))));
        if (shotsDir.isEmpty())
            continue;
        for (const bool dark : { false, true }) {
            theme::apply(dark);
            // Widgets take a new application palette through posted events.
            QTRY_COMPARE(m_console.window()->currentPanel()->palette().color(QPalette::Window),
                         QApplication::palette().color(QPalette::Window));
            QCoreApplication::processEvents();
            m_console.window()->statusBar()->clearMessage();
            const QString name = spec.id + (dark ? QStringLiteral("-dark.png")
                                                 : QStringLiteral("-light.png"));
            QVERIFY(m_console.window()->grab().save(shotsDir + QLatin1Char('/') + name));
        }
        theme::apply(false);
    }
}

void TestPanelGallery::everyControlIsNamedForScreenReaders()
{
    // What a screen reader says for each control a user can reach in every panel, read through
    // Qt's accessibility interfaces as AT-SPI reads them. On Linux a combo box's name is its
    // current value (Qt's rule there): what it is for comes from a label whose buddy it is, or,
    // without one, from its description.
    QStringList unnamed;
    const auto nameOf = [](QWidget *widget) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        return iface ? iface->text(QAccessible::Name).trimmed() : QString();
    };
    for (const PanelSpec &spec : m_console.window()->panelSpecs()) {
        m_console.window()->showPanel(spec.id);
        m_console.waitUntilQuiet();
        QWidget *panel = m_console.window()->currentPanel();
        for (QWidget *widget : panel->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(m_console.window()) || widget->focusPolicy() == Qt::NoFocus)
                continue;
            const QString where = spec.id + QStringLiteral(": ")
                + widget->metaObject()->className() + QLatin1Char(' ') + widget->objectName();
            if (auto *combo = qobject_cast<QComboBox *>(widget)) {
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(combo);
                QVERIFY(iface);
                const bool labelled = !iface->relations(QAccessible::Label).isEmpty();
                const QString name = combo->accessibleName();
                const bool described = !name.isEmpty()
                    && iface->text(QAccessible::Description).contains(name);
                if (!labelled && !described)
                    unnamed << where + QStringLiteral(" (a combo box: no label, no description)");
                continue;
            }
            // A spin box's text field is not a control of its own to a screen reader.
            if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                continue;
            const bool control = qobject_cast<QLineEdit *>(widget)
                || qobject_cast<QAbstractButton *>(widget)
                || qobject_cast<QAbstractItemView *>(widget);
            if (control && nameOf(widget).isEmpty())
                unnamed << where;
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestPanelGallery)
#include "tst_panelgallery.moc"
