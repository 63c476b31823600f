#include "gotolinedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

GoToLineDialog::GoToLineDialog(QWidget *parent)
    : QDialog(parent)
    , m_spinBox(new QSpinBox(this))
{
    setWindowTitle(tr("Go to Line"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Line:"), m_spinBox);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void GoToLineDialog::setRange(int currentLine, int lineCount)
{
    m_spinBox->setRange(1, qMax(1, lineCount));
    m_spinBox->setSuffix(tr(" of %1").arg(lineCount));
    m_spinBox->setValue(currentLine);
    m_spinBox->selectAll();
    m_spinBox->setFocus();
}

int GoToLineDialog::lineNumber() const
{
    return m_spinBox->value();
}
