#include "errorbanner.h"

#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Error"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_icon = new QLabel(this);
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(side, side));

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("errorText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Error message"));

    m_detailsButton = new QPushButton(tr("Details…"), this);
    m_detailsButton->setObjectName(QStringLiteral("errorDetailsButton"));
    m_detailsButton->setAccessibleName(tr("Error details"));
    m_retryButton = new QPushButton(tr("Retry"), this);
    m_retryButton->setObjectName(QStringLiteral("errorRetryButton"));
    m_retryButton->setAccessibleName(tr("Retry"));
    m_closeButton = new QToolButton(this);
    m_closeButton->setObjectName(QStringLiteral("errorCloseButton"));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss error"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_detailsButton);
    layout->addWidget(m_retryButton);
    layout->addWidget(m_closeButton);

    connect(m_detailsButton, &QPushButton::clicked, this, &ErrorBanner::showDetails);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        clear();
        emit retryRequested();
    });
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        clear();
        emit dismissed();
    });

    // The tool-tip roles are the palette's own "stand out from the window" pair: the banner
    // follows light and dark palettes without a colour of ours.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    hide();
}

void ErrorBanner::showError(const ApiError &error)
{
    // An abandoned call is the user's own doing, not a failure to report.
    if (error.kind == ApiError::Cancelled || !error.isError())
        return;
    m_error = error;
    m_details = error.details();
    m_text->setText(error.summary());
    m_detailsButton->setVisible(!m_details.isEmpty());
    show();
}

void ErrorBanner::showMessage(const QString &message, const QString &details)
{
    m_error = ApiError();
    m_details = details;
    m_text->setText(message);
    m_detailsButton->setVisible(!m_details.isEmpty());
    show();
}

void ErrorBanner::clear()
{
    m_error = ApiError();
    m_details.clear();
    m_text->clear();
    hide();
}

QString ErrorBanner::text() const
{
    return m_text->text();
}

void ErrorBanner::setRetryVisible(bool visible)
{
    m_retryButton->setVisible(visible);
}

QDialog *ErrorBanner::detailsDialog() const
{
    return m_detailsDialog;
}

void ErrorBanner::showDetails()
{
    // One dialog with the whole text at once, selectable and copyable: a message box hid the
    // details behind a second "Show Details…" step.
    if (m_detailsDialog) {
        m_detailsDialog->raise();
        m_detailsDialog->activateWindow();
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("errorDetailsDialog"));
    dialog->setWindowTitle(tr("Error Details"));
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("errorDetailsText"));
    text->setAccessibleName(tr("Error details"));
    text->setReadOnly(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text->setPlainText(m_text->text() + QStringLiteral("\n\n") + m_details);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyErrorDetailsButton"));
    connect(copy, &QPushButton::clicked, text,
            [text] { QGuiApplication::clipboard()->setText(text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(640, 360);
    m_detailsDialog = dialog;
    dialog->open();
    text->setFocus();
}
