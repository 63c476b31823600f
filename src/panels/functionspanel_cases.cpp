// The Functions panel's Cases…: a dialog holding CasesPane (the app's run cases), opened on the
// function being looked at, and the case form a log entry's "Save as case" opens.

#include "casespane.h"
#include "functionspanel.h"
#include "ui_functionspanel.h"

#include <models/cases/runcase.h>

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

void FunctionsPanel::setUpCases()
{
    m_casesDialog = new QDialog(this);
    m_casesDialog->setObjectName(QStringLiteral("casesDialog"));
    m_casesDialog->setWindowTitle(tr("Run Cases"));
    m_casesPane = new CasesPane(m_session, m_casesDialog);
    m_casesPane->setUsersSource([this] { return users(); });
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, m_casesDialog);
    connect(close, &QDialogButtonBox::rejected, m_casesDialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(m_casesDialog);
    layout->addWidget(m_casesPane, 1);
    layout->addWidget(close);
    m_casesDialog->resize(980, 680);

    auto *button = new QPushButton(tr("&Cases…"), this);
    button->setObjectName(QStringLiteral("casesButton"));
    button->setAccessibleName(tr("Run cases"));
    button->setToolTip(tr("Named run cases of the function: arguments, who runs it, what it "
                          "should give; run them all and see which fail"));
    m_ui->toolLayout->addWidget(button);
    connect(button, &QPushButton::clicked, this, [this] { openCases(functionToActOn().name); });
    declareCalls(bindAction(button), { QStringLiteral("functioncalls::execute") });
}

void FunctionsPanel::openCases(const QString &function)
{
    m_casesPane->showFunction(function);
    m_casesDialog->show();
    m_casesDialog->raise();
    m_casesDialog->activateWindow();
}

void FunctionsPanel::newCaseFrom(const QString &function, const QJsonArray &arguments,
                                 const QString &userId)
{
    openCases(function);
    RunCase prefill;
    prefill.function = function;
    prefill.arguments = arguments;
    prefill.userId = userId;
    for (const AppUser &user : users()) {
        if (user.id == userId)
            prefill.userLabel = user.displayName();
    }
    m_casesPane->newCase(prefill);
}
