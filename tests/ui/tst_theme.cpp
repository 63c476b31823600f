// The dark palette reads: body text, links (visited or not) and placeholders have enough
// contrast on the window and on text fields (WCAG's ratio: 4.5 for text, 3 for placeholders and
// disabled text, which must still look dimmer than enabled text). The light palette is the
// style's own and is checked the same way for links. The panels' status colours (Panel::okColor
// for the Logs panel's "Live", Panel::errorColor) read on the window colour of both.
#include <app/theme.h>
#include <panels/panel.h>

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QTest>

#include <cmath>

namespace {

double channel(double value)
{
    value /= 255.0;
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
private slots:
    void darkPaletteReads_data();
    void darkPaletteReads();
    void disabledTextLooksDisabled();
    void lightPaletteLinksRead();
    void statusColoursRead();
    void problemLinesRead();
};

void TestTheme::darkPaletteReads_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<int>("foreground");
    QTest::addColumn<int>("background");
    QTest::addColumn<double>("least");
    const int active = QPalette::Active;
    QTest::newRow("text on base") << active << int(QPalette::Text) << int(QPalette::Base) << 4.5;
    QTest::newRow("window text") << active << int(QPalette::WindowText) << int(QPalette::Window)
                                 << 4.5;
    QTest::newRow("link on window") << active << int(QPalette::Link) << int(QPalette::Window)
                                    << 4.5;
    QTest::newRow("link on base") << active << int(QPalette::Link) << int(QPalette::Base) << 4.5;
    QTest::newRow("visited link on window")
        << active << int(QPalette::LinkVisited) << int(QPalette::Window) << 4.5;
    QTest::newRow("visited link on base")
        << active << int(QPalette::LinkVisited) << int(QPalette::Base) << 4.5;
    QTest::newRow("placeholder on base")
        << active << int(QPalette::PlaceholderText) << int(QPalette::Base) << 3.0;
    QTest::newRow("disabled text on window")
        << int(QPalette::Disabled) << int(QPalette::WindowText) << int(QPalette::Window) << 3.0;
    QTest::newRow("selected text")
        << active << int(QPalette::HighlightedText) << int(QPalette::Highlight) << 3.0;
}

void TestTheme::darkPaletteReads()
{
    QFETCH(int, group);
    QFETCH(int, foreground);
    QFETCH(int, background);
    QFETCH(double, least);
    const QPalette dark = theme::darkPalette();
    const auto g = QPalette::ColorGroup(group);
    const double ratio = contrast(dark.color(g, QPalette::ColorRole(foreground)),
                                  dark.color(g, QPalette::ColorRole(background)));
    QVERIFY2(ratio >= least, qPrintable(QStringLiteral("contrast %1").arg(ratio)));
}

void TestTheme::disabledTextLooksDisabled()
{
    const QPalette dark = theme::darkPalette();
    for (QPalette::ColorRole role :
         { QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::Link }) {
        const QColor window = dark.color(QPalette::Active, QPalette::Window);
        const double enabled = contrast(dark.color(QPalette::Active, role), window);
        const double disabled = contrast(dark.color(QPalette::Disabled, role), window);
        QVERIFY2(disabled < enabled * 0.7,
                 qPrintable(QStringLiteral("role %1: %2 vs %3").arg(role).arg(disabled).arg(enabled)));
    }
    // No raised etching under disabled text.
    QCOMPARE(dark.color(QPalette::Disabled, QPalette::Light),
             dark.color(QPalette::Active, QPalette::Window));
}

void TestTheme::lightPaletteLinksRead()
{
    theme::apply(false);
    const QPalette light = QApplication::palette();
    QVERIFY(contrast(light.color(QPalette::Link), light.color(QPalette::Window)) >= 4.5);
    QVERIFY(contrast(light.color(QPalette::LinkVisited), light.color(QPalette::Window)) >= 4.5);
}

void TestTheme::statusColoursRead()
{
    // Bold status words ("● Live", a failed check): WCAG's 3:1 for large or bold text.
    for (const bool dark : { false, true }) {
        theme::apply(dark);
        const QPalette palette = QApplication::palette();
        const QColor window = palette.color(QPalette::Window);
        QVERIFY2(contrast(Panel::okColor(palette), window) >= 3.0, dark ? "dark" : "light");
        QVERIFY2(contrast(Panel::errorColor(palette), window) >= 3.0, dark ? "dark" : "light");
    }
    theme::apply(false);
}

void TestTheme::problemLinesRead()
{
    // The panels' and dialogs' problem lines are drawn in QPalette::BrightText, which the
    // light style's palette has white: they did not show on its light grey window at all.
    for (const bool dark : { false, true }) {
        theme::apply(dark);
        const QPalette palette = QApplication::palette();
        const double ratio
            = contrast(palette.color(QPalette::BrightText), palette.color(QPalette::Window));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2").arg(dark ? "dark" : "light").arg(ratio)));
    }
    theme::apply(false);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
