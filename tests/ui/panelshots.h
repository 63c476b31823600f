#pragma once

// Screenshots of one panel in the light and the dark palette, when STITCH_SHOTS_DIR is set
// (as tst_mainwindow does for the window): <dir>/<name>-light.png and <name>-dark.png.

#include <app/theme.h>

#include <QApplication>
#include <QDir>
#include <QWidget>
#include <QtTest>

//! Saves the shots when STITCH_SHOTS_DIR is set, and does nothing otherwise (for a test that
//! goes on after its picture).
inline void savePanelShotsIfAsked(QWidget *panel, const QString &name)
{
    const QString dir = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(QDir().mkpath(dir));
    for (const bool dark : { false, true }) {
        theme::apply(dark);
        // Widgets take a new application palette through posted events.
        QTRY_COMPARE(panel->palette().color(QPalette::Window),
                     QApplication::palette().color(QPalette::Window));
        QCoreApplication::processEvents();
        QVERIFY(panel->grab().save(dir + QLatin1Char('/') + name
                                   + (dark ? QStringLiteral("-dark.png")
                                           : QStringLiteral("-light.png"))));
    }
    theme::apply(false);
}

//! A test of screenshots alone: skipped without STITCH_SHOTS_DIR.
inline void savePanelShots(QWidget *panel, const QString &name)
{
    if (qEnvironmentVariable("STITCH_SHOTS_DIR").isEmpty())
        QSKIP("set STITCH_SHOTS_DIR to write screenshots");
    savePanelShotsIfAsked(panel, name);
}
