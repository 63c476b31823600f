#pragma once

#include <QDialog>

class QSpinBox;

//! The small "Go to line" dialog of the editors (Ctrl+G); lines count from 1.
class GoToLineDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GoToLineDialog(QWidget *parent = nullptr);

    void setRange(int currentLine, int lineCount);
    int lineNumber() const;
    QSpinBox *spinBox() const { return m_spinBox; }

private:
    QSpinBox *m_spinBox;
};
