#pragma once

#include "panel.h"

#include <api/apierror.h>

#include <QJsonValue>

#include <functional>

class CallChain;
class JsonEditor;
class ErrorBanner;
class QLabel;
class QVBoxLayout;

//! What the configuration panels of issue 13 (services, auth providers, push) share over
//! Panel: a title, a hint line, an error banner, the app's ids, and track() for a CallChain
//! that shows its error, tells the other panels, and reloads.
class DocPanel : public Panel
{
    Q_OBJECT
public:
    DocPanel(Session *session, const QString &title, QWidget *parent = nullptr);

    //! The JSON object the editor's text holds now (undefined when it holds no object). The
    //! editor's own value() lags its text by a debounce, and says nothing when only the value
    //! changed: forms that compare values read the text.
    static QJsonValue objectIn(const JsonEditor *editor);

    ErrorBanner *banner() const { return m_banner; }
    QString groupId() const;
    QString appId() const;
    bool isBusy() const { return m_pending > 0; }
    QString hintText() const;

    //! The layout below the banner, for the panel's own widgets.
    QVBoxLayout *body() const { return m_body; }
    void setHint(const QString &text);
    void setTitleText(const QString &text);
    //! Runs chain; on success done(), notifyAppDataChanged(); on failure the banner shows the
    //! server's error_code and message. after() runs either way (reload the lists).
    void track(CallChain *chain, std::function<void()> done, std::function<void()> after);
    //! Asks once (typed confirmation on production profiles), then runs yes.
    void confirm(const QString &title, const QString &question, const QString &action,
                 const QString &typedOnProduction, std::function<void()> yes);
    //! A message in the banner (invalid input refused before sending).
    void refuse(const QString &message);
    //! Shows the text in the status bar (Panel::statusMessage).
    void announce(const QString &text) { emit statusMessage(text); }
    //! Panel::bindAction for buttons of the panel's parts (tabs).
    QAction *bindButton(QAbstractButton *button, const QKeySequence &shortcut = QKeySequence())
    {
        return bindAction(button, shortcut);
    }

protected:
    virtual void busyChanged() {}

private:
    QLabel *m_title;
    QLabel *m_hint;
    ErrorBanner *m_banner;
    QVBoxLayout *m_body;
    int m_pending = 0;
};
