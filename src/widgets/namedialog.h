#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

//! Asks for one name and checks it as it is typed: OK stays off and a hint says why while the
//! name breaks the rule it is given (an app's, a function's). Wide enough for its title; opened
//! with open(), it emits nameChosen() with the trimmed name on OK.
class NameDialog : public QDialog
{
    Q_OBJECT
public:
    //! problemOf returns why a name is refused, or an empty string when it is fine.
    NameDialog(const QString &title, const QString &label, const QString &initial,
               std::function<QString(const QString &)> problemOf, QWidget *parent = nullptr);

    QString name() const;
    //! The resource-name rule of the Admin API (apps, functions, values...): 1 to 64 letters A–Z,
    //! digits, '_' or '-'. emptyText is what to say while nothing is typed.
    static QString resourceNameProblem(const QString &name, const QString &emptyText);

signals:
    void nameChosen(const QString &name);

private:
    void validate();

    std::function<QString(const QString &)> m_problemOf;
    QLineEdit *m_edit;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};
