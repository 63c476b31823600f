#pragma once

#include <QLabel>

//! A label that shows a piece of status (the signed-in user, the current app, a run's outcome)
//! and tells a screen reader what it shows: its accessible name is "<role>: <text>", kept up
//! to date with every setText(), instead of a fixed name that hides the value.
class StatusLabel : public QLabel
{
    Q_OBJECT
public:
    //! role: what the label is, e.g. tr("Current app").
    explicit StatusLabel(const QString &role, QWidget *parent = nullptr);

    QString role() const { return m_role; }
    void setRole(const QString &role);
    //! Replaces QLabel::setText (not virtual): use it through a StatusLabel pointer.
    void setText(const QString &text);

private:
    void updateAccessibleName();
    QString m_role;
};
