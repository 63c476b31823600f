#include "loghistogram.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

LogHistogram::LogHistogram(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Entries and errors over time"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LogHistogram::setCounts(qint64 fromMs, qint64 toMs, const QList<int> &entries,
                             const QList<int> &errors)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_entries = entries;
    m_errors = errors;
    setAccessibleDescription(tr("%n entries in the loaded range", nullptr, total()));
    update();
}

int LogHistogram::total() const
{
    int sum = 0;
    for (int n : m_entries)
        sum += n;
    return sum;
}

QSize LogHistogram::sizeHint() const
{
    return { 400, fontMetrics().height() * 3 };
}

QSize LogHistogram::minimumSizeHint() const
{
    return { 100, fontMetrics().height() * 2 };
}

int LogHistogram::bucketAt(int x) const
{
    if (m_entries.isEmpty() || width() <= 0)
        return -1;
    return qBound(0, int(qint64(x) * m_entries.size() / width()), int(m_entries.size()) - 1);
}

void LogHistogram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    if (m_entries.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No entries loaded"));
        return;
    }
    const int peak = qMax(1, *std::max_element(m_entries.cbegin(), m_entries.cend()));
    const int n = int(m_entries.size());
    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -1);
    const qreal w = area.width() / n;
    const QColor entries = pal.color(QPalette::Highlight);
    // The palette has no error role: the highlight's own saturation and lightness in red, so
    // errors stand out in light and dark themes alike without a colour of our choosing.
    const QColor errors = QColor::fromHsl(4, qMax(150, entries.hslSaturation()),
                                          qBound(90, entries.lightness(), 170));
    for (int i = 0; i < n; ++i) {
        const qreal x = area.left() + i * w;
        const qreal h = area.height() * m_entries.at(i) / peak;
        p.fillRect(QRectF(x, area.bottom() - h, qMax<qreal>(1, w - 1), h), entries);
        const qreal eh = area.height() * m_errors.value(i) / peak;
        p.fillRect(QRectF(x, area.bottom() - eh, qMax<qreal>(1, w - 1), eh), errors);
    }
}

bool LogHistogram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int b = bucketAt(help->pos().x());
        if (b < 0) {
            QToolTip::hideText();
            return true;
        }
        const qint64 span = m_toMs - m_fromMs + 1;
        const qint64 from = m_fromMs + span * b / m_entries.size();
        const qint64 to = m_fromMs + span * (b + 1) / m_entries.size();
        const QLocale locale;
        QToolTip::showText(
            help->globalPos(),
            tr("%1 – %2\n%3 entries, %4 errors")
                .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(from), QLocale::ShortFormat),
                     locale.toString(QDateTime::fromMSecsSinceEpoch(to), QLocale::ShortFormat))
                .arg(m_entries.at(b))
                .arg(m_errors.value(b)),
            this);
        return true;
    }
    return QWidget::event(event);
}
