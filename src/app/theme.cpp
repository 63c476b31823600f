#include "theme.h"

#include <panels/panel.h>

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace {
const QString DarkKey = QStringLiteral("view/darkPalette");
}

QPalette theme::darkPalette()
{
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabled(128, 128, 128);
    const QColor highlight(42, 130, 218);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    p.setColor(QPalette::ToolTipBase, QColor(70, 55, 30));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    // The panels' problem lines ("The other configuration must be a JSON object.") use it.
    p.setColor(QPalette::BrightText, Panel::errorColor(p));
    // Links read on the window and on text fields alike; a visited one too (Qt's default
    // visited colour is a dark purple, unreadable here).
    p.setColor(QPalette::Link, QColor(110, 180, 255));
    p.setColor(QPalette::LinkVisited, QColor(190, 150, 255));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(160));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 80));
    p.setColor(QPalette::Disabled, QPalette::Link, disabled);
    // Fusion etches disabled text with the Light colour; on a dark window that etching would
    // make disabled text look raised rather than dimmed.
    p.setColor(QPalette::Disabled, QPalette::Light, window);
    return p;
}

QPalette theme::lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    // Qt's visited-link magenta is too faint on a light window.
    p.setColor(QPalette::LinkVisited, QColor(110, 40, 170));
    // The style's own is white: the panels' problem lines, which use it, did not show at all.
    p.setColor(QPalette::BrightText, Panel::errorColor(p));
    return p;
}

void theme::apply(bool dark)
{
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
}

bool theme::savedDark()
{
    return QSettings().value(DarkKey, false).toBool();
}

void theme::saveDark(bool dark)
{
    QSettings().setValue(DarkKey, dark);
}
