#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

//! Asks before a destructive action. With a required text (a production profile), the user must
//! type the resource's name before OK enables, so a slip of the mouse cannot delete it.
class ConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    //! An empty requiredText makes it a plain yes/no question.
    ConfirmDialog(const QString &title, const QString &question, const QString &actionText,
                  const QString &requiredText = QString(), QWidget *parent = nullptr);

    QString requiredText() const { return m_requiredText; }
    bool isOkEnabled() const;

private:
    void updateOk();

    QString m_requiredText;
    QLabel *m_question;
    QLineEdit *m_input = nullptr;
    QDialogButtonBox *m_buttons;
};
