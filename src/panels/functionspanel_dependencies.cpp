// The Functions panel's Dependencies…: a dialog holding DependenciesPane (the app's uploaded
// node_modules), whose package names completion offers inside require('…').

#include "dependenciespane.h"
#include "functionspanel.h"
#include "ui_functionspanel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

void FunctionsPanel::setUpDependencies()
{
    m_dependenciesDialog = new QDialog(this);
    m_dependenciesDialog->setObjectName(QStringLiteral("dependenciesDialog"));
    m_dependenciesDialog->setWindowTitle(tr("Dependencies"));
    m_dependencies = new DependenciesPane(m_session, m_dependenciesDialog);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, m_dependenciesDialog);
    connect(close, &QDialogButtonBox::rejected, m_dependenciesDialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(m_dependenciesDialog);
    layout->addWidget(m_dependencies, 1);
    layout->addWidget(close);
    m_dependenciesDialog->resize(640, 420);

    auto *button = new QPushButton(tr("De&pendencies…"), this);
    button->setObjectName(QStringLiteral("dependenciesButton"));
    button->setToolTip(tr("The packages functions can require(): list and upload"));
    m_ui->toolLayout->addWidget(button);
    connect(button, &QPushButton::clicked, this, [this] {
        m_dependenciesDialog->show();
        m_dependenciesDialog->raise();
        m_dependenciesDialog->activateWindow();
    });
    connect(m_dependencies, &DependenciesPane::packagesChanged, this,
            &FunctionsPanel::updateCompletion);
    declareCalls(bindAction(button), { QStringLiteral("dependencycalls::list") });
    declareCalls(
        bindAction(m_dependencies->uploadButton()),
        { QStringLiteral("dependencycalls::upload"), QStringLiteral("draftcalls::deployments") });
}
