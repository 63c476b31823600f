#pragma once

#include <QDialog>

class DiffView;
class QLabel;
class QPushButton;

//! Shows the user's buffer beside the server's version and asks which one wins: on a save that
//! found the function changed on the server, or for a buffer recovered after a crash.
class SaveConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Conflict, Recovery };
    enum Choice { Cancel = QDialog::Rejected, KeepMine = 100, TakeServer };

    SaveConflictDialog(Mode mode, const QString &functionName, const QString &mine,
                       const QString &server, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    DiffView *diffView() const { return m_diff; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeServerButton() const { return m_takeServer; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    Mode m_mode;
    QLabel *m_text;
    DiffView *m_diff;
    QPushButton *m_keepMine;
    QPushButton *m_takeServer;
    QPushButton *m_cancel;
};
