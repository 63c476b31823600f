#pragma once

#include <api/apierror.h>

#include <QFrame>
#include <QPointer>

class QDialog;
class QLabel;
class QPushButton;
class QToolButton;

//! An inline banner at the top of a panel that says what failed, offers the details (URL,
//! status, error code, body sample), a retry and a dismiss; hidden while there is nothing to say.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const ApiError &error);
    //! A failure that is not an API call (a file that could not be written, ...).
    void showMessage(const QString &message, const QString &details = QString());
    void clear();

    ApiError error() const { return m_error; }
    QString text() const;
    //! Whether Retry is offered; a panel turns it off for failures a retry cannot mend.
    void setRetryVisible(bool visible);
    //! The open details dialog (summary and details in one selectable text), or null.
    QDialog *detailsDialog() const;

public slots:
    //! Opens the details in one dialog (or raises the one already open).
    void showDetails();

signals:
    void retryRequested();
    void dismissed();

private:
    ApiError m_error;
    QString m_details;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_detailsButton;
    QPushButton *m_retryButton;
    QToolButton *m_closeButton;
    QPointer<QDialog> m_detailsDialog;
};
