// The Values panel's Secrets tab: SecretsPane, beside the values, and the actions it adds.

#include "secretspane.h"
#include "valuespanel.h"

#include <models/valuelistmodel.h>

#include <QPushButton>
#include <QTabWidget>

QWidget *ValuesPanel::addSecretsTab(QWidget *valuesSide)
{
    m_secrets = new SecretsPane(session(), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("valuesTabs"));
    m_tabs->addTab(valuesSide, tr("Values"));
    m_tabs->addTab(m_secrets, tr("Secrets"));
    m_tabs->setTabToolTip(1, tr("Credentials: values you set but never read back"));

    // A value made from a secret shows in the Values tab, selected, as one made there would.
    connect(m_secrets, &SecretsPane::valueCreated, this, [this](const QString &name) {
        m_selectAfterReload = name;
        m_tabs->setCurrentIndex(0);
        m_model->refresh();
    });
    connect(m_secrets, &SecretsPane::statusMessage, this, &Panel::statusMessage);

    declareCalls(bindAction(m_secrets->newButton()), { QStringLiteral("secretcalls::create") });
    declareCalls(bindAction(m_secrets->renameButton()), { QStringLiteral("secretcalls::update") });
    declareCalls(bindAction(m_secrets->newValueButton()),
                 { QStringLiteral("secretcalls::update") });
    declareCalls(bindAction(m_secrets->deleteButton()), { QStringLiteral("secretcalls::remove") });
    declareCalls(bindAction(m_secrets->useButton()), { QStringLiteral("valuecalls::create") });
    declareCalls(bindAction(m_secrets->refreshButton()), { QStringLiteral("secretcalls::list") });
    return m_tabs;
}
