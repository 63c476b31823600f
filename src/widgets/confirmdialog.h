#pragma once

#include <QDialog>

#include <functional>

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

    //! A question before deleting things, in the asking panel's own words.
    struct Deletion
    {
        QString title; //!< "Delete Value" or "Delete Values"
        QString question; //!< filled in; nameList() lists many names
        QString requiredText; //!< what a production profile types; empty for yes/no
        QString objectName; //!< for tests and the accessibility tree
    };
    //! Opens the question without blocking (WA_DeleteOnClose); accepted runs on Delete.
    static ConfirmDialog *askToDelete(QWidget *parent, const Deletion &deletion,
                                      std::function<void()> accepted);
    //! "a, b, c": the first twelve names, then "…", for a question about many things.
    static QString nameList(const QStringList &names);

    QString requiredText() const { return m_requiredText; }
    bool isOkEnabled() const;

private:
    void updateOk();

    QString m_requiredText;
    QLabel *m_question;
    QLineEdit *m_input = nullptr;
    QDialogButtonBox *m_buttons;
};
