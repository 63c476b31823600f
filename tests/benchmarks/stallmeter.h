#pragma once

// The UI thread's worst stall, as a benchmark measures it: the longest gap between ticks of a
// 1 ms precise timer, both as wall time and as the UI thread's own CPU time over that gap
// (CLOCK_THREAD_CPUTIME_ID). On a loaded machine the wall figure includes the time the thread
// waited for a core; the CPU figure is what the thread itself spent, so the two side by side
// tell a slow UI thread from a busy machine. loadAverage() gives `uptime`'s first figure to
// print beside them. TracingApplication, with BENCH_TRACE set, names each event that took the
// UI thread more than 2 ms of CPU (to find what a stall is made of).

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <time.h>

class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }

    static double threadCpuMs()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
    }

    //! The 1-minute load average, as `uptime` shows it; -1 when unknown.
    static double loadAverage()
    {
        QFile file(QStringLiteral("/proc/loadavg"));
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        bool ok = false;
        const double load = file.readLine().split(' ').value(0).toDouble(&ok);
        return ok ? load : -1;
    }

    void start()
    {
        m_worstWall = m_worstCpu = 0;
        m_clock.start();
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    //! Stops; the last gap (up to now) counts too.
    void stop()
    {
        tick();
        m_timer.stop();
    }
    double worstWallMs() const { return m_worstWall; }
    double worstCpuMs() const { return m_worstCpu; }

private:
    void tick()
    {
        const double cpu = threadCpuMs();
        m_worstWall = qMax(m_worstWall, m_clock.nsecsElapsed() / 1e6);
        m_worstCpu = qMax(m_worstCpu, cpu - m_lastCpu);
        m_clock.restart();
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_lastCpu = 0;
    double m_worstWall = 0;
    double m_worstCpu = 0;
};

class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_trace || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const double cpu = StallMeter::threadCpuMs();
        const int type = event->type();
        const bool result = QApplication::notify(receiver, event);
        const double spent = StallMeter::threadCpuMs() - cpu;
        if (spent > 2)
            qWarning("slow event %d to %s (%s): %.2f ms", type,
                     receiver->metaObject()->className(), qPrintable(receiver->objectName()),
                     spent);
        return result;
    }

private:
    const bool m_trace = qEnvironmentVariableIsSet("BENCH_TRACE");
};
