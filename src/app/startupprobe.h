#pragma once

#include <QObject>

#include <functional>

//! Prints startup milestones for tests/benchmarks/bench_startup: "first-paint" when the first
//! widget of a main window paints, "idle" once the idle condition holds after that, then the
//! resident memory, and quits. Enabled only by --startup-probe. Depends on QtWidgets alone, so
//! the bare-window baseline can compile it in without loading anything more.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    explicit StartupProbe(QObject *parent = nullptr);

    //! Holds when the program has nothing left to do (for the console: signed in, no call in
    //! flight). Without one, idle follows the first paint.
    void setIdleCondition(std::function<bool()> isIdle) { m_isIdle = std::move(isIdle); }
    //! Call whenever the idle condition may have turned true.
    void recheck();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool idleNow() const { return !m_isIdle || m_isIdle(); }
    void confirmIdle();
    std::function<bool()> m_isIdle;
    bool m_painted = false;
    bool m_checkQueued = false;
    bool m_done = false;
};
