#pragma once

// Screenshots of one panel in the light and the dark palette, when STITCH_SHOTS_DIR is set
// (as tst_mainwindow does for the window): <dir>/<name>-light.png and <name>-dark.png.

#include <app/theme.h>

#include <QApplication>
#include <QDir>
#include <QWidget>
#include <QtTest>

inline void savePanelShots(QWidget *panel, const QString &name)
{
    const QString dir = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set STITCH_SHOTS_DIR to write screenshots");
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
