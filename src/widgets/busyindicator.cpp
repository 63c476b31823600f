#include "busyindicator.h"

#include <QPainter>
#include <QTimerEvent>

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Busy"));
    setAccessibleDescription(tr("Shows that the console is waiting for the server"));
}

void BusyIndicator::setRunning(bool running)
{
    if (running == isRunning())
        return;
    if (running) {
        m_timerId = startTimer(80);
        setToolTip(tr("Working…"));
    } else {
        killTimer(m_timerId);
        m_timerId = 0;
        setToolTip(QString());
    }
    update();
}

QSize BusyIndicator::sizeHint() const
{
    const int side = fontMetrics().height();
    return { side, side };
}

void BusyIndicator::paintEvent(QPaintEvent *)
{
    if (!isRunning())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int side = qMin(width(), height()) - 4;
    const QRectF box((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    QPen pen(palette().color(QPalette::Highlight), qMax(2, side / 6));
    pen.setCapStyle(Qt::RoundCap);
    painter.setPen(pen);
    // Qt angles are in 1/16 degree.
    painter.drawArc(box, -m_angle * 16, 270 * 16);
}

void BusyIndicator::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timerId)
        return QWidget::timerEvent(event);
    m_angle = (m_angle + 30) % 360;
    update();
}
