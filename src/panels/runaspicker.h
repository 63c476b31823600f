#pragma once

#include <api/functiontypes.h>

#include <QComboBox>

//! The run console's "Run as" choice: System or one of the app's users, each listed as
//! "email · id". Typing part of an email or an id offers the users that contain it; Enter (or
//! leaving the box) picks the first of them, and text that matches nobody goes back to the
//! user picked before.
class RunAsPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit RunAsPicker(QWidget *parent = nullptr);

    void setUsers(const QList<AppUser> &users);
    //! Picks the user with this id, or System for an empty id; false when it is not listed.
    bool setUserId(const QString &userId);
    //! Lists a user known only by id (a log entry's) and picks it.
    void addUserById(const QString &userId, const QString &label);
    //! The picked user's id; empty for System.
    QString userId() const { return currentData().toString(); }
    //! The picked user as a run's label names it: the email (or name, or id), or "System".
    QString userLabel() const;

private:
    void addUser(const QString &text, const QString &label, const QString &userId);
    //! The typed text picks the first user containing it, or reverts to the current one.
    void pickTyped();
};
