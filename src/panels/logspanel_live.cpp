// The live tail's indicator for LogsPanel: while the tail is on, a green "Live" and the time of
// the last poll, so a quiet app reads as "nothing new" rather than "not looking"; a failed poll
// replaces it with the failure until a poll succeeds again.
#include "logspanel.h"
#include "ui_logspanel.h"

#include <models/logmodel.h>

#include <QEvent>
#include <QLocale>

void LogsPanel::onTailingChanged(bool on)
{
    if (on) {
        m_lastTailPoll = QDateTime();
        m_tailError = ApiError();
    }
    updateLiveIndicator();
}

void LogsPanel::onTailPolled()
{
    m_lastTailPoll = QDateTime::currentDateTime();
    m_tailError = ApiError();
    updateLiveIndicator();
}

void LogsPanel::onTailPollFailed(const ApiError &error)
{
    m_lastTailPoll = QDateTime::currentDateTime();
    m_tailError = error;
    updateLiveIndicator();
}

void LogsPanel::updateLiveIndicator()
{
    QLabel *label = m_ui->liveLabel;
    label->setVisible(m_model->isTailing());
    if (!m_model->isTailing())
        return;
    const QString time = m_lastTailPoll.isValid()
        ? QLocale().toString(m_lastTailPoll.time(), QStringLiteral("HH:mm:ss"))
        : QString();
    QString text;
    QString accessible;
    if (m_tailError.isError()) {
        text = tr("Tail: the check at %1 failed").arg(time);
        label->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                           .arg(errorColor(palette()).name(), text.toHtmlEscaped()));
        label->setToolTip(m_tailError.summary());
        accessible = text;
    } else {
        text = time.isEmpty() ? tr("waiting for the first check") : tr("last checked %1").arg(time);
        // The dot carries no meaning of its own: the word "Live" says it to every reader.
        label->setText(
            QStringLiteral("<span style=\"color:%1\"><b>● %2</b></span> · %3")
                .arg(okColor(palette()).name(), tr("Live").toHtmlEscaped(), text.toHtmlEscaped()));
        label->setToolTip(tr("Checking for new entries every few seconds"));
        accessible = time.isEmpty() ? tr("Live tail on, waiting for the first check")
                                    : tr("Live tail on, last checked %1").arg(time);
    }
    label->setAccessibleName(accessible);
}

void LogsPanel::changeEvent(QEvent *event)
{
    Panel::changeEvent(event);
    // The indicator's colours come from the palette, and the details' links took the link
    // colour when their HTML was read: after a switch to dark, both are drawn again.
    if (event->type() == QEvent::PaletteChange) {
        updateLiveIndicator();
        showDetails();
    }
}
