#pragma once

#include <QWidget>

//! A small spinning arc that says "work is going on"; invisible space when idle.
class BusyIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    bool isRunning() const { return m_timerId != 0; }
    void setRunning(bool running);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void timerEvent(QTimerEvent *event) override;

private:
    int m_timerId = 0;
    int m_angle = 0;
};
