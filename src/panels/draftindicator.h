#pragma once

#include <QWidget>

#include <functional>

class DraftState;
class QLabel;
class QPushButton;
class Session;

//! The main window's line about the current app's draft: "No draft" or "Draft: N changes",
//! and Review & Deploy, which shows the Deploy panel.
class DraftIndicator : public QWidget
{
    Q_OBJECT
public:
    DraftIndicator(Session *session, std::function<void()> review, QWidget *parent = nullptr);
    QString text() const;

private:
    void update();
    Session *m_session;
    DraftState *m_state;
    QLabel *m_label;
    QPushButton *m_review;
};
