#include "startupprobe.h"

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace {
void say(const QByteArray &line)
{
    // The harness reads stdout line by line; flush so the line is not held in a buffer.
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QByteArray residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return "0";
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0);
    }
    return "0";
}
} // namespace

StartupProbe::StartupProbe(QObject *parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && qobject_cast<QMainWindow *>(widget->window())) {
            m_painted = true;
            say("first-paint");
            recheck();
        }
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::recheck()
{
    if (!m_painted || m_done || m_checkQueued || !idleNow())
        return;
    // Confirm on a later turn of the event loop: a signal that made us idle may be about to start
    // new work in a slot connected after ours.
    m_checkQueued = true;
    QTimer::singleShot(0, this, &StartupProbe::confirmIdle);
}

void StartupProbe::confirmIdle()
{
    m_checkQueued = false;
    if (m_done || !idleNow())
        return;
    m_done = true;
    say("idle");
    say("rss-kb " + residentKilobytes());
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}
